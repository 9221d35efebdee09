using Newtonsoft.Json.Linq;
using NJsonSchema;
using SamTransform.Specification;
using SamTransform.Validation.Schemas;
using Xunit;

namespace SamTransform.Tests.Validation;

/// <summary>
/// <see cref="SchemaLoader"/> (the reader the Native AOT tool can run) must build the same schema model as
/// NJsonSchema's own reflection-based reader: both are serialized back with NJsonSchema's writer and compared.
/// Among the official schemas, a few differ in that text and not in what is validated: NJsonSchema's reader turns
/// schema-like extension data (<c>prefixItems</c>, <c>if</c>) into schemas and a definition that is only a
/// <c>$ref</c> into its target, where the loader keeps the JSON and the reference (followed the same way by
/// <c>ActualSchema</c>); those are left out here.
/// </summary>
public class SchemaLoaderTests
{
    public static TheoryData<string> BundledSchemas()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "schemas", "cfn"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(BundledSchemas))]
    public Task A_bundled_schema_loads_as_NJsonSchema_reads_it(string file) =>
        AssertSameAsNJsonSchema(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "cfn", file)));

    [Fact]
    public Task The_SAM_input_schema_loads_as_NJsonSchema_reads_it() =>
        AssertSameAsNJsonSchema(SamInputSchema.Document.ToString());

    [OfficialSchemasTheory]
    [InlineData("aws-lambda-function.json")]
    [InlineData("aws-ec2-launchtemplate.json")]
    [InlineData("aws-elasticloadbalancingv2-listenerrule.json")]
    [InlineData("aws-cloudfront-distribution.json")]
    public Task An_official_schema_loads_as_NJsonSchema_reads_it(string file) =>
        AssertSameAsNJsonSchema(File.ReadAllText(Path.Combine(ValidationTestSupport.OfficialSchemas, file)));

    [Fact]
    public Task Every_keyword_the_validator_reads_is_loaded() =>
        AssertSameAsNJsonSchema("""
            {
              "type": ["string", "null"], "title": "T", "description": "D", "default": "x", "format": "uri",
              "minLength": 1, "maxLength": 5, "pattern": "^a", "enum": ["a", 1, 2.5, true, null, {"k": "v"}],
              "definitions": {
                "N": { "type": "number", "minimum": 0, "maximum": 10.5, "exclusiveMinimum": true, "exclusiveMaximum": 11, "multipleOf": 0.5 },
                "A": { "type": "array", "items": [{ "$ref": "#/definitions/N" }, { "type": "string" }], "additionalItems": false, "minItems": 1, "maxItems": 3, "uniqueItems": true },
                "O": { "type": "object", "required": ["a"], "minProperties": 1, "maxProperties": 4, "additionalProperties": { "$ref": "#/definitions/N" },
                       "properties": { "a": { "$ref": "#/definitions/A" }, "b": { "not": { "type": "null" } } },
                       "patternProperties": { "^x-": { "type": "string" } } },
                "C": { "allOf": [{ "$ref": "#/definitions/O" }], "anyOf": [{ "type": "object" }], "oneOf": [{ "$ref": "#/properties/p" }] }
              },
              "properties": { "p": { "type": "integer" } },
              "const": 3, "dependencies": { "a": ["b"] }
            }
            """);

    [Fact]
    public void A_reference_outside_the_document_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => SchemaLoader.Load(JObject.Parse("""{ "properties": { "a": { "$ref": "https://example.invalid/s.json" } } }""")));

    [Fact]
    public async Task A_loaded_schema_validates_as_the_reflection_loaded_one()
    {
        const string text = """{ "type": "object", "additionalProperties": false, "properties": { "n": { "$ref": "#/definitions/N" } }, "definitions": { "N": { "type": "integer", "maximum": 3 } } }""";
        var ours = SchemaLoader.Load(JObject.Parse(text));
        var theirs = await JsonSchema.FromJsonAsync(text);
        var value = JToken.Parse("""{ "n": 4, "m": 1 }""");
        Assert.Equal(theirs.Validate(value).Select(e => e.ToString()), ours.Validate(value).Select(e => e.ToString()));
        Assert.Equal(2, ours.Validate(value).Count);
    }

    /// <summary>
    /// NJsonSchema's reader and writer run Newtonsoft's reflection serializer (and can fetch over HTTP): the Native
    /// AOT tool cannot run them, and NJsonSchema's warnings are summarised in the AOT build (SamTransform.Cli.csproj),
    /// so this test is what keeps them out of the tool's code.
    /// </summary>
    [Fact]
    public void The_tool_never_reads_or_writes_schemas_through_NJsonSchemas_serializer()
    {
        var forbidden = new[] { "FromJsonAsync", "FromFileAsync", "FromUrlAsync", "FromType", ".ToJson(", "JsonSchemaSerialization" };
        var uses = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && forbidden.Any(f => x.line.Contains(f, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(uses);
    }

    private static async Task AssertSameAsNJsonSchema(string text)
    {
        var expected = (await JsonSchema.FromJsonAsync(text)).ToJson();
        var actual = SchemaLoader.Load(JObject.Parse(text)).ToJson();
        Assert.Equal(expected, actual);
    }
}
