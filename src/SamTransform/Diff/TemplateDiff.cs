using Newtonsoft.Json.Linq;
using SamTransform.Explain;
using SamTransform.Pipeline;
using SamTransform.Resources;

namespace SamTransform.Diff;

public enum ChangeKind
{
    /// <summary>CloudFormation creates a new resource and deletes the old one (a new logical id, or a create-only property changed).</summary>
    Replaced,
    Removed,
    Added,
    /// <summary>Updated in place.</summary>
    Changed,
}

/// <summary>
/// A property (or resource attribute, such as <c>DependsOn</c>) that differs: its path (<c>Environment.Variables.STAGE</c>,
/// <c>Policies[0].PolicyDocument</c>), the old and new values (null when absent), and whether changing it makes
/// CloudFormation replace the resource (a create-only property of the type's schema).
/// </summary>
public sealed record PropertyChange(string Path, JToken? Old, JToken? New, bool Replaces);

/// <summary>
/// A CloudFormation resource that differs between two transforms. For a replacement under a new logical id,
/// <see cref="OldLogicalId"/> is the one it replaces; <see cref="Reason"/> says why it is replaced ("GetOrder renamed
/// to FetchOrder", "create-only property TableName changed") and <see cref="Expected"/> whether that happens on every change (a function version, a REST API deployment: their ids
/// carry a hash of their content). <see cref="Origin"/> is the template resource it came from.
/// </summary>
public sealed record ResourceChange(
    ChangeKind Kind,
    string LogicalId,
    string Type,
    string? OldLogicalId,
    string Origin,
    string Why,
    IReadOnlyList<PropertyChange> Properties,
    string? Reason = null,
    bool Expected = false);

/// <summary>A managed policy or a statement a role gains (<see cref="Added"/>) or loses.</summary>
public sealed record IamChange(string Role, bool Added, string? ManagedPolicy, PermissionStatement? Statement)
{
    public bool HasWildcard => Statement?.HasWildcard ?? false;
}

/// <summary>
/// What changes at the CloudFormation level between two SAM templates, both transformed: resources added, removed,
/// changed in place and replaced, and the IAM permissions each role gains or loses.
/// <code>
/// var diff = TemplateDiff.Of(TransformedTemplate.FromFile("old.yaml", options), TransformedTemplate.FromFile("new.yaml", options));
/// </code>
/// Renaming a template resource replaces what it became: the removed and added resources are paired by the
/// resource they came from (its type and properties) and by type and role ("execution role"), so that the diff says
/// "FetchOrder replaces GetOrder" instead of listing two unrelated resources.
/// </summary>
public sealed record TemplateDiff(IReadOnlyList<ResourceChange> Resources, IReadOnlyList<IamChange> Iam)
{
    /// <summary>Changes outside <c>Resources</c>: <c>Outputs.ApiUrl.Value</c>, <c>Parameters.Stage.Default</c>, <c>Conditions</c>, <c>Mappings</c>...</summary>
    public IReadOnlyList<PropertyChange> Sections { get; init; } = [];

    public const string ExpectedReason = "new deployment/version on each change";

    public bool HasChanges => Resources.Count > 0 || Iam.Count > 0 || Sections.Count > 0;

    public int Count(ChangeKind kind) => Resources.Count(r => r.Kind == kind);

    public int ExpectedReplacements => Resources.Count(r => r is { Kind: ChangeKind.Replaced, Expected: true });

    /// <summary>Both templates must have transformed.</summary>
    public static TemplateDiff Of(TransformedTemplate old, TransformedTemplate @new)
    {
        if (!old.Succeeded || !@new.Succeeded) throw new ArgumentException("Both templates must transform to be compared.");
        var before = Side.Of(old);
        var after = Side.Of(@new);
        var removed = before.Resources.Properties().Select(p => p.Name).Where(id => after.Resources[id] is null).ToList();
        var added = after.Resources.Properties().Select(p => p.Name).Where(id => before.Resources[id] is null).ToList();
        var origins = RenamedOrigins(before, after).ToList();
        var pairs = Pairs(before, after, removed, added, origins);
        var renames = pairs.ToDictionary(p => p.Old, p => p.New, StringComparer.Ordinal);
        foreach (var (oldOrigin, newOrigin) in origins) renames.TryAdd(oldOrigin, newOrigin);

        var changes = new List<ResourceChange>();
        foreach (var (oldId, newId, reason, expected) in pairs)
        {
            var info = after.Info(newId);
            var properties = PropertyDiff.Of(info.Type, Renamed((JObject)before.Resources[oldId]!, renames), (JObject)after.Resources[newId]!);
            if (expected) properties.RemoveAll(p => OnlyTheHash(p, oldId, newId));
            changes.Add(new ResourceChange(ChangeKind.Replaced, newId, info.Type, oldId, info.Origin, info.Why, properties, reason, expected));
        }
        var replaced = pairs.Select(p => p.Old).ToHashSet(StringComparer.Ordinal);
        foreach (var id in removed.Where(id => !replaced.Contains(id)))
        {
            var info = before.Info(id);
            changes.Add(new ResourceChange(ChangeKind.Removed, id, info.Type, null, info.Origin, info.Why, []));
        }
        var replacing = pairs.Select(p => p.New).ToHashSet(StringComparer.Ordinal);
        foreach (var id in added.Where(id => !replacing.Contains(id)))
        {
            var info = after.Info(id);
            changes.Add(new ResourceChange(ChangeKind.Added, id, info.Type, null, info.Origin, info.Why, []));
        }
        foreach (var property in after.Resources.Properties())
        {
            if (before.Resources[property.Name] is not JObject was || property.Value is not JObject now || JToken.DeepEquals(was, now)) continue;
            var info = after.Info(property.Name);
            var oldType = CfnResource.TypeOf(was) ?? "";
            if (oldType != info.Type)
            {
                changes.Add(new ResourceChange(ChangeKind.Replaced, property.Name, info.Type, null, info.Origin, info.Why, [],
                    $"the type changed from {oldType}"));
                continue;
            }
            var properties = PropertyDiff.Of(info.Type, was, now);
            var replaces = properties.Where(p => p.Replaces).Select(p => p.Path).ToList();
            changes.Add(replaces.Count == 0
                ? new ResourceChange(ChangeKind.Changed, property.Name, info.Type, null, info.Origin, info.Why, properties)
                : new ResourceChange(ChangeKind.Replaced, property.Name, info.Type, null, info.Origin, info.Why, properties,
                    $"create-only propert{(replaces.Count == 1 ? "y" : "ies")} {string.Join(", ", replaces)} changed"));
        }
        var order = after.OriginOrder;
        var sorted = changes
            .OrderBy(c => order.TryGetValue(c.Origin, out var i) ? i : int.MaxValue)
            .ThenBy(c => c.Origin, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.LogicalId, StringComparer.Ordinal)
            .ToList();
        return new TemplateDiff(sorted, IamDiff(before, after, renames)) { Sections = PropertyDiff.OfSections(old.Result!.Output!, @new.Result!.Output!) };
    }

    /// <summary>
    /// Removed and added resources that are one resource under a new logical id: those of a renamed template resource,
    /// and within one template resource the hashed ids (a new version or deployment) and ids that changed with the
    /// same role.
    /// </summary>
    private static List<(string Old, string New, string Reason, bool Expected)> Pairs(
        Side before, Side after, List<string> removed, List<string> added, List<(string Old, string New)> renamedOrigins)
    {
        var pairs = new List<(string Old, string New, string Reason, bool Expected)>();
        var left = removed.ToHashSet(StringComparer.Ordinal);
        var right = added.ToHashSet(StringComparer.Ordinal);

        void Pair(string oldId, string newId, string reason, bool expected)
        {
            pairs.Add((oldId, newId, reason, expected));
            left.Remove(oldId);
            right.Remove(newId);
        }

        // Template resources renamed: gone from the new template, and one of the same type new in it.
        foreach (var (oldOrigin, newOrigin) in renamedOrigins)
        {
            var olds = removed.Where(id => left.Contains(id) && before.Info(id).Origin == oldOrigin).ToList();
            var news = added.Where(id => right.Contains(id) && after.Info(id).Origin == newOrigin).ToList();
            var reason = $"{oldOrigin} renamed to {newOrigin}";
            foreach (var oldId in olds)
            {
                var info = before.Info(oldId);
                var sameName = oldId.StartsWith(oldOrigin, StringComparison.Ordinal) ? newOrigin + oldId[oldOrigin.Length..] : null;
                var why = info.Why.Replace(oldOrigin, newOrigin, StringComparison.Ordinal);
                var match = news.FirstOrDefault(id => right.Contains(id) && id == sameName && after.Info(id).Type == info.Type)
                    ?? news.FirstOrDefault(id => right.Contains(id) && after.Info(id).Type == info.Type && after.Info(id).Why == why)
                    ?? (news.Count(id => right.Contains(id) && after.Info(id).Type == info.Type) == 1 && olds.Count(id => left.Contains(id) && before.Info(id).Type == info.Type) == 1
                        ? news.First(id => right.Contains(id) && after.Info(id).Type == info.Type) : null);
                if (match is not null) Pair(oldId, match, reason, info.Hashed && after.Info(match).Hashed);
            }
        }

        // Within a template resource: a hashed id is new on each change of what it hashes; other ids that changed
        // and kept their role (the why) are replacements no change was expected to make.
        foreach (var oldId in removed.Where(left.Contains).ToList())
        {
            var info = before.Info(oldId);
            var candidates = added.Where(id => right.Contains(id) && after.Info(id) is var a && a.Origin == info.Origin && a.Type == info.Type).ToList();
            var hashed = info.Hashed ? candidates.FirstOrDefault(id => after.Info(id).Hashed) : null;
            if (hashed is not null)
            {
                Pair(oldId, hashed, ExpectedReason, true);
                continue;
            }
            var same = candidates.Where(id => after.Info(id).Why == info.Why).ToList();
            if (same.Count == 1)
            {
                Pair(oldId, same[0], "the logical id changed", false);
                continue;
            }
            // A renamed event: the same role for an event of the same source ("permission for event Get (Api GET /a)").
            var role = WithoutEventName(info.Why);
            var renamedEvent = role is null ? [] : candidates.Where(id => WithoutEventName(after.Info(id).Why) == role).ToList();
            if (renamedEvent.Count == 1 && removed.Count(id => left.Contains(id) && WithoutEventName(before.Info(id).Why) == role && before.Info(id).Origin == info.Origin) == 1)
                Pair(oldId, renamedEvent[0], "event renamed: the logical id changed", false);
        }
        return pairs;
    }

    /// <summary>"permission for event * (Api GET /a)" for "permission for event Get (Api GET /a)"; null for a why that names no event.</summary>
    private static string? WithoutEventName(string why) =>
        System.Text.RegularExpressions.Regex.Match(why, @"^(.* event )\S+( \(.*)$") is { Success: true } m ? m.Groups[1].Value + "*" + m.Groups[2].Value : null;

    /// <summary>
    /// Template resources of the old template that are not in the new one, each with the new resource of the same type
    /// that most resembles it (most top-level properties equal, at least one); two without properties, the only ones of
    /// their type on each side, are a rename too.
    /// </summary>
    private static IEnumerable<(string Old, string New)> RenamedOrigins(Side before, Side after)
    {
        var gone = before.Written.Where(r => !after.Written.ContainsKey(r.Key)).ToList();
        var fresh = after.Written.Where(r => !before.Written.ContainsKey(r.Key)).ToList();
        foreach (var type in gone.Select(g => g.Value.Type).Distinct(StringComparer.Ordinal))
        {
            var olds = gone.Where(g => g.Value.Type == type).ToList();
            var news = fresh.Where(f => f.Value.Type == type).ToList();
            var scored = olds.SelectMany(o => news.Select(n => (Old: o.Key, New: n.Key, Score: Similarity(o.Value.Properties, n.Value.Properties),
                    Empty: o.Value.Properties.Count == 0 && n.Value.Properties.Count == 0)))
                .OrderByDescending(s => s.Score).ToList();
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (o, n, score, empty) in scored)
            {
                // Nothing in common is no rename, unless there is nothing to compare and one of the type on each side.
                if (taken.Contains(o) || taken.Contains(n) || (score == 0 && !(empty && olds.Count == 1 && news.Count == 1))) continue;
                taken.Add(o);
                taken.Add(n);
                yield return (o, n);
            }
        }
    }

    /// <summary>
    /// Whether a change of a hashed resource is its hash and nothing else ("RestApi deployment id: 32fd776d18…", the
    /// description SAM gives a deployment): the old value with the old id's hash is the new value with the new one's.
    /// </summary>
    private static bool OnlyTheHash(PropertyChange change, string oldId, string newId)
    {
        if (change is not { Old: JValue { Type: JTokenType.String } o, New: JValue { Type: JTokenType.String } n }) return false;
        var common = 0;
        while (common < oldId.Length && common < newId.Length && oldId[common] == newId[common]) common++;
        var (oldHash, newHash) = (oldId[common..], newId[common..]);
        if (oldHash.Length == 0 || newHash.Length == 0) return false;
        static string Without(string text, string hash) =>
            System.Text.RegularExpressions.Regex.Replace(text, System.Text.RegularExpressions.Regex.Escape(hash) + "[0-9a-f]*", "#");
        var (a, b) = ((string)o!, (string)n!);
        return a.Contains(oldHash, StringComparison.Ordinal) && b.Contains(newHash, StringComparison.Ordinal) && Without(a, oldHash) == Without(b, newHash);
    }

    private static int Similarity(JObject a, JObject b) =>
        a.Properties().Count(p => b[p.Name] is { } other && JToken.DeepEquals(p.Value, other));

    /// <summary>
    /// A resource with references to renamed resources written as references to their new ids, so that the changes a
    /// replacement shows are those of its content.
    /// </summary>
    private static JObject Renamed(JObject resource, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0 ? resource : (JObject)References.Rename(resource.DeepClone(), renames);

    private static List<IamChange> IamDiff(Side before, Side after, IReadOnlyDictionary<string, string> renames)
    {
        var oldRoles = IamPermissions.Of(before.Resources);
        var newRoles = IamPermissions.Of(after.Resources);
        var replacedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (oldId, newId) in renames) replacedBy.TryAdd(newId, oldId);
        var changes = new List<IamChange>();
        foreach (var (id, now) in newRoles)
        {
            var oldId = replacedBy.GetValueOrDefault(id) ?? id;
            var was = oldRoles.GetValueOrDefault(oldId);
            var oldPolicies = was?.ManagedPolicies.Select(p => References.RenameText(p, renames)).ToList() ?? [];
            var oldStatements = was?.Statements.Select(s => References.RenameText(s.ToString(), renames)).ToList() ?? [];
            changes.AddRange(Minus(was?.ManagedPolicies ?? [], oldPolicies, now.ManagedPolicies).Select(p => new IamChange(id, false, p, null)));
            changes.AddRange(Minus(now.ManagedPolicies, now.ManagedPolicies, oldPolicies).Select(p => new IamChange(id, true, p, null)));
            changes.AddRange(Minus(was?.Statements ?? [], oldStatements, now.Statements.Select(s => s.ToString())).Select(s => new IamChange(id, false, null, s)));
            changes.AddRange(Minus(now.Statements, now.Statements.Select(s => s.ToString()).ToList(), oldStatements).Select(s => new IamChange(id, true, null, s)));
        }
        foreach (var (id, was) in oldRoles)
        {
            if (newRoles.ContainsKey(renames.GetValueOrDefault(id) ?? id)) continue;
            changes.AddRange(was.ManagedPolicies.Select(p => new IamChange(id, false, p, null)));
            changes.AddRange(was.Statements.Select(s => new IamChange(id, false, null, s)));
        }
        return changes;
    }

    /// <summary>The items whose key is not among <paramref name="others"/>, each key of those taken once (a multiset difference).</summary>
    private static IEnumerable<T> Minus<T>(IReadOnlyList<T> items, IReadOnlyList<string> keys, IEnumerable<string> others)
    {
        var counts = others.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (counts.TryGetValue(keys[i], out var n) && n > 0) counts[keys[i]] = n - 1;
            else yield return items[i];
        }
    }

    /// <summary>One transformed template: its CloudFormation resources and, for each, where it came from and why.</summary>
    private sealed class Side
    {
        public required JObject Resources { get; init; }
        public required Dictionary<string, ResourceInfo> Infos { get; init; }

        /// <summary>The template's resources (with those SAM adds) by logical id: type and properties as the transform read them.</summary>
        public required Dictionary<string, (string Type, JObject Properties)> Written { get; init; }

        public required Dictionary<string, int> OriginOrder { get; init; }

        public ResourceInfo Info(string id) => Infos.TryGetValue(id, out var info) ? info
            : new ResourceInfo(CfnResource.TypeOf(Resources[id] as JObject ?? []) ?? "", id, "", false);

        public static Side Of(TransformedTemplate transformed)
        {
            var explanation = TemplateExplanation.Of(transformed.Template!, transformed.Result!);
            var infos = new Dictionary<string, ResourceInfo>(StringComparer.Ordinal);
            var order = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var resource in explanation.Resources)
            {
                order.TryAdd(resource.LogicalId, order.Count);
                foreach (var g in resource.Generated)
                    infos[g.LogicalId] = new ResourceInfo(g.Type, resource.LogicalId, g.Why,
                        transformed.Result!.Reasons.TryGetValue(g.LogicalId, out var reason) && reason.HashedId);
            }
            return new Side
            {
                Resources = transformed.OutputResources,
                Infos = infos,
                Written = transformed.Result!.Resources.GroupBy(r => r.LogicalId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (g.First().Type, g.First().Properties), StringComparer.Ordinal),
                OriginOrder = order,
            };
        }
    }

    private sealed record ResourceInfo(string Type, string Origin, string Why, bool Hashed);
}
