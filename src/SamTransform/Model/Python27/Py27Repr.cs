using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SamTransform.Model.Python27;

/// <summary>
/// Python 2.7's <c>str()</c>/<c>repr()</c> of a JSON value as the reference transform hashes it: dicts
/// <c>{k: v, ...}</c> in 2.7 dict iteration order (<see cref="Py27Dict"/>) of their keys inserted in the
/// <c>JObject</c>'s property order, lists <c>[a, b]</c>, <c>True</c>/<c>False</c>/<c>None</c>, integers plainly
/// (with the <c>L</c> of a long above 2**63-1), floats as <c>repr</c> (<c>nan</c>, <c>inf</c>), strings as 2.7
/// literals with a <c>u</c> for unicode ones (<see cref="Py27Strings"/>).
/// </summary>
public static class Py27Repr
{
    /// <summary><c>repr()</c> of a value (for a dict or a list, what <c>str()</c> gives too).</summary>
    public static string Repr(JToken? value) => PythonRepr.Repr(value, Dialect);

    /// <summary>Python 2.7: keys in 2.7 dict order, <c>u'...'</c> for unicode strings, <c>L</c> for longs.</summary>
    public static readonly PythonRepr.Dialect Dialect = new(DictOrder, WriteLiteral, LongSuffix: true);

    /// <summary><c>str()</c>: a string is its own text, a float has 12 significant digits, anything else is its repr.</summary>
    public static string Str(JToken? value) => value switch
    {
        JValue { Type: JTokenType.String } s => (string)s!,
        JValue { Type: JTokenType.Float } f => FloatStr(Convert.ToDouble(f.Value, CultureInfo.InvariantCulture)),
        _ => Repr(value),
    };

    /// <summary>The properties of an object in the order its 2.7 dict iterates (<see cref="Py27Dict.Order"/>).</summary>
    public static IEnumerable<JProperty> DictOrder(JObject obj) => Py27Dict.Order(obj);

    /// <summary>
    /// Python 2.7 <c>repr()</c> of a float: the shortest text that reads back (<c>0.1</c>, <c>1e+16</c>,
    /// <c>-0.0</c>), <c>nan</c>, <c>inf</c>, <c>-inf</c>.
    /// </summary>
    public static string FloatRepr(double d) => PythonRepr.FloatRepr(d);

    /// <summary>
    /// Python 2.7 <c>str()</c> of a float: 12 significant digits, with <c>.0</c> added when that reads as an integer
    /// (<c>3.0</c>, <c>0.333333333333</c>, <c>10000000000.0</c>, <c>1e+11</c>, <c>1e-05</c>).
    /// </summary>
    public static string FloatStr(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || d == 0) return FloatRepr(d);
        var e = d.ToString("E11", CultureInfo.InvariantCulture); // [-]d.dddddddddddE+ddd, rounded to 12 digits
        var at = e.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(e[(at + 1)..], CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= 11) // 11, not 12: there must be room for the ".0"
        {
            var mantissa = e[..at].TrimEnd('0').TrimEnd('.');
            return $"{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }
        var text = d.ToString("F" + Math.Max(0, 11 - exponent), CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal)) text = text.TrimEnd('0').TrimEnd('.');
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>
    /// A 2.7 string literal: double quotes only when the text has a single quote and no double quote; backslash, the
    /// quote, <c>\t</c>, <c>\n</c>, <c>\r</c> escaped; other characters below 0x20 and from 0x7f as <c>\xNN</c>, and in
    /// unicode strings above 0xff as <c>\uNNNN</c> / <c>\UNNNNNNNN</c>; a native <c>str</c> escapes its UTF-8 bytes.
    /// </summary>
    private static void WriteLiteral(StringBuilder sb, string s, JToken token) =>
        WriteString(sb, s, token is JProperty p ? Py27Strings.IsUnicode(p) : token is JValue v && Py27Strings.IsUnicode(v));

    internal static void WriteString(StringBuilder sb, string s, bool unicode)
    {
        var units = unicode ? Py27Dict.CodePoints(s) : Py27Dict.Bytes(s);
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        if (unicode) sb.Append('u');
        sb.Append(quote);
        foreach (var c in units)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c >= 0x10000) sb.Append("\\U").Append(c.ToString("x8", CultureInfo.InvariantCulture));
            else if (c >= 0x100) sb.Append("\\u").Append(c.ToString("x4", CultureInfo.InvariantCulture));
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        sb.Append(quote);
    }
}
