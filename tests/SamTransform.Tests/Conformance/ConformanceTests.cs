using SamTransform.Conformance;
using Xunit;
using Xunit.Abstractions;

namespace SamTransform.Tests.Conformance;

/// <summary>
/// Runs the whole shared corpus and fails when fewer checks pass than the committed baseline
/// (tests/SamTransform.Tests/Conformance/baseline.txt). Raise the baseline with every gain.
/// </summary>
public class ConformanceTests(ITestOutputHelper output)
{
    private static int Baseline() =>
        int.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SamTransform.Tests", "Conformance", "baseline.txt")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [ConformanceFact]
    public void Passing_checks_never_drop_below_the_baseline()
    {
        var report = new ConformanceRunner(RepoPaths.SharedConformance).Run();
        output.WriteLine($"{report.Passed} passed, {report.Failed} failed in {report.Elapsed.TotalSeconds:F2}s (baseline {Baseline()})");
        foreach (var failure in report.Checks.Where(c => !c.Passed).Take(50))
            output.WriteLine($"FAIL {failure.Case} [{failure.Partition}]: {failure.Detail}");
        Assert.Equal(1510, report.Checks.Count);
        Assert.True(report.Passed >= Baseline(), $"Conformance regressed: {report.Passed} checks pass, the baseline is {Baseline()}.");
    }
}
