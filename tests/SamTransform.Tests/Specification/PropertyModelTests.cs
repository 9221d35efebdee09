using Newtonsoft.Json.Linq;
using SamTransform.Specification;
using Xunit;

namespace SamTransform.Tests.Specification;

public class PropertyModelTests
{
    private static readonly ModelField[] Fields =
    [
        new("Flag", ModelValueKind.Boolean),
        new("Inner", ModelValueKind.Model, Required: true, Fields: [new("Count", ModelValueKind.IntegerOrIntrinsic, Required: true)]),
        new("Names", ModelValueKind.StringListOrIntrinsic),
    ];

    [Theory]
    [InlineData("""{"Flag": "yes", "Inner": {"Count": "12"}, "Names": ["a", 1, {"Ref": "X"}]}""")]
    [InlineData("""{"Flag": 0, "Inner": {"Count": {"Fn::If": ["C", 1, 2]}}, "Names": {"Ref": "List"}}""")]
    [InlineData("""{"Inner": {"Count": 2.5}, "Flag": null}""")]
    public void Values_the_reference_converts_are_accepted(string json)
    {
        Assert.Empty(PropertyModel.Validate(JObject.Parse(json), Fields));
    }

    [Fact]
    public void Every_problem_is_listed_in_field_order_with_unknown_fields_last()
    {
        var errors = PropertyModel.Validate(JObject.Parse("""{"Other": 1, "Names": ["a", ["b"]], "Inner": {"Extra": true}, "Flag": "maybe"}"""), Fields);
        Assert.Equal(
        [
            "Property 'Flag' value must be boolean.",
            "Property 'Inner.Count' is required.",
            "Property 'Inner.Extra' is an invalid property.",
            "Property 'Names' value is not a valid dict.",
            "Property 'Names.1' value is not a valid dict.",
            "Property 'Other' is an invalid property.",
        ], errors);
    }

    [Fact]
    public void A_nested_model_must_be_a_map()
    {
        Assert.Equal(["Property 'Inner' value must be dictionary."], PropertyModel.Validate(JObject.Parse("""{"Inner": [1]}"""), Fields));
    }

    [Fact]
    public void Values_are_converted_as_the_model_converts_them()
    {
        // As AWS's translator writes a capacity provider's VpcConfig.SubnetIds [5] and [] and ScalingConfig.MaxVCpuCount true.
        var (errors, values) = PropertyModel.Convert(JObject.Parse("""{"Flag": "yes", "Inner": {"Count": true}, "Names": [5, true]}"""), Fields);
        Assert.Empty(errors);
        Assert.Equal(JToken.Parse("""{"Flag": true, "Inner": {"Count": 1}, "Names": ["5", "True"]}"""), values);
        Assert.Equal(JToken.Parse("""{"Inner": {"Count": 2}, "Names": {}}"""), PropertyModel.Convert(JObject.Parse("""{"Inner": {"Count": "2"}, "Names": []}"""), Fields).Values);
    }

    [Fact]
    public void A_required_field_may_not_be_null_and_a_null_item_is_reported_at_its_index()
    {
        Assert.Equal(["Property 'Inner.Count' none is not an allowed value.", "Property 'Names' value is not a valid dict.", "Property 'Names.0' none is not an allowed value."],
            PropertyModel.Validate(JObject.Parse("""{"Inner": {"Count": null}, "Names": [null]}"""), Fields));
    }
}
