using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Model;

/// <summary>
/// JSON as Python's <c>json.dumps(value, sort_keys=True)</c> writes it (non-ASCII escaped, floats as <c>repr</c>), which
/// the reference uses for hashed ids (compact, no spaces) and for inline state machine definitions (indented); and
/// as a plain <c>json.dumps(value)</c> of Python 2.7 writes it (<see cref="DumpsInDictOrder"/>).
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
        Write(sb, value, indent, 0, SortedKeys, compact: true);
        return sb.ToString();
    }

    /// <summary>
    /// Python 2.7's <c>json.dumps(value)</c>: keys in 2.7 dict order (<see cref="Python27.Py27Repr.DictOrder"/>),
    /// <c>", "</c> between items and <c>": "</c> after keys, on one line.
    /// </summary>
    public static string DumpsInDictOrder(JToken value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0, 0, Python27.Py27Repr.DictOrder, compact: false);
        return sb.ToString();
    }

    private static IEnumerable<JProperty> SortedKeys(JObject obj) => obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal);

    private static void Write(StringBuilder sb, JToken token, int indent, int level, Func<JObject, IEnumerable<JProperty>> order, bool compact)
    {
        switch (token)
        {
            case JObject obj:
                var properties = order(obj).ToList();
                WriteContainer(sb, '{', '}', properties.Count, indent, level, compact, i =>
                {
                    WriteString(sb, properties[i].Name);
                    sb.Append(indent > 0 || !compact ? ": " : ":");
                    Write(sb, properties[i].Value, indent, level + 1, order, compact);
                });
                break;
            case JArray array:
                WriteContainer(sb, '[', ']', array.Count, indent, level, compact, i => Write(sb, array[i], indent, level + 1, order, compact));
                break;
            case JValue value:
                WriteValue(sb, value);
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static void WriteContainer(StringBuilder sb, char open, char close, int count, int indent, int level, bool compact, Action<int> writeItem)
    {
        sb.Append(open);
        if (count == 0)
        {
            sb.Append(close);
            return;
        }
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(compact || indent > 0 ? "," : ", ");
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
                    if (c < 0x20 || c >= 0x7f) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
