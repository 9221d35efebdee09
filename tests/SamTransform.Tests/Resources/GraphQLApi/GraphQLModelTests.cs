using Newtonsoft.Json.Linq;
using SamTransform.Resources.GraphQLApi;
using Xunit;
using SamTransform.Specification;
using static SamTransform.Specification.Shape;

namespace SamTransform.Tests.Resources.GraphQLApi;

/// <summary>The typed model: first problem in field order, unknown fields last, lenient text and booleans.</summary>
public class GraphQLModelTests
{
    private static readonly Field[] Fields =
    [
        new("Flag", Shape.Boolean),
        new("Inner", Typed(new Field("Need", Any, Required: true), new Field("Kind", Choice("A", "B")))),
        new("Items", ListOf(Text)),
    ];

    private static string? FirstPath(string json) => GraphQLModel.FirstError(JObject.Parse(json), Fields)?.Path;

    [Theory]
    [InlineData("""{"Flag": "yes", "Items": [1, true, "x"], "Other": {}}""", null)]
    [InlineData("""{"Flag": 2}""", "Flag")]
    [InlineData("""{"Inner": {"Kind": "C", "Zz": 1}}""", "Inner.Need")]
    [InlineData("""{"Inner": {"Need": null}}""", "Inner.Need")]
    [InlineData("""{"Inner": {"Need": 1, "Zz": 1, "Kind": "C"}}""", "Inner.Kind")]
    [InlineData("""{"Inner": {"Need": 1, "Zz": 1}}""", "Inner.Zz")]
    [InlineData("""{"Items": ["a", {"Ref": "X"}]}""", "Items.1")]
    [InlineData("""{"Items": "a", "Flag": "maybe"}""", "Flag")]
    public void The_first_problem_is_reported_by_its_path(string json, string? path) => Assert.Equal(path, FirstPath(json));

    [Theory]
    [InlineData("5", "5")]
    [InlineData("true", "True")]
    [InlineData("1.5", "1.5")]
    [InlineData("\"x\"", "x")]
    public void Numbers_and_booleans_read_as_python_text(string json, string text) => Assert.Equal(text, (string)GraphQLModel.AsText(JToken.Parse(json))!);
}
