using System.Text.Json;
using Xunit;

namespace SamTransform.MSBuild.E2eTests;

/// <summary>Sample projects that reference SamTransform.MSBuild, built with <c>dotnet build</c>.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class BuildTests(PackedFeed feed)
{
    private const string SkippedMessage = "Skipping target \"SamTransform\" because all output files are up-to-date";

    [Fact]
    public void Good_project_builds_writes_the_template_skips_when_unchanged_and_cleans()
    {
        var output = Path.Combine(feed.Samples, "Orders", "obj", "Debug", "net10.0", "sam", "template.json");

        var first = feed.Build("Orders");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(first.Errors);
        Assert.True(File.Exists(output), $"{output} was not written.\n{first}");
        using (var json = JsonDocument.Parse(File.ReadAllText(output)))
        {
            var resources = json.RootElement.GetProperty("Resources");
            var create = resources.GetProperty("CreateOrder");
            Assert.Equal("AWS::Lambda::Function", create.GetProperty("Type").GetString());
            Assert.Equal("Orders.Functions::Orders.OrderFunctions::Create", create.GetProperty("Properties").GetProperty("Handler").GetString());
            Assert.Equal("Orders.Functions::Orders.Auditing.AuditLog+Writer::Write", resources.GetProperty("WriteAudit").GetProperty("Properties").GetProperty("Handler").GetString());
            Assert.True(resources.TryGetProperty("CreateOrderRole", out _), "the transform adds the function's execution role");
        }
        Assert.DoesNotContain(SkippedMessage, first.Output);
        var written = File.GetLastWriteTimeUtc(output);

        // Nothing changed: the target is skipped and the output left alone.
        var second = feed.Build("Orders", "-v:n");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(SkippedMessage, second.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(output));

        // A changed template reruns the target: a deprecated runtime is a warning...
        var template = Path.Combine(feed.Samples, "Orders", "template.yaml");
        var original = File.ReadAllText(template);
        File.WriteAllText(template, original.Replace("Runtime: dotnet8", "Runtime: dotnet6", StringComparison.Ordinal));
        var warned = feed.Build("Orders");
        Assert.True(warned.ExitCode == 0, warned.ToString());
        var warning = Assert.Single(warned.Warnings);
        // The .NET SDK turns GenerateFullPaths on: the template is named by its full path, as the compiler names sources.
        Assert.StartsWith($"{template}(7,14): warning SAM3111: Runtime 'dotnet6' was deprecated", warning);

        // ...and, with SamTreatWarningsAsErrors given on the command line (a setting, not a file, changed), an error
        // that leaves no output behind.
        var failed = feed.Build("Orders", "-p:SamTreatWarningsAsErrors=true");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Equal([warning.Replace(": warning SAM3111:", ": error SAM3111:", StringComparison.Ordinal)], failed.Errors);
        Assert.False(File.Exists(output), "a failed run must not leave the output");
        File.WriteAllText(template, original);

        // Partition and region given on the command line (a settings change reruns the target) reach the transform.
        var china = feed.Build("Orders", "-p:SamPartition=aws-cn", "-p:SamRegion=cn-north-1");
        Assert.True(china.ExitCode == 0, china.ToString());
        Assert.Contains("arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", File.ReadAllText(output));

        // The output is in FileWrites, so clean removes it.
        var clean = feed.Dotnet("Orders", "clean", "-tl:off", "-nodeReuse:false", $"-p:SamTransformVersion={feed.MSBuildPackageVersion}");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(File.Exists(output), $"clean left {output}");
    }

    [Fact]
    public void Bad_template_fails_the_build_with_its_errors()
    {
        var result = feed.Build("BadTemplate");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(
            [$"{Path.Combine(feed.Samples, "BadTemplate", "template.yaml")}(6,3): error SAM2002: Resource with id [CreateOrder] is invalid. Runtime and Handler needs to be present when PackageType is of type `Zip`"],
            result.Errors);
        Assert.False(File.Exists(Path.Combine(feed.Samples, "BadTemplate", "obj", "Debug", "net10.0", "sam", "template.json")));
    }

    [Fact]
    public void Wrong_handler_fails_the_build_and_names_the_right_one()
    {
        var result = feed.Build("WrongHandler");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal(
            [$"{Path.Combine(feed.Samples, "WrongHandler", "template.yaml")}(11,16): error SAM4004: Handler 'Orders.Functions::Orders.OrderFunctions::Craete': type 'Orders.OrderFunctions' has no public method 'Craete'. Did you mean 'Orders.Functions::Orders.OrderFunctions::Create'?"],
            result.Errors);

        // The switch that turns the integration off.
        var off = feed.Build("WrongHandler", "-p:SamTransformEnabled=false");
        Assert.True(off.ExitCode == 0, off.ToString());
    }
}
