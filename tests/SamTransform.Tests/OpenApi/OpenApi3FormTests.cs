using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.OpenApi;

/// <summary>
/// The OpenAPI 3 form SAM gives a REST API's OpenAPI 3 definition. Expected values are the reference translator's.
/// </summary>
public class OpenApi3FormTests
{
    private const string Prefix = ErrorPrefix + "1. Structure of the SAM template is invalid. ";

    [Fact]
    public void Options_methods_lose_consumes_and_their_200_headers_get_a_schema()
    {
        var result = Transform("""
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              DefinitionBody:
                openapi: '3.0'
                info: {title: t}
                definitions: {m: {type: object}}
                paths:
                  /foo:
                    options:
                      consumes: [application/json]
                      responses: {'200': {headers: {X-A: {type: string}}}, '400': {headers: {X-B: {type: string}}}}
        """);
        Assert.True(result.Succeeded, result.ErrorMessage);
        var resources = (JObject)result.Output!["Resources"]!;
        Assert.NotNull(resources["ApiDeploymentf4d0668d32"]);
        var body = resources["Api"]!["Properties"]!["Body"]!;
        Assert.Equal(JObject.Parse("""
            {"responses": {"200": {"headers": {"X-A": {"schema": {"type": "string"}}}}, "400": {"headers": {"X-B": {"type": "string"}}}}}
            """), body["paths"]!["/foo"]!["options"]);
        Assert.Equal(JObject.Parse("""{"schemas": {"m": {"type": "object"}}}"""), body["components"]);
        Assert.Null(body["definitions"]);
    }

    [Theory]
    [InlineData("/a: x", "Value of '/a' path must be a dictionary according to Swagger spec.")]
    [InlineData("/a: {options: x}", "Value of options method for path /a must be a dictionary according to Swagger spec.")]
    [InlineData("/a: {options: {responses: x}}", "Invalid responses in options method for path /a: It should be a map.")]
    [InlineData("/a: {options: {responses: {'200': x}}}", "Invalid responses in options method for path /a: The value of '200' should be a map.")]
    [InlineData("/a: {options: {responses: {'200': {headers: x}}}}", "Value of response's headers in options method for path /a must be a dictionary according to Swagger spec.")]
    public void Wrong_parts_stop_the_transform(string path, string detail)
    {
        var result = Transform($$"""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody:
                    openapi: 3.0.1
                    paths:
                      {{path}}
            """);
        Assert.Equal(Prefix + detail, result.ErrorMessage);
    }

    [Fact]
    public void A_swagger_version_keeps_the_document_as_it_is()
    {
        var result = Transform("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {openapi: 3.0.1, swagger: '', paths: {/a: x}}
            """);
        Assert.True(result.Succeeded, result.ErrorMessage);
    }
}
