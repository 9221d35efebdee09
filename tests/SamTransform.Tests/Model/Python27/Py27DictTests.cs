using SamTransform.Model.Python27;
using Xunit;

namespace SamTransform.Tests.Model.Python27;

/// <summary>Expected values from CPython 2.7.18 (64-bit, UCS-4): <c>hash()</c> and <c>list(d)</c> of a dict filled in order.</summary>
public class Py27DictTests
{
    [Theory]
    [InlineData("", 0L)]
    [InlineData("a", 12416037344L)]
    [InlineData("swagger", 3580634783886297403L)]
    [InlineData("\u00e9", 29824089448L)]
    [InlineData("\U0001F600", 16449585346049L)]
    [InlineData("/caf\u00e9", -7432742479978888295L)]
    public void Unicode_hashes_are_those_of_python_2_7(string text, long expected) => Assert.Equal(expected, Py27Dict.Hash(text));

    [Fact]
    public void A_native_string_hashes_its_utf8_bytes()
    {
        Assert.Equal(258157535139521549L, Py27Dict.Hash("/caf\u00e9", unicode: false));
        Assert.Equal(Py27Dict.Hash("swagger"), Py27Dict.Hash("swagger", unicode: false));
    }

    [Fact]
    public void Integers_hash_to_themselves_except_minus_one() => Assert.Equal([0L, 5L, -2L, -2L], [Py27Dict.Hash(0), Py27Dict.Hash(5), Py27Dict.Hash(-1), Py27Dict.Hash(-2)]);

    [Theory]
    [InlineData("A B C", "A C B")]
    [InlineData("Zeta Alpha Mid Beta Gamma", "Alpha Zeta Beta Mid Gamma")]
    [InlineData("MyApi Zeta Alpha Mid Beta Gamma", "Mid MyApi Beta Alpha Zeta Gamma")]
    [InlineData("k23 k54 k36 k60 j62 j6 j1", "k36 k23 j6 k54 j1 k60 j62")]
    [InlineData("j62 j6 j1 k23 k54 k36 k60", "k36 j62 j6 k54 j1 k60 k23")]
    public void Iteration_follows_the_hash_table(string inserted, string expected)
    {
        Assert.Equal(expected.Split(' '), Py27Dict.IterationOrder(inserted.Split(' ')));
    }

    [Fact]
    public void Large_dicts_resize_as_python_2_7_does()
    {
        // d = {}; for i in range(100): d['Topic%d' % i] = 1; list(d)[:8]  (the table resized to 32, 128 and 512 slots)
        var keys = Enumerable.Range(0, 100).Select(i => $"Topic{i}").ToList();
        Assert.Equal(["Topic68", "Topic69", "Topic64", "Topic65", "Topic66", "Topic67", "Topic60", "Topic61"], Py27Dict.IterationOrder(keys).Take(8));
    }
}
