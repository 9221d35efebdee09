using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Validation;

namespace SamTransform.Diff;

/// <summary>
/// The differences between two versions of one CloudFormation resource, as paths to the smallest values that
/// differ: maps key by key, lists of the same length item by item, other lists by the items one has and the other not
/// (<c>Statement[2]</c> added). An intrinsic function is one value; a string of JSON is compared as the document
/// it holds (<c>DefinitionString(JSON).States.Work.Retry</c>). Properties are named by their path
/// (<c>MemorySize</c>, <c>Environment.Variables.STAGE</c>), resource attributes by their name (<c>DependsOn</c>).
/// </summary>
public static partial class PropertyDiff
{
    public static List<PropertyChange> Of(string type, JObject old, JObject @new)
    {
        var changes = new List<PropertyChange>();
        var createOnly = ResourceTypes.CreateOnly(type).Select(p => p.Split('.')).ToList();
        foreach (var name in Keys(old, @new))
        {
            if (name == "Type") continue;
            if (name == "Properties")
            {
                var properties = new List<(List<string> Segments, JToken? Old, JToken? New)>();
                Compare(old["Properties"] as JObject ?? [], @new["Properties"] as JObject ?? [], [], properties);
                changes.AddRange(properties.Select(p => new PropertyChange(PathText(p.Segments), p.Old, p.New, Replaces(p.Segments, createOnly))));
                continue;
            }
            var attributes = new List<(List<string> Segments, JToken? Old, JToken? New)>();
            Compare(old[name], @new[name], [name], attributes);
            changes.AddRange(attributes.Select(p => new PropertyChange(PathText(p.Segments), p.Old, p.New, false)));
        }
        return changes;
    }

    /// <summary>The differences of two templates outside <c>Resources</c>, by path from the section (<c>Outputs.ApiUrl.Value</c>).</summary>
    public static List<PropertyChange> OfSections(JObject old, JObject @new)
    {
        var changes = new List<(List<string> Segments, JToken? Old, JToken? New)>();
        foreach (var name in Keys(old, @new).Where(n => n != "Resources")) Compare(old[name], @new[name], [name], changes);
        return [.. changes.Select(c => new PropertyChange(PathText(c.Segments), c.Old, c.New, false))];
    }

    private static IEnumerable<string> Keys(JObject a, JObject b) =>
        b.Properties().Select(p => p.Name).Concat(a.Properties().Select(p => p.Name).Where(n => b[n] is null));

    /// <summary>Adds a change per differing value below <paramref name="path"/>; a segment <c>[3]</c> is an item of a list.</summary>
    private static void Compare(JToken? a, JToken? b, List<string> path, List<(List<string>, JToken?, JToken?)> changes)
    {
        if (a is null && b is null) return;
        if (a is not null && b is not null && JToken.DeepEquals(a, b)) return;
        if (a is JObject ao && b is JObject bo && !Intrinsics.IsIntrinsic(ao) && !Intrinsics.IsIntrinsic(bo))
        {
            foreach (var key in Keys(ao, bo)) Compare(ao[key], bo[key], [.. path, key], changes);
            return;
        }
        if (JsonDocument(a) is { } ad && JsonDocument(b) is { } bd)
        {
            // A JSON document in a string (a state machine's DefinitionString, a policy written as text): by its paths.
            Compare(ad, bd, [.. path, JsonSegment], changes);
            return;
        }
        if (a is JArray aa && b is JArray ba)
        {
            if (aa.Count == ba.Count)
            {
                for (var i = 0; i < aa.Count; i++) Compare(aa[i], ba[i], [.. path, $"[{i}]"], changes);
                return;
            }
            // Items inserted or dropped: those of one list the other does not have, each at its index in its list.
            var unmatched = ba.ToList();
            for (var i = 0; i < aa.Count; i++)
            {
                var match = unmatched.FindIndex(item => JToken.DeepEquals(item, aa[i]));
                if (match >= 0) unmatched.RemoveAt(match);
                else changes.Add(([.. path, $"[{i}]"], aa[i], null));
            }
            var left = aa.ToList();
            for (var i = 0; i < ba.Count; i++)
            {
                var match = left.FindIndex(item => JToken.DeepEquals(item, ba[i]));
                if (match >= 0) left.RemoveAt(match);
                else changes.Add(([.. path, $"[{i}]"], null, ba[i]));
            }
            return;
        }
        changes.Add((path, a, b));
    }

    /// <summary>The segment of a path that enters a JSON document held in a string.</summary>
    private const string JsonSegment = "(JSON)";

    /// <summary>
    /// The object a string holds as JSON text, or an <c>Fn::Join</c> of strings only holds (SAM writes a state
    /// machine's <c>Definition</c> as the lines of its JSON); null for anything else.
    /// </summary>
    private static JObject? JsonDocument(JToken? token)
    {
        string? text = token switch
        {
            JValue { Type: JTokenType.String } s => (string)s!,
            JObject o when Intrinsics.IsIntrinsic(o, "Fn::Join") && o["Fn::Join"] is JArray { Count: 2 } join
                && join[0] is JValue { Type: JTokenType.String } separator && join[1] is JArray parts && parts.All(p => p.Type == JTokenType.String)
                => string.Join((string)separator!, parts.Select(p => (string)p!)),
            _ => null,
        };
        if (text is null || !text.TrimStart().StartsWith('{')) return null;
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether a change at the path touches a create-only property: one is a prefix of the other (an item of a list matches <c>*</c>).</summary>
    private static bool Replaces(List<string> path, List<string[]> createOnly)
    {
        foreach (var property in createOnly)
        {
            var n = Math.Min(property.Length, path.Count);
            var matches = true;
            for (var i = 0; i < n && matches; i++)
                matches = property[i] == path[i] || (property[i] == "*" && path[i].StartsWith('['));
            if (matches) return true;
        }
        return false;
    }

    /// <summary><c>Policies[0].PolicyDocument</c>; a key that is not a plain name is quoted: <c>paths["/orders"].get</c>.</summary>
    public static string PathText(IEnumerable<string> segments)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            if (segment.StartsWith('[') && segment.EndsWith(']') && segment.Length > 2 && segment[1..^1].All(char.IsAsciiDigit)) sb.Append(segment);
            else if (segment == JsonSegment) sb.Append(segment);
            else if (PlainName().IsMatch(segment)) sb.Append(sb.Length == 0 ? "" : ".").Append(segment);
            else sb.Append("[\"").Append(segment.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"]");
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_:\-]*$")]
    private static partial Regex PlainName();
}
