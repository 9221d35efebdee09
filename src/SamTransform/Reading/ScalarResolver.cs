using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SamTransform.Reading;

/// <summary>
/// Resolves plain (unquoted, untagged) YAML scalars the way CloudFormation's YAML reader does (YAML 1.1 core types),
/// except that timestamps stay strings: <c>2012-10-17</c> is the policy version string, not a date.
/// </summary>
internal static partial class ScalarResolver
{
    [GeneratedRegex(@"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    // The YAML 1.1 patterns as PyYAML (the reference's reader) applies them: an exponent needs a sign and the number a
    // point (1e22 and 1.0e16 are text, 1.0e+16 is a float), ".5" is a float but "-.5" text, and base-60 numbers
    // (1:30 is 90) count.
    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$")]
    private static partial Regex FloatPattern();

    public static JValue Resolve(string text)
    {
        if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL") return JValue.CreateNull();
        var first = text[0];
        if (first is 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O')
        {
            if (BoolPattern().IsMatch(text))
                return new JValue(text[0] is 'y' or 'Y' or 't' or 'T' || text is "on" or "On" or "ON");
            return new JValue(text);
        }
        if (!(char.IsAsciiDigit(first) || first is '-' or '+' or '.')) return new JValue(text);
        if (IntPattern().IsMatch(text) && TryParseInt(text, out var integer)) return integer;
        if (FloatPattern().IsMatch(text))
        {
            var plain = text.Replace("_", "", StringComparison.Ordinal);
            if (plain.Contains(':', StringComparison.Ordinal)) return new JValue(Sexagesimal(plain));
            if (double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return new JValue(d);
        }
        if (text is ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF") return new JValue(double.PositiveInfinity);
        if (text is "-.inf" or "-.Inf" or "-.INF") return new JValue(double.NegativeInfinity);
        if (text is ".nan" or ".NaN" or ".NAN") return new JValue(double.NaN);
        return new JValue(text);
    }

    private static bool TryParseInt(string text, out JValue value)
    {
        value = null!;
        var s = text.Replace("_", "", StringComparison.Ordinal);
        var negative = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+')) s = s[1..];
        System.Numerics.BigInteger result;
        if (s.Contains(':', StringComparison.Ordinal)) result = s.Split(':').Aggregate(System.Numerics.BigInteger.Zero, (r, part) => r * 60 + int.Parse(part, CultureInfo.InvariantCulture));
        else if (s.StartsWith("0b", StringComparison.Ordinal)) result = ParseBase(s[2..], 2);
        else if (s.StartsWith("0x", StringComparison.Ordinal)) result = ParseBase(s[2..], 16);
        else if (s.Length > 1 && s[0] == '0') result = ParseBase(s[1..], 8);
        else if (!System.Numerics.BigInteger.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out result)) return false;
        if (negative) result = -result;
        value = result >= long.MinValue && result <= long.MaxValue ? new JValue((long)result) : new JValue(result);
        return true;
    }

    /// <summary>A base-60 float (<c>190:20:30.15</c> is 685230.15): every part but the last is an integer.</summary>
    private static double Sexagesimal(string text)
    {
        var negative = text.StartsWith('-');
        var parts = text.TrimStart('-', '+').Split(':');
        double value = 0, scale = 1;
        for (var i = parts.Length - 1; i >= 0; i--, scale *= 60) value += double.Parse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture) * scale; // PyYAML's order of sums
        return negative ? -value : value;
    }

    private static System.Numerics.BigInteger ParseBase(string digits, int radix)
    {
        System.Numerics.BigInteger result = 0;
        foreach (var c in digits) result = result * radix + Convert.ToInt32(c.ToString(), 16);
        return result;
    }
}
