using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Model;

/// <summary>How the reference transform (a Python program) reads scalar values: text rendering and truthiness.</summary>
public static class Scalars
{
    /// <summary>The text of a scalar as Python's <c>str()</c> gives it (<c>True</c>, <c>10</c>, <c>1.5</c>).</summary>
    public static string ToText(JValue value) => value.Type switch
    {
        JTokenType.Boolean => (bool)value.Value! ? "True" : "False",
        JTokenType.Float => LogicalIdHasher.PythonFloat(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture)),
        JTokenType.Null => "None",
        _ => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Python truthiness: false, 0, "", null and empty containers are false.</summary>
    public static bool IsTruthy(JToken? token) => token switch
    {
        null => false,
        JValue { Type: JTokenType.Null or JTokenType.Undefined } => false,
        JValue { Type: JTokenType.Boolean } b => (bool)b.Value!,
        JValue { Type: JTokenType.String } s => ((string)s.Value!).Length > 0,
        JValue { Type: JTokenType.Integer, Value: BigInteger big } => !big.IsZero,
        JValue { Type: JTokenType.Integer } i => Convert.ToInt64(i.Value, CultureInfo.InvariantCulture) != 0,
        JValue { Type: JTokenType.Float } f => Convert.ToDouble(f.Value, CultureInfo.InvariantCulture) != 0,
        JContainer c => c.Count > 0,
        _ => true,
    };

    /// <summary>A boolean written as a boolean or as the text <c>true</c>/<c>false</c> (any case); null otherwise.</summary>
    public static bool? AsBoolean(JToken? token)
    {
        if (token is JValue { Type: JTokenType.Boolean } b) return (bool)b.Value!;
        if (token is JValue { Type: JTokenType.String } s)
        {
            var text = (string)s.Value!;
            if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
            if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return null;
    }

    /// <summary>Renders names as the reference prints a Python list of strings: <c>['A', 'B']</c>.</summary>
    public static string PythonList(IEnumerable<string> names) => Events.PythonValues.Repr(names);

    /// <summary>A value as the reference prints it in a message: Python's <c>str()</c>.</summary>
    public static string PythonText(JToken? value) => Events.PythonValues.Str(value);
}
