using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;

namespace SamTransform.Tests.Pipeline;

public class LogicalIdHasherTests
{
    [Fact]
    public void Canonical_json_sorts_keys_and_has_no_spaces()
    {
        var value = JObject.Parse("""{"b": [1, true, null], "a": {"y": "é", "x": 1.0}}""");
        Assert.Equal("""{"a":{"x":1.0,"y":"\u00e9"},"b":[1,true,null]}""", LogicalIdHasher.CanonicalJson(value));
    }

    [Fact]
    public void Hash_is_the_first_ten_hex_digits_of_sha1()
    {
        // sha1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
        Assert.Equal("a9993e3647", LogicalIdHasher.Hash("abc"));
    }

    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(1e16, "1e+16")]
    public void Floats_render_as_python_does(double value, string expected)
    {
        Assert.Equal(expected, LogicalIdHasher.PythonFloat(value));
    }
}
