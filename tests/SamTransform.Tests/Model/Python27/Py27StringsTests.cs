using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Model.Python27;

public class Py27StringsTests
{
    private static JToken Read(string yaml) => TemplateReader.Read(yaml).Template!["X"]!;

    [Fact]
    public void Template_strings_are_unicode_and_stay_so_when_deep_cloned()
    {
        var yaml = Read("X:\n  a: b\n  200: c\n  list: [d]\n");
        var json = TemplateReader.Read("""{"X": {"a": "b", "list": ["d"]}}""").Template!["X"]!;
        foreach (var value in new[] { yaml, json, yaml.DeepClone(), json.DeepClone() })
        {
            Assert.All(((JObject)value).Properties(), p => Assert.True(Py27Strings.IsUnicode(p)));
            Assert.True(Py27Strings.IsUnicode((JValue)value["a"]!));
            Assert.True(Py27Strings.IsUnicode((JValue)value["list"]![0]!));
        }
        Assert.Equal("{u'a': u'b', u'200': u'c', u'list': [u'd']}", Py27Repr.Repr(yaml.DeepClone()));
    }

    [Fact]
    public void Keys_and_items_that_short_form_tags_make_are_the_templates()
    {
        // The reference reads the template as JSON: {u'Ref': u'R'}, {u'Fn::GetAtt': [u'A', u'B.C']}
        var value = Read("X:\n  r: !Ref R\n  g: !GetAtt A.B.C\n  s: !Sub '${A}'\n");
        Assert.Equal("{u's': {u'Fn::Sub': u'${A}'}, u'r': {u'Ref': u'R'}, u'g': {u'Fn::GetAtt': [u'A', u'B.C']}}", Py27Repr.Repr(value));
    }

    [Fact]
    public void Merged_keys_come_first_and_keep_their_kind()
    {
        // PyYAML inserts the keys of a merge before the mapping's own ones (the reference's merge-keys case)
        var value = Read("B: &base\n  k23: 1\n  k54: 2\n  k36: 3\n  k60: 4\nX:\n  j62: 1\n  <<: *base\n  j6: 2\n  j1: 3\n");
        Assert.Equal(["k23", "k54", "k36", "k60", "j62", "j6", "j1"], ((JObject)value).Properties().Select(p => p.Name));
        Assert.Equal("{u'k36': 3, u'k23': 1, u'j6': 2, u'k54': 2, u'j1': 3, u'k60': 4, u'j62': 1}", Py27Repr.Repr(value));
    }

    [Fact]
    public void A_merge_list_inserts_the_last_mapping_first_and_the_first_wins()
    {
        var value = Read("A: &a {x: 1, y: 1}\nB: &b {y: 2, z: 2}\nX:\n  <<: [*a, *b]\n  w: 0\n");
        Assert.Equal("""{"y":1,"z":2,"x":1,"w":0}""", value.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Generated_strings_are_native_until_marked()
    {
        var value = new JObject { ["a"] = "b", ["c"] = new JArray("d") };
        Assert.Equal("{'a': 'b', 'c': ['d']}", Py27Repr.Repr(value));
        Py27Strings.MarkUnicode(value["c"]!);
        Assert.Equal("{'a': 'b', 'c': [u'd']}", Py27Repr.Repr(value));
        Py27Strings.MarkUnicodeName(value.Property("a")!);
        Assert.Equal("{u'a': 'b', 'c': [u'd']}", Py27Repr.Repr(value));
        Py27Strings.MarkUnicode(value);
        Assert.Equal("{u'a': u'b', u'c': [u'd']}", Py27Repr.Repr(value.DeepClone()));
    }

    [Fact]
    public void A_native_mark_overrides_the_position()
    {
        var value = Py27Strings.MarkNative(Read("X:\n  a: [b]\n"));
        Assert.Equal("{'a': ['b']}", Py27Repr.Repr(value));
    }
}
