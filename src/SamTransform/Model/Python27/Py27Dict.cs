using System.Buffers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SamTransform.Model.Python27;

/// <summary>
/// The iteration order of a CPython 2.7 (64-bit) <c>dict</c>, which the reference transform's hashed strings follow.
/// A 2.7 dict is an open-addressing hash table iterated in slot order, so the order depends on the keys' 2.7 hashes
/// and on the order they were inserted:
/// <list type="bullet">
/// <item>hash of a string (<c>str</c> over its bytes, <c>unicode</c> over its code points, so an ASCII text hashes the
/// same either way): <c>x = c[0] &lt;&lt; 7; x = (1000003 * x) ^ c</c> for each unit; <c>x ^= length</c>; -1 becomes -2;
/// the empty string hashes to 0 (no hash randomisation);</item>
/// <item>a key goes to slot <c>hash &amp; mask</c>, and while that slot is taken to <c>i = 5 * i + 1 + perturb</c>
/// (masked), with <c>perturb</c> starting at the unsigned hash and shifted right by 5 after each step;</item>
/// <item>the table starts with 8 slots; after an insertion that makes <c>used * 3 &gt;= slots * 2</c> it is rebuilt
/// with the smallest power of two above <c>used * 4</c> (<c>used * 2</c> above 50,000 keys), re-inserting the keys in
/// their old slot order.</item>
/// </list>
/// A deleted key leaves a dummy slot (counted in the fill, passed over by probes, reused by a later insertion), so a
/// dict SAM deletes keys from iterates differently from one built with the remaining keys (<see cref="Remove"/>), and
/// a deep copy fills a new dict in the old one's iteration order (<see cref="Copy"/>). Checked against CPython 2.7.18
/// and the reference's hashed strings.
/// </summary>
public static class Py27Dict
{
    private const int MinSize = 8;
    private const int PerturbShift = 5;

    /// <summary>The 2.7 hash of a string: of a <c>unicode</c> (code points) or of a UTF-8 <c>str</c> (bytes).</summary>
    public static long Hash(string text, bool unicode = true)
    {
        if (text.Length == 0) return 0;
        return unicode ? HashUnits(CodePoints(text)) : HashUnits(Bytes(text));
    }

    /// <summary>The 2.7 hash of an integer key (<c>int</c> hashes to itself, -1 to -2).</summary>
    public static long Hash(long value) => value == -1 ? -2 : value;

    /// <summary>Positions (into <paramref name="hashes"/>, given in insertion order) in the order the dict iterates.</summary>
    public static int[] IterationOrder(IReadOnlyList<long> hashes)
    {
        // Distinct keys and no deletions: a bare slot array is enough (no per-key bookkeeping), which matters for a
        // map reordered once per event (see OpenApi.DocumentCopies).
        var count = hashes.Count;
        var slots = new int[MinSize]; // key + 1, 0 when empty
        for (var k = 0; k < count; k++)
        {
            slots[Table.FreeSlot(slots, hashes[k])] = k + 1;
            var used = k + 1L;
            if (used * 3 < slots.Length * 2L) continue;
            var size = (long)MinSize;
            while (size <= (used > 50_000 ? 2 : 4) * used) size <<= 1;
            var old = slots;
            slots = new int[size];
            foreach (var s in old)
                if (s > 0) slots[Table.FreeSlot(slots, hashes[s - 1])] = s; // old slot order
        }
        var order = new int[count];
        var n = 0;
        foreach (var s in slots)
            if (s > 0) order[n++] = s - 1;
        return order;
    }

    /// <summary>The keys, given in insertion order, in the order a 2.7 dict of unicode keys iterates them.</summary>
    public static IReadOnlyList<string> IterationOrder(IReadOnlyList<string> keys)
    {
        var hashes = new long[keys.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = Hash(keys[i]);
        return [.. IterationOrder(hashes).Select(i => keys[i])];
    }

    /// <summary>
    /// The properties of <paramref name="obj"/> in the order the 2.7 dict iterates: its keys inserted in property
    /// order — or, for a dict with a recorded history (<see cref="Remove"/>, <see cref="Copy"/>), its insertions,
    /// deletions and the deep copies made of its document replayed in the order they happened.
    /// </summary>
    public static IEnumerable<JProperty> Order(JObject obj)
    {
        if (obj.Annotation<InsertionOrdered>() is not null) return obj.Properties();
        if (Py27History.Of(obj) is { } history) return history.Order(obj);
        var properties = obj.Properties().ToList();
        var hashes = new long[properties.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = Hash(properties[i].Name, Py27Strings.IsUnicode(properties[i]));
        return IterationOrder(hashes).Select(i => properties[i]);
    }

    /// <summary>
    /// Removes a property as the reference deletes a key (<c>del d[k]</c>, <c>d.pop(k)</c>): the dict keeps a dummy
    /// where the key was, which changes where later keys go. Recorded on the object (and copied with it), so the
    /// keys added afterwards must be added afterwards here too. False when there is no such property.
    /// </summary>
    public static bool Remove(JObject obj, string name) => Py27History.Remove(obj, name);

    /// <summary>
    /// Records that the reference deep-copies <paramref name="document"/> here (Python 2's <c>copy.deepcopy</c>):
    /// every dict in it is filled again, in its iteration order, which drops the dummies of deleted keys and can
    /// reorder colliding keys (two colliding keys swap places at each copy). Costs nothing until the document is
    /// rendered: from the first call on, the document's dicts record their changes (through Newtonsoft's change
    /// events), so what is added between copies must be added between them here too, and a dict's order is replayed
    /// when it is rendered. Tokens added to the document later are followed; a <c>DeepClone</c> of a followed dict gets
    /// a copy of its original's history when it is first rendered, and is not followed. Anything that reorders a
    /// followed dict's properties (removing and adding them) records deletions and insertions: hash before such a pass.
    /// </summary>
    public static void Copy(JObject document) => Py27History.Copy(document);

    /// <summary>
    /// Records that the reference copies <paramref name="obj"/> alone here (<c>dict.copy()</c>): its keys are inserted
    /// again in its iteration order, the dicts it holds are not copied.
    /// </summary>
    public static void CopyShallow(JObject obj) => Py27History.CopyShallow(obj);

    /// <summary>A dict of the reference that is a plain (insertion-ordered) one.</summary>
    public sealed class InsertionOrdered;

    /// <summary>Marks <paramref name="obj"/> as a plain dict: it iterates in insertion order (what a Python 3 dict does).</summary>
    public static void MarkInsertionOrdered(JObject obj)
    {
        if (obj.Annotation<InsertionOrdered>() is null) obj.AddAnnotation(new InsertionOrdered());
    }

    /// <summary>
    /// Starts recording the changes of <paramref name="document"/>'s dicts (as <see cref="Copy"/> does, without a
    /// copy), so that keys deleted with Newtonsoft's own methods count as deletions too.
    /// </summary>
    public static void Follow(JObject document) => Py27History.Follow(document);

    /// <summary>
    /// A 2.7 dict's slots. Keys are numbers the caller gives (distinct per key, dense from 0; a key's hash never
    /// changes); a deleted key leaves a dummy that still counts towards the fill (so towards the next resize), that
    /// probes pass over and that a later insertion on its probe path takes. The slot arrays come from a pool: a table
    /// the caller no longer needs goes back with <see cref="Release"/>, so replaying thousands of deep copies of a
    /// large dict (one per editing session of SAM's) does not allocate a large array per copy.
    /// </summary>
    public sealed class Table
    {
        private const int Empty = 0, Dummy = -1;
        private int[] _slots; // key + 1, Empty or Dummy; only the first _size count
        private int _size;
        private long[] _hashes; // by key; shared with this table's copies (same keys, same hashes)
        private bool[] _present; // by key
        private int _used, _fill;

        public Table()
        {
            _size = MinSize;
            _slots = Rent(MinSize);
            _hashes = new long[MinSize];
            _present = new bool[MinSize];
        }

        private Table(long[] hashes, bool[] present, int[] slots, int size, int used)
        {
            _hashes = hashes;
            _present = present;
            _slots = slots;
            _size = size;
            _used = _fill = used;
        }

        public bool Contains(int key) => key < _present.Length && _present[key];

        public void Insert(int key, long hash)
        {
            if (Contains(key)) return; // setting a present key keeps its slot
            if (key >= _present.Length)
            {
                var length = Math.Max(key + 1, _present.Length * 2);
                Array.Resize(ref _present, length);
                Array.Resize(ref _hashes, length);
            }
            _present[key] = true;
            _hashes[key] = hash;
            var slots = _slots.AsSpan(0, _size);
            var slot = FreeSlot(slots, hash);
            if (slots[slot] == Empty) _fill++;
            slots[slot] = key + 1;
            _used++;
            if (_fill * 3L >= _size * 2L) Resize((_used > 50_000 ? 2L : 4L) * _used);
        }

        public void Delete(int key)
        {
            if (!Contains(key)) return;
            _present[key] = false;
            var slots = _slots.AsSpan(0, _size);
            var mask = (ulong)_size - 1;
            var h = unchecked((ulong)_hashes[key]);
            var i = h & mask;
            for (var perturb = h; slots[(int)(i & mask)] != key + 1; perturb >>= PerturbShift) i = unchecked((i << 2) + i + perturb + 1);
            slots[(int)(i & mask)] = Dummy;
            _used--;
        }

        /// <summary>The keys in slot order.</summary>
        public int[] Order()
        {
            var order = new int[_used];
            var n = 0;
            foreach (var s in _slots.AsSpan(0, _size))
                if (s > 0) order[n++] = s - 1;
            return order;
        }

        /// <summary>True when both tables hold the same keys in the same slots (dummies included).</summary>
        public bool SameSlots(Table other) => _slots.AsSpan(0, _size).SequenceEqual(other._slots.AsSpan(0, other._size));

        /// <summary>
        /// A new dict filled with this one's keys in its iteration order (what <c>copy.deepcopy</c> makes): from 8
        /// slots, growing as the keys arrive, each growth re-inserting the keys in the smaller table's slot order.
        /// </summary>
        public Table Copy()
        {
            var size = MinSize;
            var slots = Rent(size);
            var used = 0;
            var hashes = _hashes;
            foreach (var s in _slots.AsSpan(0, _size))
            {
                if (s <= 0) continue;
                var span = slots.AsSpan(0, size);
                span[FreeSlot(span, hashes[s - 1])] = s;
                used++;
                if (used * 3L < size * 2L) continue;
                (slots, size) = Rebuilt(slots, size, Grown((used > 50_000 ? 2L : 4L) * used), hashes);
            }
            return new Table(hashes, (bool[])_present.Clone(), slots, size, used);
        }

        /// <summary>Gives the slot array back to the pool; the table must not be used afterwards.</summary>
        public void Release()
        {
            if (_slots.Length == 0) return;
            ArrayPool<int>.Shared.Return(_slots);
            _slots = [];
            _size = 0;
        }

        private void Resize(long minUsed)
        {
            (_slots, _size) = Rebuilt(_slots, _size, Grown(minUsed), _hashes);
            _fill = _used;
        }

        /// <summary>A table of <paramref name="newSize"/> slots with the keys of the old one in its slot order; the old array goes back to the pool.</summary>
        private static (int[] Slots, int Size) Rebuilt(int[] slots, int size, int newSize, long[] hashes)
        {
            var bigger = Rent(newSize);
            var target = bigger.AsSpan(0, newSize);
            foreach (var s in slots.AsSpan(0, size))
                if (s > 0) target[FreeSlot(target, hashes[s - 1])] = s;
            ArrayPool<int>.Shared.Return(slots);
            return (bigger, newSize);
        }

        private static int Grown(long minUsed)
        {
            var size = (long)MinSize;
            while (size <= minUsed) size <<= 1;
            return (int)size;
        }

        /// <summary>A cleared array of at least <paramref name="size"/> slots from the shared pool.</summary>
        private static int[] Rent(int size)
        {
            var array = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(array, 0, size);
            return array;
        }

        /// <summary>Where an absent key goes: the first dummy on its probe path, else the empty slot ending it.</summary>
        internal static int FreeSlot(Span<int> slots, long hash)
        {
            var mask = (ulong)slots.Length - 1;
            var h = unchecked((ulong)hash);
            var i = h & mask;
            var free = -1;
            for (var perturb = h; slots[(int)(i & mask)] != Empty; perturb >>= PerturbShift)
            {
                if (free < 0 && slots[(int)(i & mask)] == Dummy) free = (int)(i & mask);
                i = unchecked((i << 2) + i + perturb + 1);
            }
            return free >= 0 ? free : (int)(i & mask);
        }
    }

    private static long HashUnits(IReadOnlyList<int> units)
    {
        unchecked
        {
            long x = (long)units[0] << 7;
            foreach (var c in units) x = (1000003 * x) ^ c;
            x ^= units.Count;
            return x == -1 ? -2 : x;
        }
    }

    /// <summary>Code points (UCS-4, as a wide 2.7 build stores unicode); a lone surrogate counts as itself.</summary>
    internal static List<int> CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else points.Add(c);
        }
        return points;
    }

    internal static List<int> Bytes(string text) => [.. Encoding.UTF8.GetBytes(text).Select(b => (int)b)];
}
