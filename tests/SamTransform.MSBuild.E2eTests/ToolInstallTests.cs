using Xunit;

namespace SamTransform.MSBuild.E2eTests;

/// <summary>The dotnet-sam-transform tool package, installed from the local feed.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ToolInstallTests(PackedFeed feed)
{
    [Fact]
    public void Tool_installs_from_the_feed_and_reports_its_version()
    {
        var tools = Path.Combine(feed.Root, "tools");
        var install = feed.Dotnet(".", "tool", "install", "dotnet-sam-transform", "--tool-path", tools, "--version", feed.ToolVersion);
        Assert.True(install.ExitCode == 0, install.ToString());

        var executable = Path.Combine(tools, OperatingSystem.IsWindows() ? "dotnet-sam-transform.exe" : "dotnet-sam-transform");
        var version = DotnetRun.RunProgram(executable, feed.Root, feed.Environment, PackedFeed.BuildTimeout, "--version");
        Assert.True(version.ExitCode == 0, version.ToString());
        // The package is a pre-release named after the time it was packed (0.1.0-dev.20261202103000): never shadowed by
        // an older package of the same version in a NuGet cache. The assembly keeps the version it is built with.
        Assert.Matches(@"^\d+\.\d+\.\d+-dev\.\d{14}$", feed.ToolVersion);
        Assert.StartsWith(feed.ToolVersion.Split('-')[0], version.Output.Trim(), StringComparison.Ordinal);
    }
}
