using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SamTransform.Bench;

/// <summary>Mean time divided by the <c>Functions</c> parameter: flat when scaling is linear.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PerFunctionColumnAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(new PerFunctionColumn());
}

public sealed class PerFunctionColumn : IColumn
{
    public string Id => nameof(PerFunctionColumn);
    public string ColumnName => "Per function";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => "Mean divided by the number of functions";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var functions = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Functions")?.Value as int?;
        if (report?.ResultStatistics is not { } stats || functions is not > 0) return "-";
        var microseconds = stats.Mean / functions.Value / 1_000.0;
        return microseconds.ToString("N1", System.Globalization.CultureInfo.InvariantCulture) + " μs";
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
