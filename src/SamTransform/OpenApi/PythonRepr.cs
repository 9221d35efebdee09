using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.OpenApi;

/// <summary>
/// Renders values the way the reference transform prints them inside messages: Python's <c>repr</c> of the
/// parsed template value (<c>{'Ref': 'X'}</c>, <c>['a']</c>, <c>True</c>, <c>None</c>).
/// </summary>
public static class PythonRepr
{
    public static string Of(JToken? token)
    {
        var sb = new StringBuilder();
        Write(sb, token);
        return sb.ToString();
    }

    /// <summary>Python's <c>str</c> of a scalar: strings as they are, everything else as <see cref="Of"/> renders it.</summary>
    public static string Str(JValue value) => value.Type == JTokenType.String ? (string)value! : Of(value);

    /// <summary>Python's type name for the value (<c>dict</c>, <c>list</c>, <c>str</c>, ...).</summary>
    public static string TypeName(JToken? token) => token?.Type switch
    {
        JTokenType.Object => "dict",
        JTokenType.Array => "list",
        JTokenType.Integer => "int",
        JTokenType.Float => "float",
        JTokenType.Boolean => "bool",
        null or JTokenType.Null or JTokenType.Undefined => "NoneType",
        _ => "str",
    };

    private static void Write(StringBuilder sb, JToken? token)
    {
        switch (token)
        {
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
            case JArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, array[i]);
                }
                sb.Append(']');
                break;
            case JValue { Type: JTokenType.Null or JTokenType.Undefined } or null:
                sb.Append("None");
                break;
            case JValue { Type: JTokenType.Boolean } b:
                sb.Append((bool)b ? "True" : "False");
                break;
            case JValue { Type: JTokenType.Integer } i:
                sb.Append(Convert.ToString(i.Value, CultureInfo.InvariantCulture));
                break;
            case JValue { Type: JTokenType.Float } f:
                sb.Append(LogicalIdHasher.PythonFloat(Convert.ToDouble(f.Value, CultureInfo.InvariantCulture)));
                break;
            case JValue v:
                WriteString(sb, Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    /// <summary>Python quotes with ' unless the text holds a ' and no ".</summary>
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
