using System.Text.RegularExpressions;

namespace SamTransform.Tests.Explain;

/// <summary>
/// A parser of the part of Mermaid's flowchart syntax that <c>explain --format mermaid</c> writes: the header, quoted
/// node and subgraph declarations, <c>end</c>, and edges (<c>--&gt;</c>, <c>-.-&gt;</c>) with quoted labels. It
/// returns the problems it finds: a line of another shape, an unbalanced subgraph, an id declared twice, an edge to
/// an id never declared, a quote inside a label.
/// </summary>
internal static partial class MermaidSubset
{
    [GeneratedRegex("""^flowchart (LR|RL|TB|TD|BT)$""")]
    private static partial Regex Header();

    [GeneratedRegex("""^subgraph ([A-Za-z0-9_]+)\["([^"]*)"\]$""")]
    private static partial Regex Subgraph();

    [GeneratedRegex("""^([A-Za-z0-9_]+)(?:\["([^"]*)"\]|\(\["([^"]*)"\]\))$""")]
    private static partial Regex Node();

    [GeneratedRegex("""^([A-Za-z0-9_]+) (-->|-\.->)(?:\|"([^"]*)"\|)? ([A-Za-z0-9_]+)$""")]
    private static partial Regex Edge();

    [GeneratedRegex("""#[a-z0-9]+;""")]
    private static partial Regex Entity();

    public static List<string> Problems(string text)
    {
        var problems = new List<string>();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || !Header().IsMatch(lines[0])) problems.Add("the first line is not 'flowchart DIR'");
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<(int Line, string From, string To)>();
        var depth = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            Match m;
            if ((m = Subgraph().Match(line)).Success)
            {
                Declare(m.Groups[1].Value, m.Groups[2].Value, i);
                depth++;
            }
            else if (line == "end")
            {
                if (--depth < 0) problems.Add($"line {i + 1}: 'end' without a subgraph");
            }
            else if ((m = Edge().Match(line)).Success)
            {
                Label(m.Groups[3].Value, i);
                edges.Add((i, m.Groups[1].Value, m.Groups[4].Value));
            }
            else if ((m = Node().Match(line)).Success)
            {
                Declare(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value, i);
            }
            else
            {
                problems.Add($"line {i + 1}: not in the subset: {line}");
            }
        }
        if (depth > 0) problems.Add($"{depth} subgraph(s) without 'end'");
        foreach (var (line, from, to) in edges)
            foreach (var id in (string[])[from, to])
                if (!declared.Contains(id)) problems.Add($"line {line + 1}: edge to '{id}', which is not declared");
        return problems;

        void Declare(string id, string label, int line)
        {
            if (!declared.Add(id)) problems.Add($"line {line + 1}: '{id}' declared twice");
            Label(label, line);
        }

        void Label(string label, int line)
        {
            // Outside entity codes (#quot;), '#' and markup characters would be read by Mermaid.
            var bare = Entity().Replace(label.Replace("<br/>", "", StringComparison.Ordinal), "");
            if (bare.IndexOfAny(['#', '<', '>', '|']) >= 0) problems.Add($"line {line + 1}: label '{label}' has an unescaped character");
        }
    }
}
