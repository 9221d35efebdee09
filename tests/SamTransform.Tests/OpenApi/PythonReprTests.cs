using Newtonsoft.Json.Linq;
using SamTransform.OpenApi;
using Xunit;

namespace SamTransform.Tests.OpenApi;

public class PythonReprTests
{
    [Theory]
    [InlineData("""{"Ref": "MyAuth"}""", "{'Ref': 'MyAuth'}")]
    [InlineData("""["a", 1, true, null, 1.5]""", "['a', 1, True, None, 1.5]")]
    [InlineData("\"it's\"", "\"it's\"")]
    [InlineData("""{"a": {"b": []}}""", "{'a': {'b': []}}")]
    public void Values_render_as_python_repr(string json, string expected)
    {
        Assert.Equal(expected, PythonRepr.Of(JToken.Parse(json)));
    }

    [Theory]
    [InlineData("{}", "dict")]
    [InlineData("[]", "list")]
    [InlineData("\"s\"", "str")]
    [InlineData("3", "int")]
    [InlineData("false", "bool")]
    public void Type_names_are_pythons(string json, string expected)
    {
        Assert.Equal(expected, PythonRepr.TypeName(JToken.Parse(json)));
    }
}
