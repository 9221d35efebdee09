using System.Globalization;
using System.Numerics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SamTransform.Model;

/// <summary>
/// Python's <c>repr()</c> of a JSON value — <c>{k: v}</c>, <c>[a, b]</c>, <c>True</c>/<c>False</c>/<c>None</c>,
/// numbers, string literals — in two dialects: Python 3's, as the reference formats values into its messages
/// (<see cref="Events.PythonValues"/>), and Python 2.7's, as it renders what it hashes (<see cref="Python27.Py27Repr"/>).
/// </summary>
public static class PythonRepr
{
    /// <summary>What differs between the dialects: the order of a dict's keys, string literals, the <c>L</c> of longs.</summary>
    /// <param name="Order">The properties of an object in the order the dict iterates.</param>
    /// <param name="WriteString">Writes the literal of a string value or property name (the token says which).</param>
    /// <param name="LongSuffix">True when an integer above 2**63-1 is written with Python 2's <c>L</c>.</param>
    public sealed record Dialect(Func<JObject, IEnumerable<JProperty>> Order, Action<StringBuilder, string, JToken> WriteString, bool LongSuffix);

    /// <summary>Python 3: keys in insertion order, <c>str</c> literals that keep printable non-ASCII text.</summary>
    public static readonly Dialect Python3 = new(o => o.Properties(), (sb, s, _) => WritePython3String(sb, s), LongSuffix: false);

    public static string Repr(JToken? value, Dialect dialect)
    {
        var sb = new StringBuilder();
        Write(sb, value, dialect);
        return sb.ToString();
    }

    /// <summary>
    /// <c>repr()</c> of a float: the shortest text that reads back (<c>0.1</c>, <c>1e+16</c>, <c>-0.0</c>), <c>nan</c>,
    /// <c>inf</c>, <c>-inf</c> (the same in Python 2.7 and 3).
    /// </summary>
    public static string FloatRepr(double d) =>
        double.IsNaN(d) ? "nan" : double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : Pipeline.LogicalIdHasher.PythonFloat(d);

    public static void Write(StringBuilder sb, JToken? value, Dialect dialect)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case JObject obj:
                sb.Append('{');
                var first = true;
                foreach (var p in dialect.Order(obj))
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    dialect.WriteString(sb, p.Name, p);
                    sb.Append(": ");
                    Write(sb, p.Value, dialect);
                }
                sb.Append('}');
                break;
            case JArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Write(sb, array[i], dialect);
                }
                sb.Append(']');
                break;
            case JProperty property:
                Write(sb, property.Value, dialect);
                break;
            case JValue v:
                WriteValue(sb, v, dialect);
                break;
            default:
                sb.Append(value.ToString());
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JValue v, Dialect dialect)
    {
        switch (v.Type)
        {
            case JTokenType.String:
                dialect.WriteString(sb, (string)v!, v);
                break;
            case JTokenType.Boolean:
                sb.Append((bool)v.Value! ? "True" : "False");
                break;
            case JTokenType.Null or JTokenType.Undefined:
                sb.Append("None");
                break;
            case JTokenType.Float:
                sb.Append(FloatRepr(Convert.ToDouble(v.Value, CultureInfo.InvariantCulture)));
                break;
            case JTokenType.Integer:
                var integer = v.Value is BigInteger big ? big : new BigInteger(Convert.ToInt64(v.Value, CultureInfo.InvariantCulture));
                sb.Append(integer.ToString(CultureInfo.InvariantCulture));
                if (dialect.LongSuffix && integer > long.MaxValue) sb.Append('L'); // the reference shows none below -2**63
                break;
            default:
                sb.Append(Convert.ToString(v.Value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A Python 3 string literal: single quotes unless the text has a single quote and no double quote.</summary>
    private static void WritePython3String(StringBuilder sb, string s)
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
