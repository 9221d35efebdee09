using System.Text;

namespace SamTransform.Model;

/// <summary>The <c>${Name}</c> variables of an <c>Fn::Sub</c> string.</summary>
public static class SubText
{
    /// <summary>
    /// Replaces each <c>${Name}</c> by <c>${map(Name)}</c> (or by <paramref name="map"/>'s text alone when
    /// <paramref name="replaceWhole"/>); a null from <paramref name="map"/> leaves the variable as written.
    /// </summary>
    public static string MapVariables(string text, Func<string, string?> map, bool replaceWhole)
    {
        if (!text.Contains("${", StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (end < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }
            sb.Append(text, i, start - i);
            var name = text[(start + 2)..end];
            if (map(name) is not { } replacement) sb.Append(text, start, end - start + 1);
            else if (replaceWhole) sb.Append(replacement);
            else sb.Append("${").Append(replacement).Append('}');
            i = end + 1;
        }
        return sb.ToString();
    }
}
