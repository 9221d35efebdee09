using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Conformance;

/// <summary>
/// Compares an expected output with the transform's: every array, at every depth, is put into one canonical order so
/// that order never matters, and key order never matters.
/// </summary>
public static class JsonCanonicalizer
{
    public static JToken Canonicalize(JToken token)
    {
        switch (token)
        {
            case JObject obj:
                var sorted = new JObject();
                foreach (var p in obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal)) sorted[p.Name] = Canonicalize(p.Value);
                return sorted;
            case JArray array:
                var items = array.Select(Canonicalize).Select(x => (Key: x.ToString(Formatting.None), Value: x)).OrderBy(x => x.Key, StringComparer.Ordinal);
                return new JArray(items.Select(x => x.Value));
            default:
                return token.DeepClone();
        }
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is <paramref name="expected"/>. One leniency, in one direction: an integer
    /// expected where the transform writes the same number as a float (<c>100</c> for <c>100.0</c>). The corpus needs it
    /// for <c>http_api_def_uri</c> in aws-cn and aws-us-gov, whose expected files write <c>ThrottlingRateLimit: 100</c> for
    /// the <c>100.0</c> of the template (AWS's translator itself writes <c>100.0</c>, as the aws partition's file does).
    /// A float expected where the transform writes an integer still fails.
    /// </summary>
    public static bool Equal(JToken expected, JToken actual) => Same(Canonicalize(expected), Canonicalize(actual));

    private static bool Same(JToken expected, JToken actual) => (expected, actual) switch
    {
        (JObject e, JObject a) => e.Count == a.Count && e.Properties().All(p => a[p.Name] is { } v && Same(p.Value, v)),
        (JArray e, JArray a) => e.Count == a.Count && e.Zip(a).All(pair => Same(pair.First, pair.Second)),
        (JValue { Type: JTokenType.Integer } e, JValue { Type: JTokenType.Float } a) => (double)a! == (long)e!,
        _ => JToken.DeepEquals(expected, actual),
    };
}
