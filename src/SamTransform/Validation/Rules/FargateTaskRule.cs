using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>ECS task definitions for Fargate: a CPU/memory pair Fargate offers, <c>awsvpc</c> networking, no privileged containers.</summary>
public sealed partial class FargateTaskRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var (_, _, p) in context.OfType("AWS::ECS::TaskDefinition"))
        {
            if (p["RequiresCompatibilities"] is not JArray compat || !compat.Any(c => ValidationContext.Text(c) == "FARGATE")) continue;
            CheckSize(context, p);
            var mode = p["NetworkMode"];
            if (mode is null) context.Report(DiagnosticCatalog.FargateNetworkMode("bridge (the default when NetworkMode is not set)"), compat);
            else if (ValidationContext.Text(mode) is { } m && m != "awsvpc") context.Report(DiagnosticCatalog.FargateNetworkMode(m), mode);
            if (p["ContainerDefinitions"] is JArray containers)
                foreach (var container in containers.OfType<JObject>())
                    if (container["Privileged"] is { } privileged && ValidationContext.Text(privileged) == "true")
                        context.Report(DiagnosticCatalog.FargatePrivileged(ValidationContext.Text(container["Name"]) ?? "?"), privileged);
        }
    }

    private static void CheckSize(ValidationContext context, JObject p)
    {
        var cpuText = ValidationContext.Text(p["Cpu"]);
        var memoryText = ValidationContext.Text(p["Memory"]);
        if (cpuText is null || memoryText is null) return;
        var cpu = Units(cpuText, "vcpu", 1024);
        var memory = Units(memoryText, "gb", 1024);
        if (cpu is null || memory is null) return;
        var allowed = context.Settings.FargateMemory(cpu.Value);
        string? hint = null;
        if (allowed is null) hint = $"Fargate CPU values are {string.Join(", ", context.Settings.FargateCpus)}";
        else if (!allowed.Contains(memory.Value)) hint = $"with {cpu} CPU units Fargate offers {Describe(allowed)} MiB";
        if (hint is not null) context.Report(DiagnosticCatalog.FargateCpuMemory(cpuText, memoryText, hint), allowed is null ? p["Cpu"]! : p["Memory"]!);
    }

    /// <summary>"1024" or "1 vCPU" (CPU units) / "2048" or "2 GB" (MiB).</summary>
    private static long? Units(string text, string unit, int factor)
    {
        var m = Quantity().Match(text.Trim());
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return null;
        var suffix = m.Groups[2].Value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (suffix.Length == 0) return (long)value;
        return suffix == unit ? (long)Math.Round(value * factor) : null;
    }

    private static string Describe(IReadOnlyList<long> values) =>
        values.Count <= 4 ? string.Join(", ", values) : $"{values[0]} to {values[^1]} in steps of {values[1] - values[0]}";

    [GeneratedRegex(@"^([0-9]*\.?[0-9]+)\s*([A-Za-z ]*)$")]
    private static partial Regex Quantity();
}
