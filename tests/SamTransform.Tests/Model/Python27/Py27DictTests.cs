using Newtonsoft.Json.Linq;
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

/// <summary>Deletions and deep copies: expected orders from CPython 2.7.18 (<c>del d[k]</c>, <c>copy.deepcopy</c>) or the reference.</summary>
public class Py27DictHistoryTests
{
    private static IEnumerable<string> Names(JObject obj) => Py27Dict.Order(obj).Select(p => p.Name);

    [Fact]
    public void A_deleted_key_leaves_a_dummy_that_changes_the_order()
    {
        // d = {}; for k in ['swagger','info','paths','securityDefinitions','definitions']: d[k] = 1
        // del d['swagger']; d['openapi'] = 1; d['components'] = 1; del d['securityDefinitions']; del d['definitions']
        var doc = new JObject { ["swagger"] = 1, ["info"] = 1, ["paths"] = 1, ["securityDefinitions"] = 1, ["definitions"] = 1 };
        Assert.True(Py27Dict.Remove(doc, "swagger"));
        doc["openapi"] = 1;
        doc["components"] = 1;
        Py27Dict.Remove(doc, "securityDefinitions");
        Py27Dict.Remove(doc, "definitions");
        Assert.Equal(["info", "paths", "openapi", "components"], Names(doc));
        // the same keys inserted without the deletions iterate differently
        Assert.Equal(["info", "paths", "components", "openapi"], Names(new JObject { ["info"] = 1, ["paths"] = 1, ["openapi"] = 1, ["components"] = 1 }));
        Assert.Equal(["info", "paths", "openapi", "components"], Names((JObject)doc.DeepClone())); // the record is copied
        Assert.False(Py27Dict.Remove(doc, "swagger"));
    }

    [Fact]
    public void Each_deep_copy_swaps_two_colliding_keys()
    {
        // d = {'/p0': {}, '/p8': {}} iterates ['/p8', '/p0']; copy.deepcopy(d) ['/p0', '/p8']; a copy of that ['/p8', '/p0']
        var doc = new JObject { ["paths"] = new JObject { ["/p0"] = new JObject(), ["/p8"] = new JObject() } };
        var paths = (JObject)doc["paths"]!;
        Assert.Equal(["/p8", "/p0"], Names(paths));
        Py27Dict.Copy(doc);
        Assert.Equal(["/p0", "/p8"], Names(paths));
        Py27Dict.Copy(doc);
        Assert.Equal(["/p8", "/p0"], Names(paths));
        for (var i = 0; i < 1001; i++) Py27Dict.Copy(doc);
        Assert.Equal(["/p0", "/p8"], Names(paths));
        Assert.Equal(["/p0", "/p8"], paths.Properties().Select(p => p.Name)); // the JObject itself keeps its order
    }

    [Fact]
    public void Changes_made_between_copies_are_replayed_between_them()
    {
        // d = {}; d['/p0'] = 1; d = deepcopy(d); d['/p8'] = 1; d = deepcopy(d)  -> ['/p0', '/p8'];
        // with the second key added after the second copy -> ['/p8', '/p0']
        var doc = new JObject { ["paths"] = new JObject() };
        var paths = (JObject)doc["paths"]!;
        paths["/p0"] = 1;
        Py27Dict.Copy(doc);
        paths.Add(new JProperty("/p8", 1));
        Py27Dict.Copy(doc);
        Assert.Equal(["/p0", "/p8"], Names(paths));

        var late = new JObject { ["paths"] = new JObject { ["/p0"] = 1 } };
        Py27Dict.Copy(late);
        Py27Dict.Copy(late);
        ((JObject)late["paths"]!)["/p8"] = 1;
        Assert.Equal(["/p8", "/p0"], Names((JObject)late["paths"]!));
    }

    [Fact]
    public void Dicts_added_to_a_followed_document_are_followed()
    {
        // a dict created after the first copy, inside a list: d = {'l': [{}]}; x = d['l'][0]; x['/p0'] = 1; x['/p8'] = 1;
        // d = deepcopy(d) -> d['l'][0] iterates ['/p0', '/p8']
        var doc = new JObject { ["l"] = new JArray() };
        Py27Dict.Follow(doc);
        var item = new JObject { ["/p0"] = 1, ["/p8"] = 1 };
        ((JArray)doc["l"]!).Add(item);
        Py27Dict.Copy(doc);
        Assert.Equal(["/p0", "/p8"], Names(item));
        // removed with Newtonsoft's own method once followed: a deletion all the same
        var d2 = new JObject { ["swagger"] = 1, ["info"] = 1, ["paths"] = 1, ["securityDefinitions"] = 1, ["definitions"] = 1 };
        Py27Dict.Follow(d2);
        d2.Remove("swagger");
        d2["openapi"] = 1;
        d2["components"] = 1;
        d2.Property("securityDefinitions")!.Remove();
        d2.Remove("definitions");
        Assert.Equal(["info", "paths", "openapi", "components"], Names(d2));
    }

    /// <summary>
    /// The reference's implicit API for a function with 11 <c>Api</c> events E0..E10 (GET on the paths below, in
    /// that order): the events are taken in the 2.7 order of their ids, each adds its path in an editing session
    /// (a copy of the document on entry and on exit), then each event's integration is added in another session,
    /// and the document is copied twice more.
    /// </summary>
    [Fact]
    public void The_implicit_api_paths_follow_the_editing_sessions()
    {
        string[] paths = ["/p44", "/p86", "/p79", "/p11", "/p9", "/p51", "/p82", "/p22", "/p42", "/p83", "/p47"];
        var eventIds = Py27Dict.IterationOrder([.. paths.Select((_, i) => $"E{i}")]);
        var doc = new JObject { ["paths"] = new JObject() };
        foreach (var id in eventIds)
        {
            Py27Dict.Copy(doc);
            ((JObject)doc["paths"]!).Add(Py27Strings.MarkUnicodeName(new JProperty(paths[int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)], new JObject())));
            Py27Dict.Copy(doc);
        }
        for (var i = 0; i < 2 * eventIds.Count + 2; i++) Py27Dict.Copy(doc);
        Assert.Equal(["/p11", "/p9", "/p51", "/p42", "/p83", "/p44", "/p22", "/p47", "/p82", "/p79", "/p86"], Names((JObject)doc["paths"]!));
    }

    /// <summary>
    /// Large dicts: their copies cycle with long periods (hundreds of copies), which the replay jumps over, and a
    /// path added per editing session (two copies each) is replayed copy by copy. Expected from CPython 2.7.18:
    /// <c>d = {}; for k in keys: d[k] = 1</c> then 300 deep copies; and for 400 keys
    /// <c>d = deepcopy(d); d[k] = 1; d = deepcopy(d)</c> per key, then 802 deep copies.
    /// </summary>
    [Fact]
    public void Long_runs_of_copies_of_large_dicts_are_those_of_python_2_7()
    {
        var keys = Enumerable.Range(0, 1000).Select(i => $"/items{i}/{{id}}").ToList();
        var doc = new JObject { ["paths"] = new JObject(keys.Select(k => Py27Strings.MarkUnicodeName(new JProperty(k, 1)))) };
        for (var i = 0; i < 300; i++) Py27Dict.Copy(doc);
        Assert.Equal(["/items402/{id}", "/items850/{id}", "/items291/{id}", "/items451/{id}", "/items146/{id}", "/items14/{id}", "/items610/{id}", "/items483/{id}"],
            Names((JObject)doc["paths"]!).Take(8));

        var sessions = new JObject { ["paths"] = new JObject() };
        foreach (var key in keys.Take(400))
        {
            Py27Dict.Copy(sessions);
            ((JObject)sessions["paths"]!).Add(Py27Strings.MarkUnicodeName(new JProperty(key, 1)));
            Py27Dict.Copy(sessions);
        }
        for (var i = 0; i < 802; i++) Py27Dict.Copy(sessions);
        Assert.Equal(["/items291/{id}", "/items146/{id}", "/items14/{id}", "/items200/{id}", "/items141/{id}", "/items279/{id}", "/items358/{id}", "/items173/{id}"],
            Names((JObject)sessions["paths"]!).Take(8));
    }
}
