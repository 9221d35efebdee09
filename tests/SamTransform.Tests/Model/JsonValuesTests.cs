using Newtonsoft.Json.Linq;
using SamTransform.Model;
using Xunit;

namespace SamTransform.Tests.Model;

public class JsonValuesTests
{
    [Fact]
    public void Plain_values_become_the_tokens_the_reflection_serializer_made()
    {
        var value = new Dictionary<string, object?>
        {
            ["s"] = "text",
            ["i"] = 42,
            ["d"] = 1.5,
            ["b"] = true,
            ["n"] = null,
            ["list"] = new[] { "a", "b" },
            ["token"] = JObject.Parse("""{"Ref": "X"}"""),
        };
        var expected = JObject.Parse("""{"s": "text", "i": 42, "d": 1.5, "b": true, "n": null, "list": ["a", "b"], "token": {"Ref": "X"}}""");
        Assert.True(JToken.DeepEquals(expected, JsonValues.FromObject(value)), JsonValues.FromObject(value).ToString());
    }

    [Fact]
    public void A_token_is_copied_not_shared()
    {
        var token = new JArray(1, 2);
        var copy = JsonValues.FromObject(token);
        Assert.NotSame(token, copy);
        Assert.True(JToken.DeepEquals(token, copy));
    }

    [Fact]
    public void Other_values_use_their_invariant_text()
    {
        Assert.Equal("https://example.org/x", (string?)JsonValues.FromObject(new Uri("https://example.org/x")));
        Assert.Equal("00000000-0000-0000-0000-000000000000", (string?)JsonValues.FromObject(Guid.Empty));
    }
}
