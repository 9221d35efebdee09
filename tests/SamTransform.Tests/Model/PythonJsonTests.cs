using Newtonsoft.Json.Linq;
using SamTransform.Model;
using Xunit;

namespace SamTransform.Tests.Model;

public class PythonJsonTests
{
    [Fact]
    public void Compact_output_sorts_keys_and_escapes_non_ascii()
    {
        Assert.Equal("""{"a":[1,2.5,true,null],"b":"\u00e9\ud83d\ude00"}""", PythonJson.Dumps(JObject.Parse("""{"b": "é😀", "a": [1, 2.5, true, null]}""")));
    }

    [Fact]
    public void Indented_output_puts_one_item_a_line_and_keeps_empty_containers_short()
    {
        var text = PythonJson.Dumps(JObject.Parse("""{"z": {}, "a": [{"k": 1}, []], "m": 3.0}"""), indent: 2);
        Assert.Equal("{\n  \"a\": [\n    {\n      \"k\": 1\n    },\n    []\n  ],\n  \"m\": 3.0,\n  \"z\": {}\n}", text);
    }
}
