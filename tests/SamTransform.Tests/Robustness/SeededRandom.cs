namespace SamTransform.Tests.Robustness;

/// <summary>
/// SplitMix64: a tiny deterministic generator. Used instead of <see cref="Random"/> so a seed names the same mutations
/// on every .NET version (Random's sequence for a seed is not guaranteed across releases).
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A value in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A stable seed from a name (FNV-1a), so each template gets its own mutations independent of run order.</summary>
    public static ulong SeedFrom(string name, ulong salt)
    {
        var hash = 14695981039346656037UL ^ salt;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
