using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// <c>MergeDefinitions</c> of an <c>AWS::Serverless::Api</c> with a <c>DefinitionBody</c>: each event's route generated
/// on its own and merged into the template's document, then the API's settings applied to the merged document. Every
/// expected value (bodies, deployment ids, messages) is what the reference translator gives for the same template.
/// </summary>
public class MergeDefinitionsTests
{
    private static string Template(string api, string events) => $$"""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              MergeDefinitions: true
        {{Indent(api, 6)}}
          MyFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: index.handler
              Runtime: nodejs18.x
              InlineCode: foo
              Events:
        {{Indent(events, 8)}}
        """;

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));

    private static string Event(string id, string path, string method, string more = "") =>
        $"{id}:\n  Type: Api\n  Properties: {{RestApiId: !Ref MyApi, Path: {path}, Method: {method}{more}}}";

    private static string Events(params string[] events) => string.Join("\n", events);

    private static JToken Body(JObject resources) => resources["MyApi"]!["Properties"]!["Body"]!;

    private static string DeploymentId(JObject resources) =>
        Assert.Single(resources.Properties(), p => (string?)p.Value["Type"] == "AWS::ApiGateway::Deployment").Name;

    /// <summary>JSON with <c>INTEGRATION</c> standing for the function's proxy integration.</summary>
    private static JObject Json(string text) => JObject.Parse(text.Replace("INTEGRATION", Integration, StringComparison.Ordinal));

    private const string Integration = """{"httpMethod": "POST", "type": "aws_proxy", "uri": {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${MyFunction.Arn}/invocations"}}""";

    [Fact]
    public void The_generated_method_replaces_the_written_keys_it_has_and_keeps_the_others()
    {
        var resources = OutputResources(Template("""
            DefinitionBody:
              swagger: '2.0'
              x-custom: 1
              info: {title: Example, version: '1'}
              paths:
                /z:
                  post:
                    responses: {'200': {description: z}}
                /test:
                  get:
                    x-amazon-apigateway-integration: {httpMethod: GET, type: aws_proxy, uri: foo, extra: 1}
                    responses: {'200': {description: ok}, '404': {description: nf}}
                    x-b: 2
                  put:
                    x-c: 1
              x-after: 2
            """, Events(Event("E1", "/test", "get"), Event("E2", "/new", "post"))));
        AssertJson(Json("""
            {"swagger": "2.0", "x-custom": 1, "info": {"title": "Example", "version": "1"}, "x-after": 2,
             "paths": {
               "/z": {"post": {"responses": {"200": {"description": "z"}}}},
               "/test": {"get": {"x-amazon-apigateway-integration": INTEGRATION, "responses": {}, "x-b": 2}, "put": {"x-c": 1}},
               "/new": {"post": {"x-amazon-apigateway-integration": INTEGRATION, "responses": {}}}}}
            """), Body(resources));
        Assert.Equal("MyApiDeploymentd320a9f05e", DeploymentId(resources));
    }

    [Fact]
    public void The_api_settings_apply_to_the_merged_document()
    {
        var resources = OutputResources(Template("""
            Cors: "'*'"
            Models:
              User: {type: object}
            Auth:
              DefaultAuthorizer: MyAuth
              Authorizers:
                MyAuth: {UserPoolArn: arn:pool}
            DefinitionBody:
              swagger: '2.0'
              info: {title: Example, version: '1'}
              securityDefinitions:
                Other: {type: apiKey, name: x, in: header}
              definitions:
                Thing: {type: string}
              paths:
                /z:
                  post:
                    security: [{Other: []}]
                    responses: {'200': {description: z}}
                /test:
                  get:
                    security: [{Other: []}]
                    responses: {'200': {description: ok}}
            """, Event("E1", "/test", "get", ", RequestModel: {Model: User}")));
        var body = Body(resources);
        // The default authorizer goes on the methods with an integration (the merged one, the preflights), after the
        // written security; the written method without one keeps its own.
        AssertJson(JArray.Parse("""[{"Other": []}, {"MyAuth": []}]"""), body["paths"]!["/test"]!["get"]!["security"]);
        AssertJson(JArray.Parse("""[{"Other": []}]"""), body["paths"]!["/z"]!["post"]!["security"]);
        Assert.Equal("'OPTIONS,POST'", (string)body["paths"]!["/z"]!["options"]!["x-amazon-apigateway-integration"]!["responses"]!["default"]!["responseParameters"]!["method.response.header.Access-Control-Allow-Methods"]!);
        AssertJson(JObject.Parse("""{"Thing": {"type": "string"}, "user": {"type": "object"}}"""), body["definitions"]);
        AssertJson(JArray.Parse("""[{"in": "body", "name": "user", "schema": {"$ref": "#/definitions/user"}}]"""), body["paths"]!["/test"]!["get"]!["parameters"]);
        Assert.Equal("MyApiDeployment9b0735e308", DeploymentId(resources));
    }

    private const string SmallBody = """
        DefinitionBody:
          swagger: "2.0"
          info: {title: T, version: "1"}
          paths:
            /a:
              get:
                x-k: 1
        """;

    [Fact]
    public void Events_of_one_method_do_not_collide_each_merges_in_turn()
    {
        var resources = OutputResources(Template(SmallBody, Events(Event("E1", "/a", "get"), Event("E2", "/a", "get", ", RequestParameters: [method.request.header.h]"))));
        AssertJson(Json("""
            {"x-k": 1, "x-amazon-apigateway-integration": INTEGRATION, "responses": {},
             "parameters": [{"required": false, "type": "string", "name": "h", "in": "header"}]}
            """), Body(resources)["paths"]!["/a"]!["get"]);
        Assert.Equal("MyApiDeployment811bf462f0", DeploymentId(resources));
    }

    [Fact]
    public void The_method_is_merged_under_its_lower_case_name_any_included()
    {
        var resources = OutputResources(Template(SmallBody + "\n      x-amazon-apigateway-any-method: {x-j: 1}", Event("E1", "/a", "ANY")));
        var item = Body(resources)["paths"]!["/a"]!;
        AssertJson(Json("""{"x-amazon-apigateway-integration": INTEGRATION, "responses": {}}"""), item["any"]);
        AssertJson(JObject.Parse("""{"x-j": 1}"""), item["x-amazon-apigateway-any-method"]);
        Assert.Equal("MyApiDeploymentbc3f93af68", DeploymentId(resources));
    }

    [Fact]
    public void A_written_document_keeps_its_version()
    {
        var resources = OutputResources(Template("OpenApiVersion: 3.0.1\n" + SmallBody, Event("E1", "/a", "get")));
        Assert.Equal("2.0", (string)Body(resources)["swagger"]!);
        Assert.Equal("MyApiDeployment6ebfe640d3", DeploymentId(resources));
    }

    [Fact]
    public void Method_auth_is_generated_with_the_route_and_OverrideApiAuth_writes_it_again_on_the_merged_method()
    {
        const string auth = """
            Auth:
              DefaultAuthorizer: A1
              Authorizers:
                A1: {UserPoolArn: arn:1}
                A2: {UserPoolArn: arn:2}
            """;
        const string body = "DefinitionBody:\n  swagger: \"2.0\"\n  paths: {/a: {get: {x: 1}}}";
        var overridden = OutputResources(Template(auth + "\n" + body, Event("E1", "/a", "get", ", Auth: {Authorizer: A2, OverrideApiAuth: true}")));
        AssertJson(JArray.Parse("""[{"A2": []}, {"A2": []}]"""), Body(overridden)["paths"]!["/a"]!["get"]!["security"]);
        Assert.Equal("MyApiDeploymented5d6340f0", DeploymentId(overridden));
        var plain = OutputResources(Template(auth + "\n" + body, Event("E1", "/a", "get", ", Auth: {Authorizer: A2}")));
        AssertJson(JArray.Parse("""[{"A2": []}]"""), Body(plain)["paths"]!["/a"]!["get"]!["security"]);
        Assert.Equal("MyApiDeploymentb93cdb34f6", DeploymentId(plain));
    }

    private const string BodyWithDefinitions = """
        Cors: "'*'"
        DefinitionBody:
          swagger: "2.0"
          info: {title: T, version: "1"}
          definitions: {D: {type: string}}
          paths:
            /a:
              get:
                x-k: 1
        """;

    [Theory]
    // Each merge copies the document's top level: definitions and paths collide in a 2.7 dict.
    [InlineData(new[] { "/a get", "/b post", "/c put" }, "MyApiDeployment7de2e83317")]
    // A path the template does not have is a plain (insertion-ordered) dict: its preflight comes after its methods.
    [InlineData(new[] { "/new get" }, "MyApiDeploymente277002ca4")]
    [InlineData(new[] { "/new get", "/new post", "/new delete", "/new patch", "/new head" }, "MyApiDeployment0b260d3c67")]
    public void The_deployment_hash_follows_the_order_of_the_merged_dicts(string[] routes, string deploymentId)
    {
        var api = routes.Length == 3 ? BodyWithDefinitions.Replace("Cors: \"'*'\"\n", "", StringComparison.Ordinal) : BodyWithDefinitions;
        var events = routes.Select((route, i) => Event("E" + (i + 1), route.Split(' ')[0], route.Split(' ')[1])).ToArray();
        Assert.Equal(deploymentId, DeploymentId(OutputResources(Template(api, Events(events)))));
    }

    [Theory]
    [InlineData("paths: {/a: {get: {x: 1}}, /b: 5}", "/b", "Property 'DefinitionBody' is invalid: The value of '/b' should be a map")]
    [InlineData("paths: 5", "/b", "Property 'DefinitionBody' is invalid: It should be a map")]
    [InlineData("paths: [1]", "/b", "Property 'DefinitionBody' is invalid: It should be a map")]
    [InlineData("paths: {/a: {get: [3]}}", "/a", "Property 'DefinitionBody.paths./a.get' should be a map.")]
    public void A_written_document_merged_into_must_have_maps_on_the_way(string paths, string path, string message)
    {
        var yaml = Template($"DefinitionBody:\n  swagger: \"2.0\"\n  info: {{title: T, version: \"1\"}}\n  {paths}", Event("E1", path, "get"));
        Assert.Equal(ErrorPrefix + "1. Resource with id [MyApi] is invalid. " + message, Error(yaml));
    }

    [Fact]
    public void Only_the_events_path_must_be_a_map_and_empty_paths_or_methods_are_filled()
    {
        var resources = OutputResources(Template("DefinitionBody:\n  swagger: \"2.0\"\n  paths: {/a: {get: null}, /b: 5, /c: {}}", Events(Event("E1", "/a", "get"), Event("E2", "/c", "get"))));
        var paths = Body(resources)["paths"]!;
        Assert.Equal(5, (int)paths["/b"]!);
        AssertJson(Json("""{"get": {"x-amazon-apigateway-integration": INTEGRATION, "responses": {}}}"""), paths["/a"]);
        AssertJson(paths["/a"]!, paths["/c"]);
    }
}
