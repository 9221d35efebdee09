using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using SamTransform.Validation.Schemas;
using Xunit;

namespace SamTransform.Tests.Validation;

public class LenientSchemaValidatorTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync("""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["Name"],
          "properties": {
            "Name": { "type": "string", "maxLength": 5 },
            "Size": { "type": "integer", "minimum": 1, "maximum": 10 },
            "Enabled": { "type": "boolean" },
            "Code": { "type": "string" },
            "Items": { "type": "array", "items": { "type": "integer", "maximum": 3 } },
            "Choice": { "anyOf": [ { "type": "string", "enum": ["A", "B"] }, { "type": "integer" } ] }
          }
        }
        """).GetAwaiter().GetResult();

    private static List<ValidationError> Validate(string json) => LenientSchemaValidator.Validate(JToken.Parse(json), Schema);

    [Fact]
    public void Intrinsics_and_dynamic_references_stand_for_any_value()
    {
        Assert.Empty(Validate("""{"Name": {"Fn::Sub": "a-long-name-${AWS::Region}"}, "Size": {"Ref": "P"}, "Enabled": {"Fn::If": ["C", true, false]}, "Items": [{"Ref": "X"}, 2]}"""));
        Assert.Empty(Validate("""{"Name": "{{resolve:ssm:/very/long/name}}"}"""));
        Assert.Empty(Validate("""{"Name": {"Ref": "N"}, "Choice": {"Fn::GetAtt": ["R", "Arn"]}}"""));
    }

    [Fact]
    public void Scalars_are_read_the_way_CloudFormation_reads_them()
    {
        Assert.Empty(Validate("""{"Name": "n", "Size": "7", "Enabled": "true", "Code": 200, "Choice": "3"}"""));
        Assert.Empty(Validate("""{"Name": "n", "Code": false}"""));
    }

    [Fact]
    public void Limits_apply_to_numbers_written_as_strings()
    {
        var error = Assert.Single(Validate("""{"Name": "n", "Size": "70"}"""));
        Assert.Equal(ValidationErrorKind.NumberTooBig, error.Kind);
        Assert.Equal("Size", error.Token!.Path);
    }

    [Fact]
    public void Real_problems_remain()
    {
        Assert.Contains(Validate("""{"Size": 1}"""), e => e.Kind == ValidationErrorKind.PropertyRequired);
        Assert.Contains(Validate("""{"Name": "n", "Enabled": "maybe"}"""), e => e.Kind == ValidationErrorKind.BooleanExpected);
        Assert.Contains(Validate("""{"Name": "n", "Nmae": "x"}"""), e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed);
        Assert.Contains(Validate("""{"Name": "n", "Items": [1, 9]}"""), e => e.Kind == ValidationErrorKind.NumberTooBig);
    }

    [Fact]
    public void Failed_anyOf_reports_the_closest_branch()
    {
        var error = Assert.Single(Validate("""{"Name": "n", "Choice": "C"}"""));
        Assert.Equal(ValidationErrorKind.NotInEnumeration, error.Kind);
    }

    [Fact]
    public void An_item_of_the_wrong_type_is_reported_as_its_own_type_error()
    {
        // Not as the list's "item not valid": the items have one schema, so its error is the one to report.
        var error = Assert.Single(Validate("""{"Name": "n", "Items": [1, [2]]}"""));
        Assert.Equal(ValidationErrorKind.IntegerExpected, error.Kind);
        Assert.Equal("Items[1]", error.Token!.Path);
    }
}
