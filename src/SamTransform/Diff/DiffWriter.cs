using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Explain;

namespace SamTransform.Diff;

/// <summary>A <see cref="TemplateDiff"/> as text for a terminal, as JSON, or as Markdown for a pull request comment.</summary>
public static partial class DiffWriter
{
    /// <summary>The longest a value is shown in text and Markdown before it is cut with "…".</summary>
    public const int ValueWidth = 80;

    public static string Summary(TemplateDiff diff)
    {
        if (!diff.HasChanges) return "no changes";
        var replaced = diff.Count(ChangeKind.Replaced);
        var parts = new List<string>
        {
            $"{diff.Count(ChangeKind.Added)} added",
            $"{diff.Count(ChangeKind.Removed)} removed",
            $"{diff.Count(ChangeKind.Changed)} changed in place",
            $"{replaced} replaced" + (replaced > 0 ? $" ({diff.ExpectedReplacements} expected, {replaced - diff.ExpectedReplacements} not)" : ""),
        };
        var iam = diff.Iam.Count;
        parts.Add($"{iam} IAM change{(iam == 1 ? "" : "s")}");
        if (diff.Sections.Count > 0) parts.Add($"{diff.Sections.Count} outside Resources");
        return string.Join(", ", parts);
    }

    /// <summary>
    /// A change as "old → new", each value in one line (references as <c>${Id}</c>, see <see cref="TokenText"/>; a
    /// string in quotes; "(none)" when absent) and cut at <see cref="ValueWidth"/>: two long values from a little
    /// before where they start to differ, so that the difference shows.
    /// </summary>
    public static (string Old, string New) Values(JToken? old, JToken? @new)
    {
        var (a, b) = (Line(old), Line(@new));
        if (a.Length <= ValueWidth && b.Length <= ValueWidth) return (a, b);
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        var start = a.Length > ValueWidth && b.Length > ValueWidth && common > 20 ? common - 20 : 0;
        return (Cut(a, start), Cut(b, start));
    }

    private static string Line(JToken? value) =>
        value is null ? "(none)"
        : value is JValue { Type: JTokenType.String } s ? JsonConvert.ToString((string)s!)
        : Spaces().Replace(TokenText.Of(value), " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    private static string Cut(string text, int start)
    {
        var cut = start > 0 ? "…" + text[start..] : text;
        return cut.Length <= ValueWidth ? cut : cut[..(ValueWidth - 1)] + "…";
    }

    private static string Change(PropertyChange property, Func<string, string> value)
    {
        var (old, @new) = Values(property.Old, property.New);
        return $"{value(old)} → {value(@new)}";
    }

    /// <summary>"expected: new deployment/version on each change", or "not expected: GetOrder renamed to FetchOrder".</summary>
    private static string Reason(ResourceChange change, string unexpected) =>
        (change.Expected ? "expected" : unexpected) + ": " + change.Reason;

    private static string Marker(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "[+]",
        ChangeKind.Removed => "[-]",
        ChangeKind.Changed => "[~]",
        _ => "[replace]",
    };

    private static string Origin(ResourceChange change) =>
        change.Origin == change.LogicalId || change.Origin == change.OldLogicalId ? change.Why : $"{change.Origin}: {change.Why}";

    public static string Text(TemplateDiff diff, string oldName, string newName)
    {
        var sb = new StringBuilder();
        sb.Append(oldName).Append(" → ").Append(newName).Append(": ").Append(Summary(diff)).Append('\n');
        if (diff.Resources.Count > 0) sb.Append("\nResources\n");
        foreach (var change in diff.Resources)
        {
            sb.Append(Marker(change.Kind)).Append(' ').Append(change.LogicalId);
            if (change.OldLogicalId is { } was) sb.Append(" (replaces ").Append(was).Append(')');
            sb.Append("  ").Append(change.Type).Append("  ").Append(Origin(change)).Append('\n');
            if (change.Reason is not null) sb.Append("      ").Append(Reason(change, "NOT expected")).Append('\n');
            foreach (var property in change.Properties)
                sb.Append("      ").Append(property.Path).Append(": ").Append(Change(property, v => v))
                    .Append(property.Replaces ? "  [replaces the resource]" : "").Append('\n');
        }
        if (diff.Sections.Count > 0) sb.Append("\nOutside Resources\n");
        foreach (var change in diff.Sections) sb.Append("[~] ").Append(change.Path).Append(": ").Append(Change(change, v => v)).Append('\n');
        if (diff.Iam.Count > 0) sb.Append("\nIAM changes\n");
        foreach (var change in diff.Iam)
        {
            sb.Append(change.Added ? "[+] " : "[-] ").Append(change.Role).Append("  ");
            if (change.ManagedPolicy is { } policy)
            {
                sb.Append("managed policy ").Append(policy).Append('\n');
                continue;
            }
            var s = change.Statement!;
            sb.Append(ExplainWriter.StatementHead(s)).Append('\n');
            foreach (var target in s.Resources) sb.Append("        on ").Append(ExplainWriter.Marked(target)).Append('\n');
        }
        return sb.ToString();
    }

    public static string Json(TemplateDiff diff, string oldName, string newName)
    {
        var resources = new JArray(diff.Resources.Select(c => new JObject
        {
            ["change"] = c.Kind.ToString().ToLowerInvariant(),
            ["logicalId"] = c.LogicalId,
            ["replaces"] = c.OldLogicalId,
            ["type"] = c.Type,
            ["origin"] = c.Origin,
            ["why"] = c.Why,
            ["reason"] = c.Reason is null ? null : Reason(c, "not expected"),
            ["expected"] = c.Kind == ChangeKind.Replaced ? c.Expected : null,
            ["properties"] = new JArray(c.Properties.Select(p => new JObject
            {
                ["path"] = p.Path, ["old"] = p.Old?.DeepClone(), ["new"] = p.New?.DeepClone(), ["replacesResource"] = p.Replaces,
            })),
        }));
        var iam = new JArray(diff.Iam.Select(c =>
        {
            var item = new JObject { ["role"] = c.Role, ["change"] = c.Added ? "added" : "removed" };
            if (c.ManagedPolicy is { } policy) item["managedPolicy"] = policy;
            if (c.Statement is { } s) item["statement"] = ExplainWriter.StatementJson(s);
            return item;
        }));
        return new JObject
        {
            ["old"] = oldName,
            ["new"] = newName,
            ["changed"] = diff.HasChanges,
            ["summary"] = new JObject
            {
                ["added"] = diff.Count(ChangeKind.Added),
                ["removed"] = diff.Count(ChangeKind.Removed),
                ["changed"] = diff.Count(ChangeKind.Changed),
                ["replaced"] = diff.Count(ChangeKind.Replaced),
                ["expectedReplacements"] = diff.ExpectedReplacements,
                ["iamChanges"] = diff.Iam.Count,
                ["sectionChanges"] = diff.Sections.Count,
            },
            ["resources"] = resources,
            ["sections"] = new JArray(diff.Sections.Select(p => new JObject { ["path"] = p.Path, ["old"] = p.Old?.DeepClone(), ["new"] = p.New?.DeepClone() })),
            ["iam"] = iam,
        }.ToString(Formatting.Indented);
    }

    public static string Markdown(TemplateDiff diff, string oldName, string newName)
    {
        var sb = new StringBuilder();
        sb.Append("### SAM diff: ").Append(Code(oldName)).Append(" → ").Append(Code(newName)).Append("\n\n");
        sb.Append(Summary(diff)).Append('\n');
        if (diff.Resources.Count > 0)
        {
            sb.Append("\n| change | resource | type | from | details |\n| --- | --- | --- | --- | --- |\n");
            foreach (var c in diff.Resources)
            {
                var change = c.Kind switch
                {
                    ChangeKind.Replaced when !c.Expected => "**replaced**",
                    _ => c.Kind.ToString().ToLowerInvariant().Replace("changed", "changed in place", StringComparison.Ordinal),
                };
                var details = new List<string>();
                if (c.Reason is not null) details.Add(c.Expected ? Cell(Reason(c, "not expected")) : "**" + Cell(Reason(c, "not expected")) + "**");
                details.AddRange(c.Properties.Select(p =>
                    $"{Code(p.Path)}: {Change(p, Code)}" + (p.Replaces ? " (replaces the resource)" : "")));
                sb.Append("| ").Append(change)
                    .Append(" | ").Append(Code(c.LogicalId)).Append(c.OldLogicalId is { } was ? " (replaces " + Code(was) + ")" : "")
                    .Append(" | ").Append(Cell(c.Type))
                    .Append(" | ").Append(Cell(Origin(c)))
                    .Append(" | ").Append(string.Join("<br>", details)).Append(" |\n");
            }
        }
        if (diff.Sections.Count > 0)
        {
            sb.Append("\n#### Outside Resources\n\n| path | change |\n| --- | --- |\n");
            foreach (var p in diff.Sections) sb.Append("| ").Append(Code(p.Path)).Append(" | ").Append(Change(p, Code)).Append(" |\n");
        }
        if (diff.Iam.Count > 0)
        {
            sb.Append("\n#### IAM changes\n\n| change | role | effect | actions | resources | condition |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var c in diff.Iam)
            {
                sb.Append("| ").Append(c.Added ? "added" : "removed").Append(" | ").Append(Code(c.Role)).Append(" | ");
                if (c.ManagedPolicy is { } policy)
                {
                    sb.Append("managed policy | ").Append(Cell(policy)).Append(" |  |  |\n");
                    continue;
                }
                var s = c.Statement!;
                sb.Append(Cell(s.Effect)).Append(" | ").Append(string.Join("<br>", s.Actions.Select(MarkdownFlagged)))
                    .Append(" | ").Append(string.Join("<br>", s.Resources.Select(MarkdownFlagged)))
                    .Append(" | ").Append(Cell(string.Join(", ", new[] { s.Condition, s.Attached ? "by " + s.Policy : null }.OfType<string>()))).Append(" |\n");
            }
        }
        return sb.ToString();
    }

    private static string MarkdownFlagged(string item) => PermissionStatement.IsWildcard(item) ? Code(item) + " ⚠️ **wildcard**" : Code(item);

    /// <summary>Text in a table cell: pipes escaped, on one line.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>A code span that holds any text: delimited by more backticks than it has in a row, pipes escaped for tables.</summary>
    private static string Code(string text)
    {
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++) longest = Math.Max(longest, run = text[i] == '`' ? run + 1 : 0);
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + Cell(text) + pad + fence;
    }
}
