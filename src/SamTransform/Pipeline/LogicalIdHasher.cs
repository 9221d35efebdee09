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

    /// <summary>The compact, key-sorted JSON the reference hashes.</summary>
    public static string CanonicalJson(JToken value) => Model.PythonJson.Dumps(value);

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
}
