using System.Text.RegularExpressions;
using Xunit;
using static SamTransform.Tests.Validation.ValidationTestSupport;

namespace SamTransform.Tests.Validation;

/// <summary>
/// Every template in fixtures/validate/defects has one defect, marked in the file with <c># &lt;- CODE</c> at the end of
/// the line it is on; the validator must report that code at that line. Clean templates must have no error.
/// </summary>
public partial class SeededDefectTests
{
    public static TheoryData<string> DefectFiles() => [.. Directory.GetFiles(Defects, "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> CleanFiles() => [.. Directory.GetFiles(Clean).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Suite_has_at_least_forty_defects() => Assert.True(DefectFiles().Count >= 40);

    [Theory]
    [MemberData(nameof(DefectFiles))]
    public void Defect_is_found_at_its_line(string name)
    {
        var (line, code) = Marker(Path.Combine(Defects, name));
        var result = ValidateFile(Path.Combine(Defects, name));
        Assert.True(result.Diagnostics.Any(d => d.Code == code && d.Location?.Line == line),
            $"expected {code} at line {line}; got:\n" + string.Join("\n", result.Diagnostics.Select(d => d.Format(name))));
    }

    [OfficialSchemasTheory]
    [MemberData(nameof(DefectFiles))]
    public void Defect_is_found_at_its_line_with_official_schemas(string name)
    {
        var (line, code) = Marker(Path.Combine(Defects, name));
        var result = ValidateFile(Path.Combine(Defects, name), OfficialSchemas);
        Assert.True(result.Diagnostics.Any(d => d.Code == code && d.Location?.Line == line),
            $"expected {code} at line {line}; got:\n" + string.Join("\n", result.Diagnostics.Select(d => d.Format(name))));
    }

    /// <summary>A name that does not exist is reported with the closest one the template (or CloudFormation) has.</summary>
    [Theory]
    [InlineData("ref-unknown-name.yaml", "did you mean 'Queue'?")]
    [InlineData("ref-generated-role-typo.yaml", "did you mean 'FnRole'?")]
    [InlineData("sub-unknown-variable.yaml", "did you mean 'Stage'?")]
    [InlineData("dependson-unknown.yaml", "did you mean 'Bucket'?")]
    [InlineData("condition-typo.yaml", "did you mean 'IsProd'?")]
    [InlineData("findinmap-unknown-key.yaml", "did you mean 'Memory'?")]
    [InlineData("getatt-attribute-typo.yaml", "did you mean 'QueueName'?")]
    [InlineData("type-misspelt.yaml", "did you mean 'AWS::SQS::Queue'?")]
    [InlineData("cycle-after-transform.yaml", "Fn -> ServerlessRestApi -> Fn")]
    public void Defect_message_names_the_closest_name_or_the_cycle(string name, string expected)
    {
        var (line, code) = Marker(Path.Combine(Defects, name));
        var result = ValidateFile(Path.Combine(Defects, name));
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location?.Line == line && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CleanFiles))]
    public void Clean_template_has_no_diagnostic(string name)
    {
        var result = ValidateFile(Path.Combine(Clean, name));
        Assert.True(result.Output is not null && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => d.Format(name))));
    }

    [OfficialSchemasTheory]
    [MemberData(nameof(CleanFiles))]
    public void Clean_template_has_no_diagnostic_with_official_schemas(string name)
    {
        var official = ValidateFile(Path.Combine(Clean, name), OfficialSchemas);
        Assert.True(official.Output is not null && official.Diagnostics.Count == 0, string.Join("\n", official.Diagnostics.Select(d => d.Format(name))));
    }

    private static (int Line, string Code) Marker(string file)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
            if (MarkerPattern().Match(lines[i]) is { Success: true } m) return (i + 1, m.Groups[1].Value);
        throw new InvalidOperationException($"{file} has no '# <- CODE' marker.");
    }

    [GeneratedRegex(@"# <- (SAM[0-9]{4})")]
    private static partial Regex MarkerPattern();
}
