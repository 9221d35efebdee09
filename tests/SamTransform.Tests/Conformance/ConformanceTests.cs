using SamTransform.Conformance;
using Xunit;
using Xunit.Abstractions;

namespace SamTransform.Tests.Conformance;

/// <summary>
/// Runs the whole shared corpus and fails when any check listed in
/// tests/SamTransform.Tests/Conformance/baseline.txt (the checks known to pass) fails. Regenerate the list with the
/// <c>conformance --write-passing</c> command after every gain.
/// </summary>
public class ConformanceTests(ITestOutputHelper output)
{
    private static readonly string BaselinePath = Path.Combine(RepoPaths.Root, "tests", "SamTransform.Tests", "Conformance", "baseline.txt");

    [ConformanceFact]
    public void Every_check_of_the_baseline_still_passes()
    {
        var baseline = ConformanceBaseline.Parse(File.ReadAllText(BaselinePath));
        var report = new ConformanceRunner(RepoPaths.SharedConformance).Run();
        var byKey = report.Checks.ToDictionary(ConformanceBaseline.Key, StringComparer.Ordinal);
        output.WriteLine($"{report.Passed} passed, {report.Failed} failed in {report.Elapsed.TotalSeconds:F2}s (baseline lists {baseline.Count})");

        var regressed = baseline.Where(key => !byKey.TryGetValue(key, out var check) || !check.Passed).Order(StringComparer.Ordinal).ToList();
        foreach (var key in regressed)
            output.WriteLine($"REGRESSED {key}: {(byKey.TryGetValue(key, out var check) ? check.Detail : "no such check in the corpus")}");
        var gained = report.Checks.Where(c => c.Passed && !baseline.Contains(ConformanceBaseline.Key(c))).Count();
        if (gained > 0) output.WriteLine($"{gained} passing checks are not in the baseline yet: regenerate it with conformance --write-passing.");

        Assert.Equal(1510, report.Checks.Count);
        Assert.True(regressed.Count == 0, $"{regressed.Count} checks of the baseline fail now: {string.Join(", ", regressed.Take(20))}");
    }

    [Fact]
    public void The_baseline_round_trips_and_ignores_comments()
    {
        var report = new ConformanceReport(
            [new ConformanceCheck("b_case", "aws", true, null), new ConformanceCheck("a_case", "aws-cn", true, null), new ConformanceCheck("c_case", "aws", false, "x")],
            TimeSpan.Zero);
        var text = ConformanceBaseline.Render(report);
        Assert.StartsWith("#", text, StringComparison.Ordinal);
        Assert.Equal(["a_case aws-cn", "b_case aws"], ConformanceBaseline.Parse(text).Order(StringComparer.Ordinal));
    }
}
