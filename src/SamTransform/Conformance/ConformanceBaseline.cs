using System.Text;

namespace SamTransform.Conformance;

/// <summary>
/// The list of conformance checks known to pass: one <c>case partition</c> line per check, sorted, <c>#</c> lines are
/// comments. A regression is any listed check that fails, whatever passes elsewhere.
/// </summary>
public static class ConformanceBaseline
{
    private const string Header =
        "# Conformance checks that pass (case partition), one per line. A listed check that fails is a regression.\n" +
        "# Regenerate after a gain: dotnet run --project src/SamTransform.Cli -- conformance ../shared/conformance \\\n" +
        "#   --write-passing tests/SamTransform.Tests/Conformance/baseline.txt\n" +
        "# Only ever add lines; a removed line needs a reason in the commit message.\n";

    public static string Render(ConformanceReport report)
    {
        var text = new StringBuilder(Header);
        foreach (var key in report.Checks.Where(c => c.Passed).Select(Key).Order(StringComparer.Ordinal))
            text.Append(key).Append('\n');
        return text.ToString();
    }

    public static IReadOnlySet<string> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    public static string Key(ConformanceCheck check) => check.Case + " " + check.Partition;
}
