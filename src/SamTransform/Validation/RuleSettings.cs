using Newtonsoft.Json.Linq;
using SamTransform.Data;
using SamTransform.Diagnostics;

namespace SamTransform.Validation;

/// <summary>
/// The limits and levels of the validation rules: the bundled table (<c>Data/validation_rules.json</c>) with a user's
/// config file of the same shape merged over it. A level of <c>off</c> disables a rule.
/// </summary>
public sealed class RuleSettings
{
    private readonly JObject _data;

    private RuleSettings(JObject data) => _data = data;

    public static RuleSettings Default { get; } = new((JObject)EmbeddedData.Load("validation_rules.json"));

    /// <summary>The bundled table with <paramref name="overrides"/> merged over it (maps key by key).</summary>
    public static RuleSettings WithOverrides(JObject overrides)
    {
        var merged = (JObject)EmbeddedData.Load("validation_rules.json").DeepClone();
        merged.Merge(overrides, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace, MergeNullValueHandling = MergeNullValueHandling.Merge });
        return new RuleSettings(merged);
    }

    /// <summary>Reads a user config file; throws <see cref="FormatException"/> with a readable message when it is not valid.</summary>
    public static RuleSettings FromFile(string path)
    {
        JToken parsed;
        try
        {
            parsed = JToken.Parse(File.ReadAllText(path));
        }
        catch (Newtonsoft.Json.JsonReaderException ex)
        {
            throw new FormatException($"'{path}' is not valid JSON: {ex.Message}", ex);
        }
        if (parsed is not JObject obj) throw new FormatException($"'{path}' must hold a JSON object with 'limits', 'levels', 'runtimes' or 'fargate'.");
        foreach (var property in obj.Properties())
            if (property.Name is not ("limits" or "levels" or "runtimes" or "fargate" or "_comment" or "$schema"))
                throw new FormatException($"'{path}': unknown section '{property.Name}'; expected 'limits', 'levels', 'runtimes' or 'fargate'.");
        if (obj["limits"] is JObject limits)
            foreach (var limit in limits.Properties())
                if (Default._data["limits"]![limit.Name] is null)
                    throw new FormatException($"'{path}': unknown limit '{limit.Name}'.");
        return WithOverrides(obj);
    }

    /// <summary>A numeric limit by name, for example <c>Lambda.MemorySize.Max</c>.</summary>
    public long Limit(string name) =>
        _data["limits"]?[name]?.Value<long>() ?? throw new KeyNotFoundException($"Unknown validation limit '{name}'.");

    /// <summary>The configured level of a code; null when the rule is turned off.</summary>
    public DiagnosticLevel? Level(string code, DiagnosticLevel fallback)
    {
        var text = _data["levels"]?[code]?.Value<string>();
        return text switch
        {
            null => fallback,
            "off" or "none" => null,
            "error" => DiagnosticLevel.Error,
            "warning" => DiagnosticLevel.Warning,
            "info" => DiagnosticLevel.Info,
            _ => fallback,
        };
    }

    /// <summary>Whether Lambda offers the runtime, and the date it was deprecated (null while supported).</summary>
    public bool TryGetRuntime(string name, out DateOnly? deprecated)
    {
        deprecated = null;
        if (_data["runtimes"]?[name] is not { } entry || name.StartsWith('_')) return false;
        if (entry.Type == JTokenType.String) deprecated = DateOnly.Parse((string)entry!, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    public IEnumerable<string> Runtimes =>
        (_data["runtimes"] as JObject)?.Properties().Select(p => p.Name).Where(n => !n.StartsWith('_')) ?? [];

    /// <summary>The memory sizes Fargate accepts with a CPU value, or null when the CPU value is not a Fargate size.</summary>
    public IReadOnlyList<long>? FargateMemory(long cpu) =>
        _data["fargate"]?[cpu.ToString(System.Globalization.CultureInfo.InvariantCulture)] is JArray values ? values.Select(v => v.Value<long>()).ToList() : null;

    public IEnumerable<long> FargateCpus =>
        (_data["fargate"] as JObject)?.Properties().Where(p => !p.Name.StartsWith('_')).Select(p => long.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)) ?? [];
}
