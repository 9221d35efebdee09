using SamTransform.Model;
using Xunit;

namespace SamTransform.Tests.Model;

/// <summary>Expected values as CPython 3 gives them.</summary>
public class PythonStringMethodsTests
{
    [Theory]
    [InlineData("sendMessage", "Sendmessage")]
    [InlineData("CONNECT", "Connect")]
    [InlineData("123abc", "123abc")]
    [InlineData("ßa", "Ssa")]
    [InlineData("ﬁx", "Fix")]
    [InlineData("ǆx", "ǅx")]
    [InlineData("İx", "İx")]
    [InlineData("ŉa", "ʼNa")]
    [InlineData("", "")]
    public void Capitalize(string text, string expected) => Assert.Equal(expected, PythonStringMethods.Capitalize(text));

    [Theory]
    [InlineData("abc", true)]
    [InlineData("café", true)]
    [InlineData("²", true)]
    [InlineData("ⅷ", true)]
    [InlineData("𝟘", true)]
    [InlineData("a_b", false)]
    [InlineData("a b", false)]
    [InlineData("$x", false)]
    [InlineData("", false)]
    public void IsAlnum(string text, bool expected) => Assert.Equal(expected, PythonStringMethods.IsAlnum(text));
}
