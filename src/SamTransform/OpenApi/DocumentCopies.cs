using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;

namespace SamTransform.OpenApi;

/// <summary>
/// The reference deep-copies a REST API's definition each time it edits it (when it opens the document and when it
/// writes it back), and a Python 2.7 copy rebuilds every dict by inserting its keys in their iteration order — which
/// can change that order when keys collide in the hash table. The deployment hash renders the document in the order
/// that results, so the copies are replayed here, lazily: a copy only advances the document's clock, and a map's keys
/// are put in the order the copies made since it was last brought up to date just before it is edited
/// (<see cref="Touch"/>) and when the document is hashed (<see cref="Settle"/>). Copying every map on every event
/// would cost the size of the document per event.
/// <para>
/// Only documents that were <see cref="Track"/>ed have a clock; for the others (HTTP APIs) every call is a no-op.
/// </para>
/// </summary>
public static class DocumentCopies
{
    /// <summary>Starts the clock of a document (its maps as they are count as up to date).</summary>
    public static void Track(JObject root)
    {
        if (root.Annotation<Clock>() is null) root.AddAnnotation(new Clock());
    }

    public static bool IsTracked(JObject root) => root.Annotation<Clock>() is not null;

    /// <summary>Records one deep copy of the whole document.</summary>
    public static void Copy(JObject root, int times = 1)
    {
        if (root.Annotation<Clock>() is { } clock) clock.Copies += times;
    }

    /// <summary>Puts the keys of <paramref name="map"/> in the order the copies made so far give them; call before editing it.</summary>
    public static void Touch(JObject root, JObject map)
    {
        if (root.Annotation<Clock>() is not { } clock) return;
        Reorder(map, clock.Copies - (map.Annotation<Stamp>()?.Applied ?? 0));
        StampNow(map, clock);
    }

    /// <summary>Marks the maps of a value added to the document now as up to date (they were not there for earlier copies).</summary>
    public static void Adopt(JObject root, JToken? value, bool deep = true)
    {
        if (value is null || root.Annotation<Clock>() is not { } clock) return;
        if (value is JObject single) StampNow(single, clock);
        if (deep && value is JContainer container)
            foreach (var map in container.Descendants().OfType<JObject>()) StampNow(map, clock);
    }

    /// <summary>Applies every pending copy to every map of the document (before it is rendered for the hash).</summary>
    public static void Settle(JObject root)
    {
        if (root.Annotation<Clock>() is null) return;
        Touch(root, root);
        foreach (var map in root.Descendants().OfType<JObject>().ToList()) Touch(root, map);
    }

    /// <summary>Stamps are immutable: a copied token (<c>DeepClone</c> copies annotations) must not share updates.</summary>
    private static void StampNow(JObject map, Clock clock)
    {
        map.RemoveAnnotations<Stamp>();
        map.AddAnnotation(new Stamp(clock.Copies));
    }

    /// <summary>
    /// Rebuilds the map <paramref name="copies"/> times in its 2.7 iteration order. The orders repeat after a few
    /// copies (often at once), so a cycle ends the work early.
    /// </summary>
    private static void Reorder(JObject map, int copies)
    {
        if (copies <= 0 || map.Count < 2) return;
        var properties = map.Properties().ToList();
        var hashes = properties.Select(p => Py27Dict.Hash(p.Name, Py27Strings.IsUnicode(p))).ToArray();
        var order = Enumerable.Range(0, properties.Count).ToArray(); // insertion order, as indexes into properties
        var seen = new Dictionary<string, int>(StringComparer.Ordinal) { [Key(order)] = 0 };
        var states = new List<int[]> { order };
        for (var step = 1; step <= copies; step++)
        {
            var iteration = Py27Dict.IterationOrder(order.Select(i => hashes[i]).ToArray());
            order = [.. iteration.Select(i => order[i])];
            var key = Key(order);
            if (seen.TryGetValue(key, out var first))
            {
                var period = step - first;
                order = states[first + (copies - first) % period];
                break;
            }
            seen[key] = step;
            states.Add(order);
        }
        if (order.Select((index, position) => index == position).All(same => same)) return;
        map.RemoveAll();
        foreach (var i in order) map.Add(properties[i]);
    }

    private static string Key(int[] order) => string.Join(',', order);

    private sealed class Clock
    {
        public int Copies { get; set; }
    }

    private sealed record Stamp(int Applied);
}
