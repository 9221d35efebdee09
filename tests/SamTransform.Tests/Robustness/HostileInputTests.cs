using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Cli;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Robustness;

/// <summary>
/// Inputs built to hurt: each must end in a clear, located diagnostic, without overflowing the stack, within the time
/// guard, and allocating a bounded amount of memory. The big inputs are generated here, never committed.
/// </summary>
public class HostileInputTests
{
    /// <summary>
    /// Allocation ceiling (garbage included) for rejecting a hostile input: what reading up to
    /// <see cref="TemplateReader.MaxNodes"/> nodes costs, far below what expanding the input would.
    /// </summary>
    private const long AllocationBudget = 640L * 1024 * 1024;

    [Fact]
    public void Billion_laughs_stops_early()
    {
        var yaml = new StringBuilder("Resources:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            yaml.Append($"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*l{i - 1}", 10))}]\n");
        var (result, allocated) = Measure(() => TemplateReader.Read(yaml.ToString()));
        var error = AssertLocatedError(result, "SAM1003");
        Assert.Contains("billion laughs", error.Message);
        Assert.InRange(allocated, 0, AllocationBudget);
    }

    [Fact]
    public void Many_aliases_of_one_large_anchor_stop_early()
    {
        // Quadratic rather than exponential: one 2,000-item anchor used 2,000 times is four million nodes.
        var yaml = new StringBuilder("Anchor: &big [" + string.Join(", ", Enumerable.Repeat("x", 2_000)) + "]\nUses:\n");
        for (var i = 0; i < 2_000; i++) yaml.Append("  - *big\n");
        var (result, allocated) = Measure(() => TemplateReader.Read(yaml.ToString()));
        AssertLocatedError(result, "SAM1003");
        Assert.InRange(allocated, 0, AllocationBudget);
    }

    [Fact]
    public void Merge_keys_count_against_the_alias_budget()
    {
        var yaml = new StringBuilder("m0: &m0 {" + string.Join(", ", Enumerable.Range(0, 10).Select(i => $"k{i}: [a, b, c, d, e, f, g, h, i, j]")) + "}\n");
        for (var i = 1; i < 8; i++)
            yaml.Append($"m{i}: &m{i}\n" + string.Concat(Enumerable.Range(0, 10).Select(j => $"  x{j}:\n    <<: *m{i - 1}\n")));
        var (result, allocated) = Measure(() => TemplateReader.Read(yaml.ToString()));
        AssertLocatedError(result, "SAM1003");
        Assert.InRange(allocated, 0, AllocationBudget);
    }

    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "flow sequences", "Resources: " + new string('[', 100_000) + new string(']', 100_000) },
        { "flow mappings", "Resources: " + Repeat("{a: ", 100_000) + "x" + new string('}', 100_000) },
        { "block sequences on one line", "Resources:\n  " + Repeat("- ", 100_000) + "x\n" },
        { "JSON arrays", "{\"Resources\": " + new string('[', 100_000) + new string(']', 100_000) + "}" },
        { "JSON objects", "{\"Resources\": " + Repeat("{\"a\": ", 100_000) + "1" + new string('}', 100_000) + "}" },
        { "tags", "Resources: " + Repeat("!Not [", 100_000) + "x" + new string(']', 100_000) },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Nesting_100_000_levels_deep_is_a_diagnostic(string shape, string text)
    {
        var (result, allocated) = Measure(() => TemplateReader.Read(text));
        AssertLocatedError(result, "SAM1004", shape);
        Assert.InRange(allocated, 0, AllocationBudget);
    }

    [Fact]
    public void A_document_built_in_code_100_000_levels_deep_is_a_diagnostic_not_a_stack_overflow()
    {
        JToken deep = new JValue("x");
        for (var i = 0; i < 100_000; i++) deep = new JObject(new JProperty("a", deep));
        var template = new JObject(
            new JProperty("Transform", "AWS::Serverless-2016-10-31"),
            new JProperty("Resources", new JObject(new JProperty("Fn", new JObject(
                new JProperty("Type", "AWS::Serverless::Function"),
                new JProperty("Properties", new JObject(new JProperty("Tags", deep))))))));
        var (result, _) = Measure(() => SamTransformer.Transform(template));
        Assert.Null(result.Output);
        Assert.Equal("SAM1004", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_50_MB_template_file_is_refused_before_it_is_read()
    {
        var file = Path.Combine(Path.GetTempPath(), $"samtransform-huge-{Guid.NewGuid():N}.yaml");
        try
        {
            WriteLargeTemplate(file, 50L * 1024 * 1024);
            var (result, allocated) = Measure(() => TemplateReader.ReadFile(file));
            var error = AssertLocatedError(result, "SAM1011");
            Assert.Contains("52,428,", error.Message);
            Assert.InRange(allocated, 0, 1024 * 1024);

            var stderr = new StringWriter();
            Assert.Equal(CliApp.InvalidTemplate, CliApp.Run(["transform", file], new StringWriter(), stderr));
            Assert.Contains("(1,1): error SAM1011:", stderr.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_50_MB_buffer_is_refused_too()
    {
        var bytes = new byte[50 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        AssertLocatedError(TemplateReader.ReadBytes(bytes), "SAM1011");
        AssertLocatedError(TemplateReader.Read(Encoding.ASCII.GetString(bytes)), "SAM1011");
    }

    [Theory]
    [InlineData("YAML")]
    [InlineData("JSON")]
    public void Too_many_nodes_stop_reading_with_bounded_memory(string syntax)
    {
        var items = string.Join(",", Enumerable.Repeat("0", 3_000_000));
        var text = syntax == "JSON" ? "{\"Resources\": [" + items + "]}" : "Resources: [" + items + "]";
        var (result, allocated) = Measure(() => TemplateReader.Read(text));
        var error = AssertLocatedError(result, "SAM1011");
        Assert.Equal(1, error.Location!.Value.Line);
        Assert.InRange(allocated, 0, AllocationBudget);
    }

    [Fact]
    public void The_node_budget_counts_each_node_once_however_deep()
    {
        // About 600,000 nodes, each leaf six levels down: within the budget only if ancestors are not charged again.
        var yaml = new StringBuilder("Resources:\n");
        for (var i = 0; i < 20_000; i++)
            yaml.Append($"  R{i}:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags:\n        - {{Key: k, Value: v}}\n        - {{Key: k2, Value: v2}}\n      Extra: {{A: {{B: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}}}}\n");
        var result = TemplateReader.Read(yaml.ToString());
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics.Select(d => d.Message)));
    }

    [Fact]
    public void Every_use_of_an_alias_is_charged_to_the_budget()
    {
        var yaml = new StringBuilder("big: &big [" + string.Join(", ", Enumerable.Repeat("x", 100_000)) + "]\nuses:\n");
        for (var i = 0; i < 20; i++) yaml.Append("  - *big\n");
        var (result, _) = Measure(() => TemplateReader.Read(yaml.ToString()));
        AssertLocatedError(result, "SAM1003");
    }

    public static TheoryData<string, byte[], int> BadEncodings() => new()
    {
        { "0xFF byte", [.. "A: 1\nB: x"u8, 0xFF, .. "\n"u8], 2 },
        { "lone continuation byte", [.. "A: 1\n\nB: "u8, 0x80, .. "\n"u8], 3 },
        { "overlong NUL", [.. "A: "u8, 0xC0, 0x80], 1 },
        { "encoded surrogate", [.. "A: 1\nB: "u8, 0xED, 0xA0, 0x80], 2 },
        { "truncated sequence at the end", [.. "A: 1\nB: "u8, 0xE2, 0x82], 2 },
        { "Latin-1 text", [.. "Description: caf"u8, 0xE9, .. "\n"u8], 1 },
    };

    [Theory]
    [MemberData(nameof(BadEncodings))]
    public void Invalid_utf8_is_a_located_diagnostic(string what, byte[] bytes, int line)
    {
        var error = AssertLocatedError(TemplateReader.ReadBytes(bytes), "SAM1006", what);
        Assert.Equal(line, error.Location!.Value.Line);
    }

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    public void Utf16_files_are_named_as_such(string encoding)
    {
        Encoding utf16 = encoding == "UTF-16LE" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var bytes = utf16.GetPreamble().Concat(utf16.GetBytes("Resources: {}\n")).ToArray();
        var error = AssertLocatedError(TemplateReader.ReadBytes(bytes), "SAM1006");
        Assert.Contains("UTF-16", error.Message);
    }

    [Fact]
    public void A_tab_indented_template_points_at_the_first_tab()
    {
        var yaml = "Transform: AWS::Serverless-2016-10-31\nResources:\n\tFn:\n\t\tType: AWS::Serverless::Function\n\t\tProperties:\n\t\t\tHandler: index.handler\n";
        var error = AssertLocatedError(TemplateReader.Read(yaml), "SAM1001");
        Assert.Equal(new SourceLocation(3, 1), error.Location);
        Assert.Contains("tab", error.Message);
    }

    [Fact]
    public void A_tab_deeper_in_the_file_is_found_there()
    {
        var yaml = "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n    \tHandler: index.handler\n";
        var error = AssertLocatedError(TemplateReader.Read(yaml), "SAM1001");
        Assert.Equal(new SourceLocation(5, 5), error.Location);
    }

    public static TheoryData<string, string> OddDocuments() => new()
    {
        { "NUL byte", "Resources:\0\n" },
        { "control characters", "Resources:\n  A: \u0001\u0002\n" },
        { "several documents", "Resources: {}\n---\nResources: {}\n" },
        { "a Python object tag", "Resources: !!python/object:os.system ls\n" },
        { "an alias as a key", "a: &k Key\n*k : 1\nResources: {}\n" },
        { "an alias to nothing", "Resources: *nothing\n" },
        { "a 1 MB key", "Resources:\n  " + new string('K', 1_000_000) + ": {}\n" },
        { "a 1 MB line of flow", "Resources: {" + string.Join(", ", Enumerable.Range(0, 60_000).Select(i => $"R{i}: 1")) + "}\n" },
        { "only a comment", "# nothing here\n" },
        { "only whitespace", "   \n\n  \n" },
        { "a scalar", "just text\n" },
        { "a list", "- Resources\n" },
        { "an unclosed quote", "Resources:\n  A: \"open\n" },
        { "an unclosed flow list before block content", "A: !Equals [a,\nResources:\n  B: 1\n" },
        { "a list as a key", "? [a, b]\n: 1\nResources: {}\n" },
        { "a mapping alias as a key", "m: &m {a: 1}\n*m : 1\nResources: {}\n" },
    };

    [Theory]
    [MemberData(nameof(OddDocuments))]
    public void Odd_documents_end_in_output_or_located_errors(string what, string text)
    {
        var result = RobustnessCheck.Run(text);
        Assert.True(result.Failure is null, $"{what}: {result.Failure}");
    }

    [Fact]
    public void Random_bytes_end_in_located_errors()
    {
        var random = new SeededRandom(0x5EED);
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 2_000)];
            // Half the cases keep to printable ASCII and YAML punctuation so the parser gets further than byte one.
            const string yamlish = "abcAB01 :-[]{},&*!|>'\"#%@`\n\t?";
            for (var j = 0; j < bytes.Length; j++)
                bytes[j] = i % 2 == 0 ? (byte)random.Next(256) : (byte)yamlish[random.Next(yamlish.Length)];
            if (RobustnessCheck.Run(bytes).Failure is { } failure) failures.Add($"case {i}: {failure}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>A plain, valid template of about <paramref name="size"/> bytes, written in pieces.</summary>
    private static void WriteLargeTemplate(string file, long size)
    {
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
        writer.Write("Transform: AWS::Serverless-2016-10-31\nResources:\n");
        long written = 0;
        for (var i = 0; written < size; i++)
        {
            var entry = $"  Topic{i}:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: topic-{i}\n";
            writer.Write(entry);
            written += entry.Length;
        }
    }

    /// <summary>Runs <paramref name="action"/> under the time guard and counts what it allocated.</summary>
    private static (T Result, long Allocated) Measure<T>(Func<T> action)
    {
        var task = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = action();
            return (result, GC.GetAllocatedBytesForCurrentThread() - before);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(task.Wait(RobustnessCheck.CaseTimeout), $"no answer within {RobustnessCheck.CaseTimeout.TotalSeconds:0} s");
        return task.Result;
    }

    private static Diagnostic AssertLocatedError(ReadResult result, string code, string? what = null)
    {
        Assert.False(result.Succeeded, what);
        Assert.Null(result.Template);
        var error = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(error is not null, $"{what}: expected {code}, got: " + string.Join("; ", result.Diagnostics.Select(d => $"{d.Code} {d.Message}")));
        Assert.NotNull(error!.Location);
        return error;
    }
}
