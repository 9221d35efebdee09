using System.Collections.Specialized;
using System.ComponentModel;
using Newtonsoft.Json.Linq;

namespace SamTransform.Model.Python27;

/// <summary>
/// What happened to a dict of a document, for the dicts whose 2.7 order is not just their keys inserted in property
/// order: deletions (<see cref="Py27Dict.Remove"/>) and deep copies of the document (<see cref="Py27Dict.Copy"/>).
/// A history is a list of insertions and deletions, each at a time: the number of copies made of the document
/// before it. Rendering replays it on a <see cref="Py27Dict.Table"/>, copying the table between operations as many
/// times as the document was copied. A copy is O(keys); repeated copies fall into a cycle (often of length 2: two
/// colliding keys swap at each copy), which is detected, so a long run costs a few copies.
/// </summary>
internal sealed class Py27History
{
    private readonly JObject _owner;
    private readonly Clock? _clock; // null: not followed (deletions recorded by Remove only)
    private readonly int _fixedNow; // the time of an unfollowed history
    private readonly List<Operation> _operations = [];
    private readonly HashSet<string> _alive = new(StringComparer.Ordinal);

    private Py27History(JObject owner, Clock? clock, int fixedNow = 0)
    {
        _owner = owner;
        _clock = clock;
        _fixedNow = fixedNow;
    }

    private int Now => _clock?.Value ?? _fixedNow;

    /// <summary>
    /// The history of <paramref name="obj"/>. A <c>DeepClone</c> carries its original's annotation: it gets its own
    /// copy of the history as it is now, not followed (the clone is not part of the followed document).
    /// </summary>
    public static Py27History? Of(JObject obj)
    {
        if (obj.Annotation<Py27History>() is not { } h) return null;
        if (ReferenceEquals(h._owner, obj)) return h;
        var own = new Py27History(obj, null, h.Now);
        own._operations.AddRange(h._operations);
        own._alive.UnionWith(h._alive);
        obj.RemoveAnnotations<Py27History>();
        obj.AddAnnotation(own);
        return own;
    }

    public static bool Remove(JObject obj, string name)
    {
        if (obj.Property(name, StringComparison.Ordinal) is not { } property) return false;
        var history = Of(obj);
        if (history is null)
        {
            history = new Py27History(obj, null);
            history.Reconcile(obj);
            obj.AddAnnotation(history);
        }
        if (history._clock is null)
        {
            history.Reconcile(obj);
            history.Delete(property.Name, Py27Strings.IsUnicode(property));
            property.Remove();
        }
        else property.Remove(); // followed: the change event records it
        return true;
    }

    public static void Copy(JObject document) => Follow(document).Value++;

    /// <summary>Records a copy of <paramref name="obj"/> alone (<c>dict.copy()</c>): its own table is filled again, its values are shared.</summary>
    public static void CopyShallow(JObject obj)
    {
        var history = Of(obj);
        if (history is null)
        {
            history = new Py27History(obj, null);
            obj.AddAnnotation(history);
        }
        history.Reconcile(obj);
        history._operations.Add(new Operation("", false, Deleted: false, history.Now, Shallow: true));
    }

    /// <summary>Starts following the document's changes (once); its clock.</summary>
    public static Clock Follow(JObject document)
    {
        var clock = document.Annotation<Clock>();
        if (clock is null)
        {
            clock = new Clock();
            document.AddAnnotation(clock);
            Follow(document, clock);
        }
        return clock;
    }

    public IEnumerable<JProperty> Order(JObject obj)
    {
        Reconcile(obj);
        var properties = obj.Properties().ToDictionary(p => p.Name, StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var table = new Py27Dict.Table();
        var time = _operations.Count > 0 ? _operations[0].Time : Now;
        foreach (var op in _operations)
        {
            if (op.Time > time)
            {
                table = Replaced(table, Copies(table, op.Time - time));
                time = op.Time;
            }
            if (op.Shallow)
            {
                table = table.Copy();
                continue;
            }
            if (!ids.TryGetValue(op.Name, out var id))
            {
                ids[op.Name] = id = names.Count;
                names.Add(op.Name);
            }
            if (op.Deleted) table.Delete(id);
            else table.Insert(id, Py27Dict.Hash(op.Name, properties.TryGetValue(op.Name, out var p) ? Py27Strings.IsUnicode(p) : op.Unicode));
        }
        if (Now > time) table = Replaced(table, Copies(table, Now - time));
        var order = table.Order();
        table.Release();
        return order.Select(id => properties[names[id]]);
    }

    /// <summary>
    /// <paramref name="count"/> successive copies. A copy depends only on the iteration order of the table copied, so
    /// once an order repeats the tables cycle and the run jumps ahead. The cycles of a large dict are long (120 to 240
    /// copies for a few thousand paths), so every order seen is kept, up to a budget. The tables made and not returned
    /// go back to the pool; the caller releases <paramref name="table"/> when another one is returned.
    /// </summary>
    private static Py27Dict.Table Copies(Py27Dict.Table table, int count)
    {
        var current = table;
        if (count <= ShortRun)
        {
            for (var step = 0; step < count; step++) current = Replaced(current, current.Copy(), keep: table);
            return current;
        }
        var seen = new Dictionary<(ulong, ulong), List<(int Step, int[] Order)>>();
        long kept = 0;
        for (var step = 0; step < count; step++)
        {
            var order = current.Order();
            var print = Fingerprint(order);
            if (seen.TryGetValue(print, out var candidates)
                && candidates.FindIndex(c => c.Order.AsSpan().SequenceEqual(order)) is var at and >= 0)
            {
                // The same order as after candidates[at].Step copies: from here on the tables repeat with this period.
                var period = step - candidates[at].Step;
                for (var left = (count - step) % period; left > 0; left--) current = Replaced(current, current.Copy(), keep: table);
                return current;
            }
            if (kept < MaxKeptKeys)
            {
                if (candidates is null) seen[print] = candidates = [];
                candidates.Add((step, order));
                kept += order.Length;
            }
            current = Replaced(current, current.Copy(), keep: table);
        }
        return current;
    }

    /// <summary>Runs of copies this short are made one by one (looking for a cycle costs about as much as a copy).</summary>
    private const int ShortRun = 3;

    /// <summary>How many keys the cycle search keeps in all (the orders seen): about 64 MB.</summary>
    private const long MaxKeptKeys = 16_000_000;

    /// <summary>Two 64-bit hashes of an order, to find the orders seen before that may be equal to it.</summary>
    private static (ulong, ulong) Fingerprint(int[] order)
    {
        ulong a = 14695981039346656037UL, b = 1099511628211UL;
        unchecked
        {
            foreach (var k in order)
            {
                a = (a ^ (uint)k) * 1099511628211UL;
                b = (b + (uint)k) * 6364136223846793005UL + 1442695040888963407UL;
            }
        }
        return (a, b);
    }

    /// <summary><paramref name="next"/>; releases <paramref name="old"/> unless it is <paramref name="keep"/> or the same table.</summary>
    private static Py27Dict.Table Replaced(Py27Dict.Table old, Py27Dict.Table next, Py27Dict.Table? keep = null)
    {
        if (!ReferenceEquals(old, next) && !ReferenceEquals(old, keep)) old.Release();
        return next;
    }

    /// <summary>Brings the history up to the object: keys present but not recorded were inserted, the reverse deleted.</summary>
    private void Reconcile(JObject obj)
    {
        if (_alive.Count == obj.Count && obj.Properties().All(p => _alive.Contains(p.Name))) return;
        var present = new HashSet<string>(obj.Properties().Select(p => p.Name), StringComparer.Ordinal);
        foreach (var name in _alive.Where(n => !present.Contains(n)).ToList()) Delete(name, true);
        foreach (var p in obj.Properties())
            if (!_alive.Contains(p.Name)) Insert(p.Name, Py27Strings.IsUnicode(p));
    }

    private void Insert(string name, bool unicode)
    {
        if (_alive.Add(name)) _operations.Add(new Operation(name, unicode, Deleted: false, Now));
    }

    private void Delete(string name, bool unicode)
    {
        if (_alive.Remove(name)) _operations.Add(new Operation(name, unicode, Deleted: true, Now));
    }

    /// <summary>
    /// A followed history: what was recorded before kept with the copies between (a dict moved in from another
    /// document keeps its layout), as if it ended now; then the current keys.
    /// </summary>
    private static Py27History Start(JObject obj, Clock clock)
    {
        var history = new Py27History(obj, clock);
        if (Of(obj) is { } earlier)
        {
            var shift = clock.Value - earlier.Now;
            foreach (var op in earlier._operations)
            {
                history._operations.Add(op with { Time = op.Time + shift });
                if (op.Shallow) continue;
                if (op.Deleted) history._alive.Remove(op.Name); else history._alive.Add(op.Name);
            }
        }
        history.Reconcile(obj);
        return history;
    }

    /// <summary>Follows the changes of every dict and list in <paramref name="token"/>, from now on.</summary>
    private static void Follow(JToken token, Clock clock)
    {
        if (token is not JContainer root) return;
        foreach (var container in root.DescendantsAndSelf().OfType<JContainer>())
        {
            switch (container)
            {
                case JObject obj when Of(obj) is not { _clock: { } c } || !ReferenceEquals(c, clock):
                    var history = Start(obj, clock);
                    obj.RemoveAnnotations<Py27History>();
                    obj.AddAnnotation(history);
                    obj.PropertyChanged += history.OnPropertyChanged;
                    obj.CollectionChanged += history.OnCollectionChanged;
                    break;
                case JArray array when array.Annotation<Clock>() is null:
                    array.AddAnnotation(clock);
                    array.CollectionChanged += (_, e) =>
                    {
                        foreach (var item in e.NewItems?.OfType<JToken>() ?? []) Follow(item, clock);
                    };
                    break;
            }
        }
    }

    private void OnPropertyChanged(object? sender, PropertyChangedEventArgs e)
    {
        // Raised after obj[name] = value: a new key, or a new value for a present one.
        if (e.PropertyName is null || _owner.Property(e.PropertyName, StringComparison.Ordinal) is not { } property) return;
        Insert(property.Name, Py27Strings.IsUnicode(property));
        Follow(property.Value, _clock!);
    }

    private void OnCollectionChanged(object? sender, NotifyCollectionChangedEventArgs e)
    {
        foreach (var old in e.OldItems?.OfType<JProperty>() ?? [])
            if (_owner.Property(old.Name, StringComparison.Ordinal) is null) Delete(old.Name, Py27Strings.IsUnicode(old));
        foreach (var item in e.NewItems?.OfType<JToken>() ?? [])
        {
            if (item is JProperty added)
            {
                Insert(added.Name, Py27Strings.IsUnicode(added));
                Follow(added.Value, _clock!);
            }
            else Follow(item, _clock!); // a new value of a present key
        }
    }

    /// <summary>An insertion or deletion of a key at a time, or (<paramref name="Shallow"/>) a copy of this dict alone.</summary>
    private readonly record struct Operation(string Name, bool Unicode, bool Deleted, int Time, bool Shallow = false);

    /// <summary>The number of copies made of a followed document; shared by its dicts and lists.</summary>
    internal sealed class Clock
    {
        public int Value;
    }
}
