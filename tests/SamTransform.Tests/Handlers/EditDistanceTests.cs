using SamTransform.Handlers;
using Xunit;

namespace SamTransform.Tests.Handlers;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("Create", "Craete", 2)]
    [InlineData("Outer.Inner", "Outer+Inner", 1)]
    public void Distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Closest_prefers_the_first_of_equals_and_is_null_without_candidates()
    {
        Assert.Equal("Handle", EditDistance.Closest("Handel", ["Process", "Handle", "Handlx"]));
        Assert.Null(EditDistance.Closest("x", []));
    }
}
