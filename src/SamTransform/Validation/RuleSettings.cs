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
            if (property.Name is not ("limits" or "levels" or "runtimes" or "fargate" or "retired" or "_comment" or "$schema"))
                throw new FormatException($"'{path}': unknown section '{property.Name}'; expected 'limits', 'levels', 'runtimes', 'fargate' or 'retired'.");
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

    /// <summary>Whether Lambda offers the runtime, and the date it was deprecated (null while none is announced).</summary>
    public bool TryGetRuntime(string name, out DateOnly? deprecated)
    {
        var found = TryGetRuntime(name, out RuntimeLifecycle lifecycle);
        deprecated = lifecycle.Deprecated;
        return found;
    }

    /// <summary>
    /// Whether Lambda offers the runtime, with its deprecation, block-create and block-update dates. An entry is null
    /// (no date announced), a date (deprecated then; a user's config may say only that) or an object of the three.
    /// </summary>
    public bool TryGetRuntime(string name, out RuntimeLifecycle lifecycle)
    {
        lifecycle = default;
        if (_data["runtimes"]?[name] is not { } entry || name.StartsWith('_')) return false;
        if (entry.Type == JTokenType.String) lifecycle = new RuntimeLifecycle(Date(entry), null, null);
        else if (entry is JObject dates) lifecycle = new RuntimeLifecycle(Date(dates["deprecated"]), Date(dates["blockCreate"]), Date(dates["blockUpdate"]));
        return true;
    }

    /// <summary>The retired service a resource type belongs to, by the longest prefix of the <c>retired</c> table.</summary>
    public (string Service, DateOnly Date)? Retired(string type)
    {
        if (_data["retired"] is not JObject table) return null;
        var cut = type.LastIndexOf("::", StringComparison.Ordinal);
        if (cut < 0 || table[type[..(cut + 2)]] is not JObject entry) return null;
        return Date(entry["retired"]) is { } date ? ((string?)entry["service"] ?? type[..cut], date) : null;
    }

    private static DateOnly? Date(JToken? value) =>
        value is JValue { Type: JTokenType.String } v ? DateOnly.Parse((string)v!, System.Globalization.CultureInfo.InvariantCulture) : null;

    public IEnumerable<string> Runtimes =>
        (_data["runtimes"] as JObject)?.Properties().Select(p => p.Name).Where(n => !n.StartsWith('_')) ?? [];

    /// <summary>The memory sizes Fargate accepts with a CPU value, or null when the CPU value is not a Fargate size.</summary>
    public IReadOnlyList<long>? FargateMemory(long cpu) =>
        _data["fargate"]?[cpu.ToString(System.Globalization.CultureInfo.InvariantCulture)] is JArray values ? values.Select(v => v.Value<long>()).ToList() : null;

    public IEnumerable<long> FargateCpus =>
        (_data["fargate"] as JObject)?.Properties().Where(p => !p.Name.StartsWith('_')).Select(p => long.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)) ?? [];
}

/// <summary>The dates Lambda announced for a runtime: deprecation, then no new functions, then no updates.</summary>
public readonly record struct RuntimeLifecycle(DateOnly? Deprecated, DateOnly? BlockCreate, DateOnly? BlockUpdate);
