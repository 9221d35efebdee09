using System.Diagnostics;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Tests.Conformance;
using Xunit;

namespace SamTransform.Tests.Robustness;

/// <summary>
/// The same input gives byte-identical output: across runs in one process, across threads, across cultures and across
/// processes; and the caller's document is never changed.
/// </summary>
public class DeterminismTests
{
    private static readonly string HelloTemplate = Path.Combine(RepoPaths.Fixtures, "hello-function", "template.yaml");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "transform"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Transforming_twice_gives_the_same_bytes_and_leaves_the_input_alone(string fixture)
    {
        var template = Read(Path.Combine(RepoPaths.Fixtures, "transform", fixture));
        var pristine = template.DeepClone();
        var first = Render(SamTransformer.Transform(template));
        var second = Render(SamTransformer.Transform(template));
        Assert.Equal(first, second);
        // DeepEquals ignores key order; the text comparison does not.
        Assert.True(JToken.DeepEquals(pristine, template), "the transform changed its input");
        Assert.Equal(pristine.ToString(Formatting.None), template.ToString(Formatting.None));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Concurrent_transforms_agree(string fixture)
    {
        var template = Read(Path.Combine(RepoPaths.Fixtures, "transform", fixture));
        var expected = Render(SamTransformer.Transform(template));
        var outputs = new string[8];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => outputs[i] = Render(SamTransformer.Transform(template)));
        Assert.All(outputs, output => Assert.Equal(expected, output));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void The_current_culture_does_not_change_the_output(string culture)
    {
        var templates = Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "transform"), "*.yaml").Order(StringComparer.Ordinal).Select(Read).ToList();
        var invariant = templates.Select(t => RenderWithDiagnostics(SamTransformer.Transform(t))).ToList();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var local = templates.Select(t => RenderWithDiagnostics(SamTransformer.Transform(t))).ToList();
            Assert.Equal(invariant, local);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_cli_writes_the_same_bytes_in_two_processes()
    {
        var first = RunCli([], "transform", HelloTemplate);
        // The second process differs in everything that must not matter: locale, time zone, hash seeds, JIT tiering.
        var second = RunCli(new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Asia/Kathmandu", ["DOTNET_TieredCompilation"] = "0" }, "transform", HelloTemplate);
        Assert.Equal(0, first.Exit);
        Assert.Equal(0, second.Exit);
        Assert.Contains("AWS::Lambda::Function", first.Stdout);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [ConformanceFact]
    public void The_whole_corpus_transforms_to_the_same_bytes_in_two_processes()
    {
        var root = Path.Combine(Path.GetTempPath(), $"samtransform-determinism-{Guid.NewGuid():N}");
        try
        {
            var a = Path.Combine(root, "a");
            var b = Path.Combine(root, "b");
            Task.WaitAll(
                Task.Run(() => RunCli([], "conformance", RepoPaths.SharedConformance, "--out", a)),
                Task.Run(() => RunCli(new() { ["LANG"] = "de_DE.UTF-8", ["TZ"] = "America/St_Johns" }, "conformance", RepoPaths.SharedConformance, "--out", b)));
            var filesA = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
            var filesB = Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(filesA);
            Assert.Equal(filesA, filesB);
            var different = filesA.Where(f => !File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f)))).ToList();
            Assert.True(different.Count == 0, $"{different.Count} output(s) differ between processes: {string.Join(", ", different.Take(10))}");
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Output_keys_follow_the_documented_order()
    {
        // README, "Output order": top-level sections keep the input's order (Transform and Globals dropped); plain
        // CloudFormation resources come first in document order, then what the SAM resources expand to; a resource
        // written by hand keeps its keys' order.
        var template = TemplateReader.Read("""
            Description: d
            Globals:
              Function:
                Timeout: 3
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              P: {Type: String, Default: x}
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k}
              Zeta:
                Type: AWS::SNS::Topic
                Properties: {TopicName: z, DisplayName: d}
              Alpha:
                Properties: {QueueName: a}
                Type: AWS::SQS::Queue
            Outputs:
              O: {Value: !Ref Fn}
            """).Template!;
        var output = SamTransformer.Transform(template).Output!;
        Assert.Equal(["Description", "Parameters", "Resources", "Outputs"], output.Properties().Select(p => p.Name));
        var resources = ((JObject)output["Resources"]!).Properties().Select(p => p.Name).ToList();
        Assert.Equal(["Zeta", "Alpha"], resources.Take(2));
        Assert.Contains("Fn", resources.Skip(2));
        Assert.Equal(["Properties", "Type"], ((JObject)output["Resources"]!["Alpha"]!).Properties().Select(p => p.Name));
        Assert.Equal(["TopicName", "DisplayName"], ((JObject)output["Resources"]!["Zeta"]!["Properties"]!).Properties().Select(p => p.Name));
    }

    private static JObject Read(string path)
    {
        var read = TemplateReader.ReadFile(path);
        Assert.True(read.Succeeded, string.Join("; ", read.Diagnostics.Select(d => d.Message)));
        return read.Template!;
    }

    private static string Render(TransformResult result) => result.Output?.ToString(Formatting.Indented) ?? "errors: " + result.ErrorMessage;

    private static string RenderWithDiagnostics(TransformResult result) =>
        Render(result) + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.Format("t.yaml")));

    /// <summary>Runs the CLI the tests were built with in a new process.</summary>
    private static (int Exit, string Stdout, string Stderr) RunCli(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dotnet-sam-transform.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not exit: {string.Join(' ', args)}");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
