using System.Text;
using System.Text.RegularExpressions;

namespace SamTransform.Reading;

/// <summary>
/// Where YamlDotNet refuses valid YAML that PyYAML (AWS's reader) accepts: a literal block scalar (<c>|</c>) whose
/// first lines hold only spaces. YamlDotNet 18 stops at "found extra spaces in first line" when the first of them has
/// more than one space; PyYAML, like the YAML specification, reads such lines as empty as long as they are no longer
/// than the indentation of the scalar's first line of text (when the scalar has text). Spaces within the indentation
/// are not content, so removing them from those lines changes nothing else: lines and columns stay where they were.
/// </summary>
public static partial class BlockScalarIndentation
{
    /// <summary>YamlDotNet's message for the case.</summary>
    public const string YamlDotNetMessage = "found extra spaces in first line";

    [GeneratedRegex(@"\|[+-]?[ \t]*(#.*)?$")]
    private static partial Regex LiteralHeader();

    /// <summary>
    /// Empties the space-only lines after the block scalar header above <paramref name="reportedLine"/> (1-based, the
    /// line YamlDotNet reports). False when there is nothing to empty, or when a line is longer than the scalar's
    /// indentation (an error for PyYAML too).
    /// </summary>
    public static bool TryFix(string text, int reportedLine, out string fixedText)
    {
        fixedText = text;
        var lines = Lines(text);
        var header = reportedLine - 2;
        while (header >= 0 && IsSpaces(text, lines[header])) header--;
        if (header < 0 || !LiteralHeader().IsMatch(Content(text, lines[header]))) return false;
        var first = header + 1;
        var next = first;
        while (next < lines.Count && IsSpaces(text, lines[next])) next++;
        var blanks = lines[first..next].Where(l => Content(text, l).Length > 0).ToList();
        if (blanks.Count == 0) return false;
        // A scalar with text: no space-only line before it may be longer than its indentation.
        if (next < lines.Count && Indent(text, lines[next]) is var indent && indent > Indent(text, lines[header])
            && blanks.Any(l => Content(text, l).Length > indent)) return false;
        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, length) in blanks)
        {
            builder.Append(text, at, start - at);
            at = start + length;
        }
        builder.Append(text, at, text.Length - at);
        fixedText = builder.ToString();
        return true;
    }

    /// <summary>Start and length (without the line break) of every line.</summary>
    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end - start));
            start = i + 1;
        }
        return lines;
    }

    private static string Content(string text, (int Start, int Length) line) => text.Substring(line.Start, line.Length);

    private static bool IsSpaces(string text, (int Start, int Length) line) => Content(text, line).All(c => c == ' ');

    private static int Indent(string text, (int Start, int Length) line) => Content(text, line).TakeWhile(c => c == ' ').Count();
}
