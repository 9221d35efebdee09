using Newtonsoft.Json.Linq;
using SamTransform.Conformance;
using Xunit;

namespace SamTransform.Tests.Conformance;

public class JsonCanonicalizerTests
{
    [Fact]
    public void Array_and_key_order_do_not_matter()
    {
        Assert.True(JsonCanonicalizer.Equal(JToken.Parse("""{"a":[1,{"x":[3,2]}],"b":2}"""), JToken.Parse("""{"b":2,"a":[{"x":[2,3]},1]}""")));
    }

    [Fact]
    public void Values_and_types_do_matter()
    {
        Assert.False(JsonCanonicalizer.Equal(JToken.Parse("""{"a":"1"}"""), JToken.Parse("""{"a":1}""")));
        Assert.False(JsonCanonicalizer.Equal(JToken.Parse("""{"a":[1,2]}"""), JToken.Parse("""{"a":[1,2,2]}""")));
    }

    [Fact]
    public void An_integer_expected_accepts_the_same_float_but_not_the_reverse()
    {
        // The one leniency, which the corpus's http_api_def_uri needs in aws-cn and aws-us-gov (see JsonCanonicalizer.Equal).
        Assert.True(JsonCanonicalizer.Equal(JToken.Parse("""{"a":100}"""), JToken.Parse("""{"a":100.0}""")));
        Assert.False(JsonCanonicalizer.Equal(JToken.Parse("""{"a":100.0}"""), JToken.Parse("""{"a":100}""")));
        Assert.False(JsonCanonicalizer.Equal(JToken.Parse("""{"a":100}"""), JToken.Parse("""{"a":100.5}""")));
    }
}
