using System.Text;

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
/// Only insertion of distinct keys is modelled (a <c>JObject</c> has no duplicates and the transform's documents never
/// lose keys before they are hashed). Checked against CPython 2.7.18 and against the reference's hashed strings.
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
        var count = hashes.Count;
        var table = new int[MinSize]; // index + 1 of the key in each slot, 0 when empty
        for (var k = 0; k < count; k++)
        {
            Insert(table, hashes, k);
            var used = k + 1;
            if (used * 3L >= table.Length * 2L)
            {
                var minUsed = (used > 50_000 ? 2L : 4L) * used;
                var size = (long)MinSize;
                while (size <= minUsed) size <<= 1;
                var resized = new int[size];
                foreach (var slot in table)
                    if (slot != 0) Insert(resized, hashes, slot - 1);
                table = resized;
            }
        }
        var order = new int[count];
        var n = 0;
        foreach (var slot in table)
            if (slot != 0) order[n++] = slot - 1;
        return order;
    }

    /// <summary>The keys, given in insertion order, in the order a 2.7 dict of unicode keys iterates them.</summary>
    public static IReadOnlyList<string> IterationOrder(IReadOnlyList<string> keys)
    {
        var hashes = new long[keys.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = Hash(keys[i]);
        return [.. IterationOrder(hashes).Select(i => keys[i])];
    }

    private static void Insert(int[] table, IReadOnlyList<long> hashes, int key)
    {
        var mask = (ulong)table.Length - 1;
        var hash = unchecked((ulong)hashes[key]);
        var i = hash & mask;
        for (var perturb = hash; table[i & mask] != 0; perturb >>= PerturbShift)
            i = unchecked((i << 2) + i + perturb + 1);
        table[i & mask] = key + 1;
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
