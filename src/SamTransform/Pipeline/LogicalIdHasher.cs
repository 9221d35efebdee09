using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SamTransform.Pipeline;

/// <summary>
/// The reference transform's hashed logical-id suffixes: SHA-1 of a string or of a canonical JSON rendering
/// (sorted keys, no spaces, non-ASCII escaped), in lower-case hex.
/// </summary>
public static class LogicalIdHasher
{
    public static string Sha1Hex(string text)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The first <paramref name="length"/> hex digits of the hash of a string.</summary>
    public static string Hash(string text, int length = 10) => Sha1Hex(text)[..length];

    /// <summary>The first <paramref name="length"/> hex digits of the hash of a value's canonical JSON.</summary>
    public static string Hash(JToken value, int length = 10) => Hash(CanonicalJson(value), length);

    public static string CanonicalJson(JToken value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                sb.Append('{');
                var first = true;
                foreach (var p in obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    WriteString(sb, p.Name);
                    sb.Append(':');
                    Write(sb, p.Value);
                }
                sb.Append('}');
                break;
            case JArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(sb, array[i]);
                }
                sb.Append(']');
                break;
            case JValue value:
                WriteValue(sb, value);
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static void WriteValue(StringBuilder sb, JValue value)
    {
        switch (value.Type)
        {
            case JTokenType.Null or JTokenType.Undefined: sb.Append("null"); break;
            case JTokenType.Boolean: sb.Append((bool)value.Value! ? "true" : "false"); break;
            case JTokenType.Integer: sb.Append(Convert.ToString(value.Value, CultureInfo.InvariantCulture)); break;
            case JTokenType.Float: sb.Append(PythonFloat(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture))); break;
            default: WriteString(sb, Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? ""); break;
        }
    }

    /// <summary>Renders a double the way Python's repr does (shortest round-trip, always with a point or exponent).</summary>
    public static string PythonFloat(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(d)));
        if (exponent >= 16 || exponent < -4)
        {
            // Python switches to scientific notation here: shortest digits, two-digit signed exponent.
            var digits = r.Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
            var e = digits.IndexOf('E', StringComparison.Ordinal);
            if (e >= 0) digits = digits[..e];
            digits = digits.TrimStart('0').TrimEnd('0');
            if (digits.Length == 0) digits = "0";
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return $"{(d < 0 ? "-" : "")}{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent):00}";
        }
        if (r.Contains('E', StringComparison.Ordinal)) r = d.ToString("F" + Math.Max(0, -exponent + 15), CultureInfo.InvariantCulture).TrimEnd('0');
        return r.Contains('.', StringComparison.Ordinal) ? (r.EndsWith('.') ? r + "0" : r) : r + ".0";
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
