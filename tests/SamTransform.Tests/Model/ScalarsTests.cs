using Newtonsoft.Json.Linq;
using SamTransform.Model;
using Xunit;

namespace SamTransform.Tests.Model;

public class ScalarsTests
{
    [Theory]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("10", "10")]
    [InlineData("1.5", "1.5")]
    [InlineData("null", "None")]
    [InlineData("\"text\"", "text")]
    public void Text_is_what_python_str_prints(string json, string expected) =>
        Assert.Equal(expected, Scalars.ToText((JValue)JToken.Parse(json)));

    [Theory]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("\"\"", false)]
    [InlineData("[]", false)]
    [InlineData("null", false)]
    [InlineData("\"false\"", true)]
    [InlineData("{\"Ref\": \"X\"}", true)]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("0.0", false)]
    public void Truthiness_follows_python(string json, bool expected) => Assert.Equal(expected, Scalars.IsTruthy(JToken.Parse(json)));

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("\"false\"", false)]
    public void Booleans_may_be_written_as_text(string json, bool expected) => Assert.Equal(expected, Scalars.AsBoolean(JToken.Parse(json)));

    [Fact]
    public void Other_text_is_not_a_boolean() => Assert.Null(Scalars.AsBoolean(JToken.Parse("\"yes\"")));

    [Fact]
    public void Lists_print_like_python() => Assert.Equal("['SQS', 'SNS']", Scalars.PythonList(["SQS", "SNS"]));

    [Fact]
    public void Maps_in_messages_print_like_python() =>
        Assert.Equal("{'Ref': 'Queue'}", Scalars.PythonText(JToken.Parse("{\"Ref\": \"Queue\"}")));
}
