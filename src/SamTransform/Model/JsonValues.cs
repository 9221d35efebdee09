using System.Collections;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SamTransform.Model;

/// <summary>Plain .NET values as JSON tokens.</summary>
public static class JsonValues
{
    /// <summary>
    /// A caller's value as JSON, without Newtonsoft's reflection serializer (so the library stays trimmable and
    /// Native AOT compatible): tokens, strings, numbers, booleans, maps and lists; anything else by its text.
    /// </summary>
    public static JToken FromObject(object? value) => value switch
    {
        null => JValue.CreateNull(),
        JToken token => token.DeepClone(),
        string or bool or int or long or double or float or decimal or uint or ulong or short or ushort or byte or sbyte => new JValue(value),
        IDictionary map => new JObject(map.Keys.Cast<object>().Select(k => new JProperty(Convert.ToString(k, CultureInfo.InvariantCulture)!, FromObject(map[k])))),
        IEnumerable list => new JArray(list.Cast<object?>().Select(FromObject)),
        IFormattable formattable => new JValue(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => new JValue(value.ToString()),
    };
}
