using Xunit;

namespace SamTransform.MSBuild.E2eTests;

/// <summary>
/// Built once for all end-to-end tests: a temporary folder holding a copy of <c>fixtures/msbuild</c>, the local feed
/// <c>feed/</c> beside its NuGet.config with SamTransform.MSBuild and dotnet-sam-transform freshly packed from this
/// checkout, and a NuGet packages folder of its own for the samples (so no SamTransform package cached by an earlier
/// run is ever used).
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    public PackedFeed()
    {
        RepoRoot = FindRepoRoot();
        Root = Path.Combine(Path.GetTempPath(), $"samtransform-e2e-{Guid.NewGuid():N}");
        Samples = Path.Combine(Root, "samples");
        Feed = Path.Combine(Samples, "feed");
        CopyDirectory(Path.Combine(RepoRoot, "fixtures", "msbuild"), Samples);
        Directory.CreateDirectory(Feed);
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        // Framework-dependent only: the Native AOT packages are NativeToolTests' (one compile, and only where the
        // ILCompiler package restores).
        Pack(Path.Combine(RepoRoot, "src", "SamTransform.MSBuild", "SamTransform.MSBuild.csproj"), "-p:SamTransformNative=false");
        // The tool was built by the previous pack (the MSBuild package carries it).
        Pack(Path.Combine(RepoRoot, "src", "SamTransform.Cli", "SamTransform.Cli.csproj"), "--no-build", "-p:SamTransformNative=false");
        MSBuildPackageVersion = VersionOf("SamTransform.MSBuild");
        ToolVersion = VersionOf("dotnet-sam-transform");
    }

    public string RepoRoot { get; }
    public string Root { get; }

    /// <summary>The copy of fixtures/msbuild; its NuGet.config reads the feed below.</summary>
    public string Samples { get; }

    public string Feed { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }
    public string MSBuildPackageVersion { get; }
    public string ToolVersion { get; }

    /// <summary><c>dotnet ARGS</c> in a sample folder (relative to <see cref="Samples"/>).</summary>
    public DotnetResult Dotnet(string folder, params string[] arguments) =>
        DotnetRun.Run(Path.Combine(Samples, folder), Environment, BuildTimeout, arguments);

    /// <summary>Builds a sample project against the packed SamTransform.MSBuild.</summary>
    public DotnetResult Build(string project, params string[] extra) =>
        Dotnet(project, ["build", "-tl:off", "-nodeReuse:false", $"-p:SamTransformVersion={MSBuildPackageVersion}", .. extra]);

    public void Dispose()
    {
        // A build process that has not quite let go of a file can make the first try fail.
        for (var attempt = 0; attempt < 3 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(1000);
            }
        }
    }

    public void Pack(string project, params string[] extra)
    {
        // Packing restores the repository's own projects: with the usual packages folder, not the run's own (which
        // would download every dependency again and point the repository's restore output at a folder deleted later).
        var result = DotnetRun.Run(RepoRoot, new Dictionary<string, string>(), PackTimeout,
            ["pack", project, "-c", "Release", "-o", Feed, "-tl:off", "-nodeReuse:false", .. extra]);
        if (result.ExitCode != 0) throw new InvalidOperationException($"Packing failed:\n{result}");
    }

    private string VersionOf(string id)
    {
        var prefix = id + ".";
        // dotnet-sam-transform.0.1.0-dev.X.nupkg, not the RID packages dotnet-sam-transform.any.0.1.0-dev.X.nupkg.
        var package = Directory.GetFiles(Feed, prefix + "*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)[prefix.Length]));
        return Path.GetFileNameWithoutExtension(package)[prefix.Length..];
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SamTransform.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (SamTransform.sln).");
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            // Leftovers of building the samples by hand are not part of the fixture.
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj") || first == "feed") continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}
