using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Model;

/// <summary>
/// JSON as Python's <c>json.dumps(value, sort_keys=True)</c> writes it (non-ASCII escaped, floats as <c>repr</c>), which
/// the reference uses for hashed ids (compact, no spaces) and for inline state machine definitions (indented).
/// </summary>
public static class PythonJson
{
    /// <summary>
    /// Compact (<c>,</c> and <c>:</c> without spaces) when <paramref name="indent"/> is 0; otherwise one item a line,
    /// nested items indented by <paramref name="indent"/> more spaces, <c>": "</c> after keys.
    /// </summary>
    public static string Dumps(JToken value, int indent = 0)
    {
        var sb = new StringBuilder();
        Write(sb, value, indent, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JToken token, int indent, int level)
    {
        switch (token)
        {
            case JObject obj:
                var properties = obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                WriteContainer(sb, '{', '}', properties.Count, indent, level, i =>
                {
                    WriteString(sb, properties[i].Name);
                    sb.Append(indent > 0 ? ": " : ":");
                    Write(sb, properties[i].Value, indent, level + 1);
                });
                break;
            case JArray array:
                WriteContainer(sb, '[', ']', array.Count, indent, level, i => Write(sb, array[i], indent, level + 1));
                break;
            case JValue value:
                WriteValue(sb, value);
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static void WriteContainer(StringBuilder sb, char open, char close, int count, int indent, int level, Action<int> writeItem)
    {
        sb.Append(open);
        if (count == 0)
        {
            sb.Append(close);
            return;
        }
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            if (indent > 0) sb.Append('\n').Append(' ', indent * (level + 1));
            writeItem(i);
        }
        if (indent > 0) sb.Append('\n').Append(' ', indent * level);
        sb.Append(close);
    }

    private static void WriteValue(StringBuilder sb, JValue value)
    {
        switch (value.Type)
        {
            case JTokenType.Null or JTokenType.Undefined: sb.Append("null"); break;
            case JTokenType.Boolean: sb.Append((bool)value.Value! ? "true" : "false"); break;
            case JTokenType.Integer: sb.Append(Convert.ToString(value.Value, CultureInfo.InvariantCulture)); break;
            case JTokenType.Float: sb.Append(LogicalIdHasher.PythonFloat(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture))); break;
            default: WriteString(sb, Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? ""); break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7f) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
