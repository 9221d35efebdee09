using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// Resources that depend on each other in a circle (through <c>Ref</c>, <c>Fn::GetAtt</c>, <c>Fn::Sub</c> or
/// <c>DependsOn</c>), which CloudFormation rejects; checked on the transformed template, where SAM's generated
/// resources take part. Each circle is reported once, at the reference of its first resource, naming the circle.
/// </summary>
public sealed class DependencyCycleRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var resources = context.Resources;
        var order = resources.Properties().Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var edges = new Dictionary<string, List<Reference>>(StringComparer.Ordinal);
        foreach (var r in context.References)
            if (r.From is { } from && r.Kind is ReferenceKind.Ref or ReferenceKind.GetAtt or ReferenceKind.SubVariable or ReferenceKind.DependsOn && order.ContainsKey(r.Name))
            {
                if (!edges.TryGetValue(from, out var list)) edges[from] = list = [];
                list.Add(r);
            }
        foreach (var component in StronglyConnected(order.Keys, edges))
        {
            var start = component.MinBy(id => order[id])!;
            var members = component.ToHashSet(StringComparer.Ordinal);
            var path = ShortestCycle(start, members, edges);
            if (path is null) continue;
            var names = path.Select(r => r.From!).Append(start).Select(id => context.SourceId(id) == id ? id : $"{id} (from {context.SourceId(id)})");
            context.Report(DiagnosticCatalog.DependencyCycle(string.Join(" -> ", names)), path[0].At);
        }
    }

    /// <summary>The references of the shortest path from <paramref name="start"/> back to itself inside one component.</summary>
    private static List<Reference>? ShortestCycle(string start, HashSet<string> members, Dictionary<string, List<Reference>> edges)
    {
        var via = new Dictionary<string, Reference>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            foreach (var r in edges.GetValueOrDefault(at) ?? [])
            {
                if (!members.Contains(r.Name)) continue;
                if (r.Name == start)
                {
                    var path = new List<Reference> { r };
                    for (var node = at; node != start; node = via[node].From!) path.Insert(0, via[node]);
                    return path;
                }
                if (via.ContainsKey(r.Name)) continue;
                via[r.Name] = r;
                queue.Enqueue(r.Name);
            }
        }
        return null;
    }

    /// <summary>Tarjan's components (iterative) that form a circle: two or more resources, or one that names itself.</summary>
    private static List<List<string>> StronglyConnected(IEnumerable<string> nodes, Dictionary<string, List<Reference>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        var next = 0;
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root)) continue;
            var work = new Stack<(string Node, int Edge)>();
            work.Push((root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var (node, e) = work.Pop();
                var outgoing = edges.GetValueOrDefault(node) ?? [];
                if (e < outgoing.Count)
                {
                    work.Push((node, e + 1));
                    var target = outgoing[e].Name;
                    if (!index.ContainsKey(target))
                    {
                        index[target] = low[target] = next++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push((target, 0));
                    }
                    else if (onStack.Contains(target)) low[node] = Math.Min(low[node], index[target]);
                    continue;
                }
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != index[node]) continue;
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1 || outgoing.Any(r => r.Name == node)) result.Add(component);
            }
        }
        return result;
    }
}
