using Newtonsoft.Json.Linq;
using SamTransform.Events;
using Xunit;

namespace SamTransform.Tests.Events;

public class PythonValuesTests
{
    [Theory]
    [InlineData("null", false)]
    [InlineData("0", false)]
    [InlineData("0.0", false)]
    [InlineData("\"\"", false)]
    [InlineData("[]", false)]
    [InlineData("{}", false)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("\"x\"", true)]
    [InlineData("[0]", true)]
    [InlineData("{\"a\": null}", true)]
    public void Truthiness_follows_python(string json, bool expected) =>
        Assert.Equal(expected, PythonValues.IsTruthy(JToken.Parse(json)));

    [Fact]
    public void Repr_renders_lists_maps_and_scalars_like_python()
    {
        Assert.Equal("['BASIC_AUTH', 'VIRTUAL_HOST']", PythonValues.Repr(["BASIC_AUTH", "VIRTUAL_HOST"]));
        Assert.Equal("{'Ref': 'X', 'n': [1, True, None]}", PythonValues.Repr(JToken.Parse("{\"Ref\": \"X\", \"n\": [1, true, null]}")));
        Assert.Equal("[\"it's\", 'a\\\\b']", PythonValues.Repr(JToken.Parse("[\"it's\", \"a\\\\b\"]")));
    }

    [Fact]
    public void Str_leaves_a_string_unquoted() =>
        Assert.Equal("PreSignUp", PythonValues.Str(new JValue("PreSignUp")));

    [Theory]
    [InlineData("{}", "dict")]
    [InlineData("[]", "list")]
    [InlineData("\"s\"", "str")]
    [InlineData("3", "int")]
    [InlineData("1.5", "float")]
    [InlineData("false", "bool")]
    [InlineData("null", "NoneType")]
    public void Type_names_are_pythons(string json, string expected) =>
        Assert.Equal(expected, PythonValues.TypeName(JToken.Parse(json)));
}
