using System.Text;

namespace SamTransform.Model;

/// <summary>Python's <c>str</c> methods the reference applies to template text, over Unicode code points as Python does.</summary>
public static class PythonStringMethods
{
    /// <summary><c>str.isalnum()</c>: not empty, and every code point a letter or a number (Unicode categories L* and N*).</summary>
    public static bool IsAlnum(string text)
    {
        if (text.Length == 0) return false;
        foreach (var rune in text.EnumerateRunes())
            if (!Rune.IsLetter(rune) && !Rune.IsNumber(rune)) return false;
        return true;
    }

    /// <summary><c>str.capitalize()</c>: the first code point in title case, the rest in lower case.</summary>
    public static string Capitalize(string text)
    {
        if (text.Length == 0) return text;
        var builder = new StringBuilder(text.Length);
        var first = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (first) builder.Append(TitleCase(rune));
            else builder.Append(Rune.ToLowerInvariant(rune).ToString());
            first = false;
        }
        return builder.ToString();
    }

    /// <summary>
    /// Unicode's title case of one code point: its upper case, except for the digraphs that have a title-case form and
    /// the special casings that expand to several letters (<c>ß</c> → <c>Ss</c>, <c>ﬁ</c> → <c>Fi</c>).
    /// </summary>
    private static string TitleCase(Rune rune) => rune.Value switch
    {
        0x01C4 or 0x01C5 or 0x01C6 => "\u01C5",
        0x01C7 or 0x01C8 or 0x01C9 => "\u01C8",
        0x01CA or 0x01CB or 0x01CC => "\u01CB",
        0x01F1 or 0x01F2 or 0x01F3 => "\u01F2",
        0x00DF => "Ss",
        0xFB00 => "Ff",
        0xFB01 => "Fi",
        0xFB02 => "Fl",
        0xFB03 => "Ffi",
        0xFB04 => "Ffl",
        0xFB05 or 0xFB06 => "St",
        0x0149 => "\u02BCN",
        _ => Rune.ToUpperInvariant(rune).ToString(),
    };
}
