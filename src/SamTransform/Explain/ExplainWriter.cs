using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Explain;

/// <summary>An explanation as a tree of text, as JSON, or as a Mermaid flowchart.</summary>
public static class ExplainWriter
{
    public static string Text(TemplateExplanation explanation, string templateName)
    {
        var sb = new StringBuilder();
        var sam = explanation.Resources.Count(r => r.IsSam);
        sb.Append(templateName).Append(": ").Append(sam).Append(" SAM resource").Append(sam == 1 ? "" : "s").Append(", ")
            .Append(explanation.GeneratedCount).Append(" CloudFormation resource").Append(explanation.GeneratedCount == 1 ? "" : "s").Append('\n');
        foreach (var resource in explanation.Resources)
        {
            sb.Append('\n').Append(resource.LogicalId).Append(" (").Append(resource.Type.Length == 0 ? "?" : resource.Type);
            sb.Append(resource.AddedBySam ? ", added by SAM" : "").Append(resource.Line is { } line ? $", line {line}" : "").Append(")\n");
            var children = new List<Action<string, string>>();
            foreach (var generated in resource.Generated)
                children.Add((first, rest) => WriteGenerated(sb, generated, first, rest));
            if (resource.Events.Count > 0)
                children.Add((first, rest) => WriteList(sb, "events", resource.Events.Select(Describe), first, rest));
            if (resource.Connections.Count > 0)
                children.Add((first, rest) => WriteList(sb, "connects", resource.Connections.Select(Describe), first, rest));
            for (var i = 0; i < children.Count; i++)
            {
                var last = i == children.Count - 1;
                children[i](last ? "└─ " : "├─ ", last ? "   " : "│  ");
            }
        }
        return sb.ToString();
    }

    private static void WriteGenerated(StringBuilder sb, GeneratedResource generated, string first, string rest)
    {
        sb.Append(first).Append(generated.LogicalId).Append("  ").Append(generated.Type).Append("  ").Append(generated.Why).Append('\n');
        if (generated.Permissions is not { } permissions) return;
        foreach (var policy in permissions.ManagedPolicies) sb.Append(rest).Append("   managed policy ").Append(policy).Append('\n');
        foreach (var statement in permissions.Statements)
        {
            sb.Append(rest).Append("   ").Append(StatementHead(statement)).Append('\n');
            foreach (var target in statement.Resources) sb.Append(rest).Append("     on ").Append(Marked(target)).Append('\n');
        }
        if (permissions.ManagedPolicies.Count == 0 && permissions.Statements.Count == 0) sb.Append(rest).Append("   no permissions\n");
    }

    /// <summary>A statement's effect and actions (wildcards flagged), and when it applies or what attaches it: its resources go below.</summary>
    internal static string StatementHead(PermissionStatement statement) =>
        $"{statement.Effect} {string.Join(", ", statement.Actions.Select(Marked))}"
        + (statement.Condition is null ? "" : $" ({statement.Condition})") + (statement.Attached ? $" (by {statement.Policy})" : "");

    /// <summary>An action or resource, flagged when it has a wildcard.</summary>
    internal static string Marked(string item) => PermissionStatement.IsWildcard(item) ? item + " [wildcard]" : item;

    private static void WriteList(StringBuilder sb, string title, IEnumerable<string> lines, string first, string rest)
    {
        sb.Append(first).Append(title).Append('\n');
        var items = lines.ToList();
        for (var i = 0; i < items.Count; i++) sb.Append(rest).Append(i == items.Count - 1 ? "└─ " : "├─ ").Append(items[i]).Append('\n');
    }

    private static string Describe(EventWiring e) => $"{e.EventId} ({e.EventType}): {e.Source}{(e.Detail is null ? "" : " " + e.Detail)} → {e.Target}";

    private static string Describe(ConnectorWiring c) => $"{c.Source} → {c.Destination}: {string.Join(", ", c.Permissions)}";

    /// <summary>A statement as JSON data, as <c>explain</c> and <c>diff</c> give it.</summary>
    internal static JObject StatementJson(PermissionStatement s) => new()
    {
        ["policy"] = s.Policy, ["effect"] = s.Effect, ["actions"] = new JArray(s.Actions), ["resources"] = new JArray(s.Resources),
        ["attached"] = s.Attached, ["condition"] = s.Condition, ["wildcard"] = s.HasWildcard,
    };

    /// <summary>The explanation as JSON; <paramref name="cost"/>, when given, under <c>cost</c> (see <see cref="CostEstimate.Json"/>).</summary>
    public static string Json(TemplateExplanation explanation, string templateName, JObject? cost = null)
    {
        var resources = new JArray();
        foreach (var r in explanation.Resources)
        {
            var entry = new JObject { ["logicalId"] = r.LogicalId, ["type"] = r.Type, ["line"] = r.Line, ["addedBySam"] = r.AddedBySam };
            entry["generated"] = new JArray(r.Generated.Select(g =>
            {
                var item = new JObject { ["logicalId"] = g.LogicalId, ["type"] = g.Type, ["why"] = g.Why };
                if (g.Permissions is { } p)
                    item["permissions"] = new JObject
                    {
                        ["managedPolicies"] = new JArray(p.ManagedPolicies),
                        ["statements"] = new JArray(p.Statements.Select(StatementJson)),
                    };
                return item;
            }));
            if (r.Events.Count > 0)
                entry["events"] = new JArray(r.Events.Select(e => new JObject
                {
                    ["event"] = e.EventId, ["type"] = e.EventType, ["source"] = e.Source, ["detail"] = e.Detail, ["target"] = e.Target,
                }));
            if (r.Connections.Count > 0)
                entry["connects"] = new JArray(r.Connections.Select(c => new JObject
                {
                    ["source"] = c.Source, ["destination"] = c.Destination, ["permissions"] = new JArray(c.Permissions),
                }));
            resources.Add(entry);
        }
        var json = new JObject { ["template"] = templateName, ["resources"] = resources };
        if (cost is not null) json["cost"] = cost;
        return json.ToString(Formatting.Indented);
    }

    /// <summary>
    /// A flowchart: a subgraph per SAM resource holding what it became, a node per other resource, and an edge for
    /// each event (source to function or state machine) and connector (source to destination).
    /// </summary>
    public static string Mermaid(TemplateExplanation explanation)
    {
        var sb = new StringBuilder("flowchart LR\n");
        var nodes = new Dictionary<string, string>(StringComparer.Ordinal); // logical id → node or subgraph id
        foreach (var r in explanation.Resources)
        {
            if (!r.IsSam)
            {
                nodes[r.LogicalId] = "n_" + r.LogicalId;
                sb.Append("  n_").Append(r.LogicalId).Append("[\"").Append(Label(r.LogicalId)).Append("<br/>").Append(Label(r.Type)).Append("\"]\n");
                continue;
            }
            nodes[r.LogicalId] = "s_" + r.LogicalId;
            sb.Append("  subgraph s_").Append(r.LogicalId).Append("[\"").Append(Label(r.LogicalId)).Append("<br/>").Append(Label(r.Type)).Append("\"]\n");
            foreach (var g in r.Generated)
                sb.Append("    g_").Append(g.LogicalId).Append("[\"").Append(Label(g.LogicalId)).Append("<br/>").Append(Label(g.Type)).Append("\"]\n");
            sb.Append("  end\n");
        }
        var external = new Dictionary<string, string>(StringComparer.Ordinal);
        string NodeOf(string name)
        {
            if (nodes.TryGetValue(name, out var id)) return id;
            if (external.TryGetValue(name, out id)) return id;
            id = "x_" + (external.Count + 1);
            external[name] = id;
            sb.Append("  ").Append(id).Append("([\"").Append(Label(name)).Append("\"])\n");
            return id;
        }
        var edges = new StringBuilder();
        foreach (var r in explanation.Resources)
        {
            foreach (var e in r.Events)
            {
                var (from, to) = (NodeOf(e.Source), NodeOf(e.Target));
                edges.Append("  ").Append(from).Append(" -->|\"").Append(Label($"{e.EventId} ({e.EventType}{(e.Detail is null ? "" : " " + e.Detail)})")).Append("\"| ").Append(to).Append('\n');
            }
            foreach (var c in r.Connections)
            {
                var (from, to) = (NodeOf(c.Source), NodeOf(c.Destination));
                edges.Append("  ").Append(from).Append(" -.->|\"").Append(Label(string.Join(", ", c.Permissions))).Append("\"| ").Append(to).Append('\n');
            }
        }
        sb.Append(edges);
        return sb.ToString();
    }

    /// <summary>Text inside a quoted Mermaid label: quotes and the characters Mermaid reads as markup as entity codes.</summary>
    public static string Label(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '#' => "#35;",
                '|' => "#124;",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
