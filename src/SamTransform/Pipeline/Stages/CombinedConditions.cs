using Newtonsoft.Json.Linq;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Template conditions that are true when any of several conditions is (<c>Fn::Or</c>), as SAM adds them for
/// implicit APIs shared by conditional functions. <c>Fn::Or</c> takes at most ten conditions, so longer lists are
/// chained through numbered intermediate conditions.
/// </summary>
public static class CombinedConditions
{
    private const int MaxPerOr = 10;

    /// <summary>Adds <paramref name="name"/> (and any intermediate conditions) to <paramref name="conditions"/>.</summary>
    public static void Add(JObject conditions, string name, IEnumerable<string> combined)
    {
        var pending = combined.Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (pending.Count < 2) throw new ArgumentException("At least two conditions are needed to combine them.", nameof(combined));
        var remaining = pending.Count;
        var needed = 1;
        while (remaining > MaxPerOr)
        {
            needed++;
            remaining = remaining - MaxPerOr + 1;
        }
        var suffix = needed - 1;
        while (pending.Count > 1)
        {
            var conditionName = name;
            if (suffix > 0)
            {
                conditionName = name + suffix;
                suffix--;
            }
            var batch = pending.Take(MaxPerOr).Select(c => (JToken)new JObject { ["Condition"] = c });
            conditions[conditionName] = new JObject { ["Fn::Or"] = new JArray(batch) };
            pending = [.. pending.Skip(MaxPerOr), conditionName];
        }
    }
}
