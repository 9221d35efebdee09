using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Events;

/// <summary>
/// How the reference (written in Python) sees template values: which count as "set" and how a value reads when it is
/// formatted into a message.
/// </summary>
public static class PythonValues
{
    /// <summary>Python truthiness (one definition: <see cref="Scalars.IsTruthy"/>).</summary>
    public static bool IsTruthy(JToken? value) => Scalars.IsTruthy(value);

    /// <summary>Python's <c>str()</c>: a string as it is, anything else as its <c>repr()</c>.</summary>
    public static string Str(JToken? value) => value is JValue { Type: JTokenType.String } s ? (string)s! : Repr(value);

    /// <summary>Python's <c>repr()</c> of a JSON value (<c>['a', 'b']</c>, <c>{'Ref': 'X'}</c>, <c>True</c>, <c>None</c>).</summary>
    public static string Repr(JToken? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    /// <summary>Python's name for the type of a value (<c>dict</c>, <c>list</c>, <c>str</c>, <c>int</c>, ...).</summary>
    public static string TypeName(JToken? value) => value?.Type switch
    {
        JTokenType.Object => "dict",
        JTokenType.Array => "list",
        JTokenType.Integer => "int",
        JTokenType.Float => "float",
        JTokenType.Boolean => "bool",
        null or JTokenType.Null or JTokenType.Undefined => "NoneType",
        _ => "str",
    };

    /// <summary><c>repr()</c> of a list of strings.</summary>
    public static string Repr(IEnumerable<string> values) => Repr(new JArray(values));

    private static void Write(StringBuilder sb, JToken? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case JArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, array[i]);
                }
                sb.Append(']');
                break;
            case JObject obj:
                sb.Append('{');
                var first = true;
                foreach (var p in obj.Properties())
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    WriteString(sb, p.Name);
                    sb.Append(": ");
                    Write(sb, p.Value);
                }
                sb.Append('}');
                break;
            case JValue v:
                switch (v.Type)
                {
                    case JTokenType.String: WriteString(sb, (string)v!); break;
                    case JTokenType.Boolean: sb.Append((bool)v ? "True" : "False"); break;
                    case JTokenType.Null or JTokenType.Undefined: sb.Append("None"); break;
                    case JTokenType.Float: sb.Append(Pipeline.LogicalIdHasher.PythonFloat(Convert.ToDouble(v.Value, CultureInfo.InvariantCulture))); break;
                    default: sb.Append(Convert.ToString(v.Value, CultureInfo.InvariantCulture)); break;
                }
                break;
        }
    }

    /// <summary>A Python string literal: single quotes unless the text has a single quote and no double quote.</summary>
    private static void WriteString(StringBuilder sb, string s)
    {
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        sb.Append(quote);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append(quote);
    }
}
