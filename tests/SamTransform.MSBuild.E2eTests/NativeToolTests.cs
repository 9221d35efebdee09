using System.Globalization;
using System.Runtime.InteropServices;
using Xunit;

namespace SamTransform.MSBuild.E2eTests;

/// <summary>
/// The Native AOT packages: <c>dotnet pack</c> with the native build on, then <c>dotnet tool install --tool-path</c>
/// (which must pick dotnet-sam-transform.linux-x64, a native executable) and a build with the SamTransform.MSBuild
/// package that carries the same executable. One test, because it costs one Native AOT compile (minutes).
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class NativeToolTests(PackedFeed feed)
{
    [NativeAotFact]
    public void Native_packages_install_the_native_tool_and_the_build_runs_it()
    {
        var version = "0.1.0-native." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        feed.Pack(Path.Combine(feed.RepoRoot, "src", "SamTransform.MSBuild", "SamTransform.MSBuild.csproj"), $"-p:PackageVersion={version}");
        feed.Pack(Path.Combine(feed.RepoRoot, "src", "SamTransform.Cli", "SamTransform.Cli.csproj"), $"-p:PackageVersion={version}");
        foreach (var package in new[] { "dotnet-sam-transform", "dotnet-sam-transform.any", "dotnet-sam-transform.linux-x64", "SamTransform.MSBuild" })
            Assert.True(File.Exists(Path.Combine(feed.Feed, $"{package}.{version}.nupkg")), $"{package} {version} was not packed: {string.Join(", ", Directory.GetFiles(feed.Feed).Select(Path.GetFileName))}");

        // The tool: the native package is the one installed here, with no IL of the tool in it.
        var tools = Path.Combine(feed.Root, "native-tools");
        var install = feed.Dotnet(".", "tool", "install", "dotnet-sam-transform", "--tool-path", tools, "--version", version);
        Assert.True(install.ExitCode == 0, install.ToString());
        var store = Directory.GetDirectories(Path.Combine(tools, ".store", "dotnet-sam-transform", version));
        Assert.Contains(store, d => Path.GetFileName(d) == "dotnet-sam-transform.linux-x64");
        Assert.Empty(Directory.GetFiles(Path.Combine(tools, ".store"), "dotnet-sam-transform.dll", SearchOption.AllDirectories));

        var executable = Path.Combine(tools, "dotnet-sam-transform");
        var hello = Path.Combine(feed.RepoRoot, "fixtures", "hello-function", "template.yaml");
        var transformed = DotnetRun.RunProgram(executable, feed.Root, feed.Environment, PackedFeed.BuildTimeout, "transform", hello);
        Assert.True(transformed.ExitCode == 0, transformed.ToString());
        Assert.Contains("\"AWS::Lambda::Function\"", transformed.Output);

        // validate runs the schema checks (NJsonSchema, loaded without its reflection serializer) natively.
        var defect = Path.Combine(feed.RepoRoot, "fixtures", "validate", "defects", "cfn-enum.yaml");
        var validated = DotnetRun.RunProgram(executable, feed.Root, feed.Environment, PackedFeed.BuildTimeout, "validate", defect);
        Assert.Equal(1, validated.ExitCode);
        Assert.Contains("error SAM3013", validated.Output);

        // The MSBuild package runs its native executable (validate and the handler check, Roslyn's parser included).
        PackedFeed.CopyDirectory(Path.Combine(feed.Samples, "Orders"), Path.Combine(feed.Samples, "OrdersNative"));
        var build = feed.Dotnet("OrdersNative", "build", "-tl:off", "-nodeReuse:false", "-v:d", $"-p:SamTransformVersion={version}");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains($"SamTransform: native command line {Path.Combine(feed.Root, "packages", "samtransform.msbuild", version, "tools", "native", "linux-x64", "dotnet-sam-transform")}", build.Output);
        Assert.True(File.Exists(Path.Combine(feed.Samples, "OrdersNative", "obj", "Debug", "net10.0", "sam", "template.json")), build.ToString());
    }
}

/// <summary>
/// A fact that runs only where a Native AOT build can be made: on linux-x64 (the RID the tool packs natively), with a
/// C compiler to link, and with the ILCompiler package restorable (tried once on a small project).
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Reason = new(WhyNot);

    public NativeAotFactAttribute()
    {
        if (Reason.Value is { } reason) Skip = reason;
    }

    private static string? WhyNot()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            return "The tool's Native AOT package is for linux-x64; this machine is another.";
        if (!File.Exists("/usr/bin/gcc") && !File.Exists("/usr/bin/clang"))
            return "Native AOT links with clang or gcc; neither is installed.";
        var probe = Path.Combine(Path.GetTempPath(), $"samtransform-aot-probe-{Guid.NewGuid():N}");
        Directory.CreateDirectory(probe);
        try
        {
            File.WriteAllText(Path.Combine(probe, "Probe.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                    <PublishAot>true</PublishAot>
                  </PropertyGroup>
                </Project>
                """);
            var restore = DotnetRun.Run(probe, new Dictionary<string, string>(), TimeSpan.FromMinutes(3), "restore", "-nodeReuse:false");
            return restore.ExitCode == 0 ? null : $"The ILCompiler package (Native AOT) does not restore here, so the native packages cannot be built:\n{restore.Output}";
        }
        finally
        {
            Directory.Delete(probe, recursive: true);
        }
    }
}
