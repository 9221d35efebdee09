using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Conformance;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Bench;

/// <summary>
/// Templates of 10 to 5,000 functions, each with policies, layers, an alias and several events: the time per function
/// must stay flat (linear scaling). Long operations, so each iteration is one invocation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
[PerFunctionColumn]
public class ScaleBenchmarks
{
    private string _text = "";
    private JObject _template = new();

    [Params(10, 100, 1_000, 5_000)]
    public int Functions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = TemplateGenerator.Generate(Functions);
        var read = TemplateReader.Read(_text);
        if (!read.Succeeded) throw new InvalidOperationException(string.Join("\n", read.Diagnostics.Select(d => d.Format("generated.yaml"))));
        _template = read.Template!;
        var result = SamTransformer.Transform(_template);
        if (!result.Succeeded) throw new InvalidOperationException(result.ErrorMessage);
    }

    [Benchmark(Description = "read")]
    public JObject? Read() => TemplateReader.Read(_text).Template;

    [Benchmark(Description = "transform")]
    public JObject? Transform() => SamTransformer.Transform(_template).Output;

    [Benchmark(Description = "read+transform+write")]
    public int EndToEnd() => SamTransformer.Transform(TemplateReader.Read(_text).Template!).Output!.ToString(Formatting.Indented).Length;
}

/// <summary>The whole shared conformance corpus (every case, every partition) in one process, as the CLI runs it.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CorpusBenchmarks
{
    private ConformanceRunner? _runner;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Environment.GetEnvironmentVariable("SAMTRANSFORM_CORPUS") ?? Path.Combine(RepoRoot.Find(), "..", "shared", "conformance");
        if (!Directory.Exists(Path.Combine(corpus, "input"))) throw new InvalidOperationException($"No conformance corpus at {corpus} (set SAMTRANSFORM_CORPUS).");
        _runner = new ConformanceRunner(corpus);
    }

    [Benchmark(Description = "conformance corpus")]
    public int Corpus() => _runner!.Run().Passed;
}

/// <summary>One small template (fixtures/hello-function), read, transformed and written: the in-process part of a CLI call.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SmallTemplateBenchmarks
{
    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(RepoRoot.Find(), "fixtures", "hello-function", "template.yaml"));

    [Benchmark(Description = "hello-function")]
    public int HelloFunction() => SamTransformer.Transform(TemplateReader.Read(_text).Template!).Output!.ToString(Formatting.Indented).Length;
}
