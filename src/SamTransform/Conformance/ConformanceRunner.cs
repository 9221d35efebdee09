using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Conformance;

/// <summary>The outcome of one check: one case in one partition (error cases: once).</summary>
public sealed record ConformanceCheck(string Case, string Partition, bool Passed, string? Detail);

public sealed record ConformanceReport(IReadOnlyList<ConformanceCheck> Checks, TimeSpan Elapsed)
{
    public int Passed => Checks.Count(c => c.Passed);
    public int Failed => Checks.Count(c => !c.Passed);
}

/// <summary>
/// Runs every case of a corpus laid out like <c>shared/conformance</c> (<c>input/</c>, <c>output/&lt;partition&gt;/</c>,
/// <c>output/errors/</c>, <c>corpus.json</c>) in one process, under the conditions the corpus states.
/// </summary>
public sealed class ConformanceRunner(string corpusDirectory)
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public CorpusConditions Conditions { get; } = CorpusConditions.Load(corpusDirectory);

    public IEnumerable<string> CaseFiles(string? filter = null) =>
        Directory.EnumerateFiles(Path.Combine(corpusDirectory, "input"))
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => filter is null || Path.GetFileNameWithoutExtension(f).Contains(filter, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    public ConformanceReport Run(string? filter = null, string? outDirectory = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var checks = new List<ConformanceCheck>();
        var resolver = Conditions.ApplicationRepository is { } sar ? new CorpusApplicationResolver(sar) : null;
        foreach (var file in CaseFiles(filter))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var read = TemplateReader.ReadFile(file);
            var isError = name.StartsWith("error_", StringComparison.Ordinal);
            var partitions = isError ? Conditions.Partitions.Take(1) : Conditions.Partitions;
            foreach (var (partition, region) in partitions)
            {
                var options = new TransformOptions
                {
                    Partition = partition,
                    Region = region,
                    ParameterValues = Conditions.ParameterValues,
                    ManagedPolicyMap = Conditions.ManagedPoliciesFor(partition),
                    AllFeatureTogglesEnabled = Conditions.FeatureTogglePrefix is { Length: > 0 } prefix && name.StartsWith(prefix, StringComparison.Ordinal),
                    ApplicationResolver = resolver ?? (IApplicationResolver)OfflineApplicationResolver.Instance,
                };
                TransformResult result;
                try
                {
                    result = read.Succeeded ? SamTransformer.Transform(read.Template!, options) : new TransformResult(null, read.Diagnostics);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    checks.Add(new ConformanceCheck(name, partition, false, "crash: " + ex.GetType().Name + ": " + ex.Message));
                    continue;
                }
                if (outDirectory is not null) WriteOutput(outDirectory, isError ? "errors" : partition, name, result);
                checks.Add(isError ? CheckError(name, partition, result) : CheckOutput(name, partition, result));
            }
        }
        return new ConformanceReport(checks, stopwatch.Elapsed);
    }

    private ConformanceCheck CheckError(string name, string partition, TransformResult result)
    {
        var expectedPath = Path.Combine(corpusDirectory, "output", "errors", name + ".json");
        if (!File.Exists(expectedPath)) return new ConformanceCheck(name, partition, false, "no expected error file");
        var expected = (string?)JObject.Parse(File.ReadAllText(expectedPath))["errorMessage"];
        var actual = result.ErrorMessage;
        if (actual is null) return new ConformanceCheck(name, partition, false, $"expected error: {expected}\n  but the transform succeeded");
        return actual == expected
            ? new ConformanceCheck(name, partition, true, null)
            : new ConformanceCheck(name, partition, false, $"expected: {expected}\n  actual:   {actual}");
    }

    private ConformanceCheck CheckOutput(string name, string partition, TransformResult result)
    {
        var expectedPath = Path.Combine(corpusDirectory, "output", partition, name + ".json");
        if (!File.Exists(expectedPath)) return new ConformanceCheck(name, partition, false, "no expected output file");
        if (result.Output is null) return new ConformanceCheck(name, partition, false, "unexpected error: " + result.ErrorMessage);
        // Date-like strings ("2015-10-02T15:01:23") stay strings, as the transform writes them.
        using var reader = new JsonTextReader(new StringReader(File.ReadAllText(expectedPath))) { DateParseHandling = DateParseHandling.None };
        var expected = JToken.Load(reader);
        if (JsonCanonicalizer.Equal(expected, result.Output)) return new ConformanceCheck(name, partition, true, null);
        return new ConformanceCheck(name, partition, false, Describe(JsonCanonicalizer.Canonicalize(expected), JsonCanonicalizer.Canonicalize(result.Output)));
    }

    /// <summary>A short description of where two documents first differ.</summary>
    internal static string Describe(JToken expected, JToken actual, string path = "")
    {
        if (expected is JObject eo && actual is JObject ao)
        {
            foreach (var p in eo.Properties())
                if (ao[p.Name] is null) return $"missing {path}.{p.Name}";
            foreach (var p in ao.Properties())
                if (eo[p.Name] is null) return $"unexpected {path}.{p.Name}";
            foreach (var p in eo.Properties())
                if (!JToken.DeepEquals(p.Value, ao[p.Name])) return Describe(p.Value, ao[p.Name]!, path + "." + p.Name);
        }
        if (expected is JArray ea && actual is JArray aa && ea.Count == aa.Count)
            for (var i = 0; i < ea.Count; i++)
                if (!JToken.DeepEquals(ea[i], aa[i])) return Describe(ea[i], aa[i], $"{path}[{i}]");
        return $"at {path}: expected {Short(expected)} but got {Short(actual)}";
    }

    private static string Short(JToken token)
    {
        var text = token.ToString(Formatting.None);
        return text.Length > 400 ? text[..400] + "..." : text;
    }

    private static void WriteOutput(string outDirectory, string folder, string name, TransformResult result)
    {
        var directory = Path.Combine(outDirectory, folder);
        Directory.CreateDirectory(directory);
        JToken body = result.Output ?? new JObject { ["errorMessage"] = result.ErrorMessage };
        File.WriteAllText(Path.Combine(directory, name + ".json"), body.ToString(Formatting.Indented));
    }
}
