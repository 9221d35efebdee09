using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Conformance;

/// <summary>Puts every array of a JSON value, at every depth, into one canonical order so that order never matters.</summary>
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
            case JValue { Type: JTokenType.Float } f when (double)f! == Math.Floor((double)f!) && Math.Abs((double)f!) < 1e15:
                return new JValue((long)(double)f!);
            default:
                return token.DeepClone();
        }
    }

    public static bool Equal(JToken a, JToken b) => JToken.DeepEquals(Canonicalize(a), Canonicalize(b));
}
