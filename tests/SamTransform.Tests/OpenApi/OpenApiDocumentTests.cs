using Newtonsoft.Json.Linq;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using Xunit;

namespace SamTransform.Tests.OpenApi;

public class OpenApiDocumentTests
{
    private static readonly JObject Uri = new() { ["Fn::Sub"] = "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations" };

    [Theory]
    [InlineData("""{"openapi": "3.0.1", "paths": {}}""", true)]
    [InlineData("""{"openapi": "3.0", "paths": {}}""", true)]
    [InlineData("""{"openapi": "3", "paths": {}}""", false)]
    [InlineData("""{"openapi": "2.0", "paths": {}}""", false)]
    [InlineData("""{"swagger": "2.0", "paths": {}}""", false)]
    [InlineData("""{"openapi": "3.0.1", "paths": []}""", false)]
    [InlineData("""{"openapi": 3.0, "paths": {}}""", true)]
    [InlineData("""{"openapi": 3, "paths": {}}""", false)]
    public void Only_openapi_3_documents_with_paths_are_editable(string json, bool valid)
    {
        Assert.Equal(valid, HttpApiDefinition.IsValid(JObject.Parse(json)));
    }

    [Fact]
    public void A_lambda_integration_is_added_in_place_with_the_default_route_marked()
    {
        var root = HttpApiDefinition.Skeleton();
        var paths = (JObject)root["paths"]!;
        var document = HttpApiDefinition.Open(root);
        document.AddHttpApiLambdaIntegration("$default", "ANY", Uri, condition: null);
        document.AddHttpApiLambdaIntegration("/orders", "GET", Uri, condition: null);

        Assert.Same(paths, root["paths"]);
        var any = (JObject)paths["$default"]!["x-amazon-apigateway-any-method"]!;
        Assert.True((bool)any["isDefaultRoute"]!);
        Assert.Equal("aws_proxy", (string)any["x-amazon-apigateway-integration"]!["type"]!);
        Assert.Equal("2.0", (string)any["x-amazon-apigateway-integration"]!["payloadFormatVersion"]!);
        Assert.Equal(new JObject(), any["responses"]);
        Assert.Null(paths["/orders"]!["get"]!["isDefaultRoute"]);
        Assert.True(document.HasIntegration("/orders", "get"));
        Assert.False(document.HasIntegration("/orders", "post"));
    }

    [Fact]
    public void An_existing_integration_is_kept()
    {
        var root = JObject.Parse("""
            {"openapi": "3.0.1", "paths": {"/a": {"post": {"x-amazon-apigateway-integration": {"uri": "https://example.org"}}}}}
            """);
        HttpApiDefinition.Open(root).AddHttpApiLambdaIntegration("/a", "post", Uri, condition: null);
        Assert.Equal("https://example.org", (string)root["paths"]!["/a"]!["post"]!["x-amazon-apigateway-integration"]!["uri"]!);
    }

    [Fact]
    public void A_conditional_function_wraps_the_method_and_the_uri()
    {
        var root = HttpApiDefinition.Skeleton();
        HttpApiDefinition.Open(root).AddHttpApiLambdaIntegration("/a", "get", Uri, condition: "IsProd");
        var method = root["paths"]!["/a"]!["get"]!;
        Assert.Equal("IsProd", (string)method["Fn::If"]![0]!);
        Assert.Equal("AWS::NoValue", (string)method["Fn::If"]![2]!["Ref"]!);
        var uri = method["Fn::If"]![1]!["x-amazon-apigateway-integration"]!["uri"]!;
        Assert.Equal(JArray.Parse("""["IsProd", {"Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}, {"Ref": "AWS::NoValue"}]"""), uri["Fn::If"]);
    }

    [Fact]
    public void Path_parameters_become_required_and_merge_with_declared_ones()
    {
        var root = JObject.Parse("""
            {"openapi": "3.0.1", "paths": {"/a/{x}/{y}": {"get": {"x-amazon-apigateway-integration": {"uri": "u"}, "parameters": [{"name": "x", "in": "query"}]}}}}
            """);
        HttpApiDefinition.Open(root).AddPathParameters("/a/{x}/{y}", "GET", ["x", "y"]);
        Assert.Equal(JArray.Parse("""[{"name": "x", "in": "path", "required": true}, {"name": "y", "in": "path", "required": true}]"""),
            root["paths"]!["/a/{x}/{y}"]!["get"]!["parameters"]);
    }

    [Fact]
    public void The_default_authorizer_only_goes_where_there_is_an_integration_and_no_security()
    {
        var root = JObject.Parse("""
            {"openapi": "3.0.1", "paths": {
              "/open": {"get": {"x-amazon-apigateway-integration": {"uri": "u"}, "security": [{"Other": []}]}},
              "/plain": {"get": {"x-amazon-apigateway-integration": {"uri": "u"}}, "options": {"x-amazon-apigateway-integration": {"uri": "u"}}},
              "/stub": {"get": {"responses": {}}}}}
            """);
        var document = HttpApiDefinition.Open(root);
        foreach (var path in document.PathNames.ToList()) document.SetPathDefaultAuthorizer(path, "Jwt", new JArray("read"));
        Assert.Equal(JArray.Parse("""[{"Other": []}]"""), root["paths"]!["/open"]!["get"]!["security"]);
        Assert.Equal(JArray.Parse("""[{"Jwt": ["read"]}]"""), root["paths"]!["/plain"]!["get"]!["security"]);
        Assert.Null(root["paths"]!["/plain"]!["options"]!["security"]);
        Assert.Null(root["paths"]!["/stub"]!["get"]!["security"]);
    }

    [Fact]
    public void A_method_that_does_not_normalise_to_its_key_is_a_document_error()
    {
        var root = JObject.Parse("""{"openapi": "3.0.1", "paths": {"/x": {"any": {}}}}""");
        var error = Assert.Throws<SamDocumentException>(() => HttpApiDefinition.Open(root).SetPathDefaultAuthorizer("/x", "A", []));
        Assert.Equal("Structure of the SAM template is invalid. Could not find x-amazon-apigateway-any-method in /x within DefinitionBody.", error.Message);
    }

    [Fact]
    public void The_function_behind_an_integration_is_read_from_its_uri()
    {
        var root = HttpApiDefinition.Skeleton();
        var document = HttpApiDefinition.Open(root);
        document.AddHttpApiLambdaIntegration("$default", "x-amazon-apigateway-any-method", Uri, condition: "C");
        document.AddHttpApiLambdaIntegration("/alias", "get", new JObject { ["Fn::Sub"] = "arn:...:functions/${FnAliaslive}/invocations" }, condition: null);
        Assert.True(document.IntegrationCallsOnly("$default", "any", "Fn"));
        Assert.False(document.IntegrationCallsOnly("$default", "any", "Other"));
        Assert.False(document.IntegrationCallsOnly("/alias", "get", "Fn"));
        Assert.False(document.IntegrationCallsOnly("/missing", "get", "Fn"));
    }

    [Fact]
    public void Tags_update_existing_entries_and_must_be_a_list()
    {
        var root = JObject.Parse("""{"openapi": "3.0.1", "paths": {}, "tags": [{"name": "Team", "description": "d"}]}""");
        HttpApiDefinition.Open(root).AddTags([KeyValuePair.Create("Team", (JToken?)"core"), KeyValuePair.Create("Env", (JToken?)"prod")]);
        Assert.Equal(JArray.Parse("""
            [{"name": "Team", "description": "d", "x-amazon-apigateway-tag-value": "core"}, {"name": "Env", "x-amazon-apigateway-tag-value": "prod"}]
            """), root["tags"]);

        var bad = JObject.Parse("""{"openapi": "3.0.1", "paths": {}, "tags": {"name": "t"}}""");
        var error = Assert.Throws<SamDocumentException>(() => HttpApiDefinition.Open(bad).AddTags([KeyValuePair.Create("A", (JToken?)"b")]));
        Assert.Equal("Structure of the SAM template is invalid. Tags in OpenApi DefinitionBody needs to be a list. {'name': 't'} is a dict not a list.", error.Message);
    }

    [Fact]
    public void Making_a_path_conditional_does_not_copy_it()
    {
        var root = HttpApiDefinition.Skeleton();
        var document = HttpApiDefinition.Open(root);
        document.AddPath("/a", "get");
        var item = root["paths"]!["/a"]!;
        document.MakePathConditional("/a", "C");
        Assert.Same(item, root["paths"]!["/a"]!["Fn::If"]![1]);
        // Routes added later still land inside the condition.
        document.AddHttpApiLambdaIntegration("/a", "get", Uri, condition: null);
        Assert.NotNull(item["get"]!["x-amazon-apigateway-integration"]);
    }

    [Fact]
    public void A_conditional_path_has_an_integration_only_when_every_alternative_has_one()
    {
        var root = JObject.Parse("""
            {"openapi": "3.0.1", "paths": {"/a": {"Fn::If": ["C",
              {"get": {"x-amazon-apigateway-integration": {"uri": "u"}}},
              {"get": {"responses": {}}}]}}}
            """);
        var document = HttpApiDefinition.Open(root);
        Assert.True(document.HasPath("/a", "GET"));
        Assert.False(document.HasIntegration("/a", "get"));
        // So the function's integration is written into both alternatives.
        document.AddHttpApiLambdaIntegration("/a", "get", Uri, condition: null);
        foreach (var i in (int[])[1, 2])
            Assert.Equal(Uri, root["paths"]!["/a"]!["Fn::If"]![i]!["get"]!["x-amazon-apigateway-integration"]!["uri"]);
    }
}

public class OpenApiDialectTests
{
    private static readonly JObject Uri = new() { ["Fn::Sub"] = "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations" };

    // Expected values: what the reference accepts as a REST API definition it can edit (Cors on a DefinitionBody).
    [Theory]
    [InlineData("""{"swagger": "2.0", "paths": {}}""", true)]
    [InlineData("""{"swagger": 1, "paths": {}}""", true)]
    [InlineData("""{"openapi": "3.0", "paths": {}}""", true)]
    [InlineData("""{"openapi": 3.0, "paths": {}}""", true)]
    [InlineData("""{"openapi": "3.1.0", "paths": {}}""", true)]
    [InlineData("""{"paths": {}}""", false)]
    [InlineData("""{"openapi": "2.0", "paths": {}}""", false)]
    [InlineData("""{"openapi": 3, "paths": {}}""", false)]
    [InlineData("""{"swagger": "", "paths": {}}""", false)]
    [InlineData("""{"swagger": null, "paths": {}}""", false)]
    [InlineData("""{"swagger": "2.0", "paths": []}""", false)]
    public void Rest_definitions_are_swagger_or_openapi_3_with_paths(string json, bool valid)
    {
        Assert.Equal(valid, RestApiDefinition.IsValid(JObject.Parse(json)));
    }

    [Fact]
    public void Each_dialect_keeps_security_schemes_in_its_own_place()
    {
        var swagger = RestApiDefinition.Skeleton();
        Assert.Equal("2.0", (string)swagger["swagger"]!);
        RestApiDefinition.TryOpen(swagger)!.AddSecuritySchemes([KeyValuePair.Create("A", new JObject { ["type"] = "apiKey" })]);
        Assert.Equal("apiKey", (string)swagger["securityDefinitions"]!["A"]!["type"]!);

        var openApi = JObject.Parse("""{"openapi": "3.0.1", "paths": {}}""");
        var document = RestApiDefinition.TryOpen(openApi)!;
        Assert.Same(OpenApiDialect.OpenApi3, document.Dialect);
        document.AddSecuritySchemes([KeyValuePair.Create("A", new JObject { ["type"] = "apiKey" })]);
        Assert.Equal("apiKey", (string)openApi["components"]!["securitySchemes"]!["A"]!["type"]!);
    }

    [Fact]
    public void A_rest_lambda_integration_has_no_payload_format_and_shares_the_navigator()
    {
        var root = RestApiDefinition.Skeleton();
        var document = RestApiDefinition.TryOpen(root)!;
        document.AddRestApiLambdaIntegration("/a", "ANY", Uri, condition: "C");
        var method = root["paths"]!["/a"]![OpenApiDocument.AnyMethod]!["Fn::If"]![1]!;
        Assert.Equal(JObject.Parse("""
            {"type": "aws_proxy", "httpMethod": "POST", "uri": {"Fn::If": ["C", {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}, {"Ref": "AWS::NoValue"}]}}
            """), method[OpenApiDocument.IntegrationKey]);
        Assert.Equal(new JObject(), method["responses"]);
        Assert.True(document.HasIntegration("/a", "any"));
    }
}
