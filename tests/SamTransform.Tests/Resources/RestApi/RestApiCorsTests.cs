using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// <c>Cors</c> of REST APIs: the preflight method on every path, its deployment hash, and the reference's errors.
/// Expected ids, values and messages are what the reference translator gives for the same templates.
/// </summary>
public class RestApiCorsTests
{
    private static string Deployment(JObject resources) =>
        resources.Properties().Single(p => (string)p.Value["Type"]! == "AWS::ApiGateway::Deployment").Name;

    private static JObject Parameters(JToken preflight) =>
        (JObject)preflight["x-amazon-apigateway-integration"]!["responses"]!["default"]!["responseParameters"]!;

    [Fact]
    public void Every_setting_becomes_a_header_of_the_preflight_and_the_methods_come_from_the_path()
    {
        var resources = OutputResources("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs12.x
              Events:
                A:
                  Type: Api
                  Properties: {Path: /a, Method: get, RestApiId: !Ref Api}
                B:
                  Type: Api
                  Properties: {Path: /a, Method: PUT, RestApiId: !Ref Api}
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Cors:
                AllowOrigin: "'o'"
                AllowHeaders: "'h'"
                MaxAge: 10
                AllowCredentials: true
        """);
        Assert.Equal("ApiDeploymentcf18b52c27", Deployment(resources));
        var preflight = resources["Api"]!["Properties"]!["Body"]!["paths"]!["/a"]!["options"]!;
        Assert.Equal(JObject.Parse("""
            {"method.response.header.Access-Control-Allow-Origin": "'o'", "method.response.header.Access-Control-Allow-Headers": "'h'",
             "method.response.header.Access-Control-Allow-Methods": "'GET,OPTIONS,PUT'", "method.response.header.Access-Control-Max-Age": 10,
             "method.response.header.Access-Control-Allow-Credentials": "'true'"}
            """), Parameters(preflight));
        Assert.Equal("integer", (string)preflight["responses"]!["200"]!["headers"]!["Access-Control-Max-Age"]!["type"]!);
        Assert.Equal(new JArray("application/json"), preflight["consumes"]);
        Assert.Equal("mock", (string)preflight["x-amazon-apigateway-integration"]!["type"]!);
    }

    [Fact]
    public void A_string_in_globals_is_the_origin_of_the_implicit_api_and_any_method_allows_every_method()
    {
        var resources = OutputResources("""
        Globals:
          Api:
            Cors: "'www.example.com'"
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs12.x
              Events:
                A:
                  Type: Api
                  Properties: {Path: /any, Method: any}
                B:
                  Type: Api
                  Properties: {Path: /, Method: post}
        """);
        Assert.Equal("ServerlessRestApiDeployment4e827fd400", Deployment(resources));
        var paths = resources["ServerlessRestApi"]!["Properties"]!["Body"]!["paths"]!;
        Assert.Equal("'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'", (string)Parameters(paths["/any"]!["options"]!)["method.response.header.Access-Control-Allow-Methods"]!);
        Assert.Equal("'OPTIONS,POST'", (string)Parameters(paths["/"]!["options"]!)["method.response.header.Access-Control-Allow-Methods"]!);
        Assert.Equal("'www.example.com'", (string)Parameters(paths["/"]!["options"]!)["method.response.header.Access-Control-Allow-Origin"]!);
    }

    [Fact]
    public void Each_alternative_of_a_conditional_path_without_options_gets_a_preflight()
    {
        var resources = OutputResources("""
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Cors: {AllowOrigin: "'o'", AllowMethods: "'GET'"}
              DefinitionBody:
                swagger: '2.0'
                info: {title: t}
                paths:
                  /a: {Fn::If: [C, {get: {}, delete: {}}, {put: {}}]}
                  /b: {get: {}, delete: {}, options: {summary: mine}}
                  /c: {Fn::If: [C, {options: {}}, {patch: {}, summary: s}]}
        """);
        Assert.Equal("ApiDeployment3f3167db15", Deployment(resources));
        var paths = resources["Api"]!["Properties"]!["Body"]!["paths"]!;
        var a = (JArray)paths["/a"]!["Fn::If"]!;
        Assert.Equal("'GET'", (string)Parameters(a[1]["options"]!)["method.response.header.Access-Control-Allow-Methods"]!);
        Assert.NotNull(a[2]["options"]);
        Assert.Equal(JObject.Parse("""{"summary": "mine"}"""), paths["/b"]!["options"]);
        var c = (JArray)paths["/c"]!["Fn::If"]!;
        Assert.Equal(new JObject(), c[1]["options"]);
        Assert.NotNull(c[2]["options"]!["x-amazon-apigateway-integration"]);
    }

    [Fact]
    public void An_openapi_3_definition_gets_the_openapi_3_form_of_the_preflight()
    {
        var resources = OutputResources("""
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Cors: {AllowOrigin: "'o'", MaxAge: 5}
              DefinitionBody:
                openapi: 3.0.1
                info: {title: t}
                securityDefinitions: {key: {type: apiKey, name: x, in: header}}
                paths:
                  /foo: {get: {}, delete: {}}
                  /bar: {Fn::If: [C, {get: {}}, {Ref: AWS::NoValue}]}
        """);
        Assert.Equal("ApiDeployment632f7f2a7c", Deployment(resources));
        var body = resources["Api"]!["Properties"]!["Body"]!;
        var preflight = body["paths"]!["/foo"]!["options"]!;
        Assert.Null(preflight["consumes"]);
        Assert.Equal(JObject.Parse("""{"schema": {"type": "integer"}}"""), preflight["responses"]!["200"]!["headers"]!["Access-Control-Max-Age"]);
        Assert.Equal("'DELETE,GET,OPTIONS'", (string)Parameters(preflight)["method.response.header.Access-Control-Allow-Methods"]!);
        // A conditional path item is not an options method of its own: its preflight keeps the Swagger form.
        Assert.NotNull(((JArray)body["paths"]!["/bar"]!["Fn::If"]!)[1]["options"]!["consumes"]);
        Assert.Null(body["securityDefinitions"]);
        Assert.Equal("apiKey", (string)body["components"]!["securitySchemes"]!["key"]!["type"]!);
    }

    [Theory]
    [InlineData("Cors: {Bar: 1, Foo: 2}", "Resource with id [Api] is invalid. Invalid key 'Foo' for 'Cors' property.")]
    [InlineData("Cors: {AllowCredentials: true}", "Resource with id [Api] is invalid. Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set")]
    [InlineData("Cors: {AllowCredentials: true, AllowOrigin: \"'*'\"}", "Resource with id [Api] is invalid. Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set")]
    [InlineData("Cors: {AllowOrigin: ''}", "Resource with id [Api] is invalid. Structure of the SAM template is invalid. Invalid input. Value for AllowedOrigins is required")]
    [InlineData("Cors: [a]", "Resource with id [Api] is invalid. Type of property 'Cors' is invalid.")]
    public void Wrong_settings_fail_as_the_reference_does(string cors, string cause)
    {
        Assert.Equal(ErrorPrefix + "1. " + cause, Error("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  CORS
                  DefinitionBody: {swagger: '2.0', paths: {/a: {get: {}}}}
            """.Replace("CORS", cors, StringComparison.Ordinal)));
    }

    [Fact]
    public void Cors_needs_an_inline_swagger_document()
    {
        Assert.Equal(ErrorPrefix + "2. Resource with id [NoSwaggerApi] is invalid. Unable to add Cors configuration because 'DefinitionBody' does not contain a valid Swagger definition. "
            + "Resource with id [UriApi] is invalid. Cors works only with inline Swagger specified in 'DefinitionBody' property.", Error("""
            Resources:
              UriApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Cors: "'*'"
                  DefinitionUri: s3://b/k
              NoSwaggerApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Cors: "'*'"
                  DefinitionBody: {paths: {}}
            """));
    }

    [Fact]
    public void A_path_that_is_not_a_map_stops_the_transform_first_in_python_2_order()
    {
        Assert.Equal(ErrorPrefix + "1. Structure of the SAM template is invalid. Value of '/b' path must be a dictionary according to Swagger spec.", Error("""
        Resources:
          PathApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Cors: "'*'"
              DefinitionBody: {swagger: '2.0', paths: {/a: x, /b: [y]}}
        """));
    }

    [Fact]
    public void An_api_with_auth_gives_an_openapi_3_document_its_openapi_3_form_twice()
    {
        // The preflight's headers are wrapped in "schema" once after Auth and once more at the end.
        var resources = OutputResources("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Cors: "'*'"
              Auth: {Authorizers: {A: {UserPoolArn: x}}}
              DefinitionBody:
                openapi: 3.0.1
                paths:
                  /a:
                    get:
                      x-amazon-apigateway-integration:
                        uri: x
        """);
        Assert.Equal("MyApiDeploymentd12fc2e455", Deployment(resources));
        var headers = resources["MyApi"]!["Properties"]!["Body"]!["paths"]!["/a"]!["options"]!["responses"]!["200"]!["headers"]!;
        Assert.Equal(JObject.Parse("""{"schema": {"schema": {"type": "string"}}}"""), headers["Access-Control-Allow-Origin"]);
        Assert.NotNull(resources["MyApi"]!["Properties"]!["Body"]!["components"]!["securitySchemes"]!["A"]);
    }

    [Fact]
    public void A_generated_openapi_3_document_moves_its_security_definitions_without_a_copy_after_the_version()
    {
        var resources = OutputResources("""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /a, Method: get, Auth: {ApiKeyRequired: true}}
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              OpenApiVersion: 3.0.1
        """);
        Assert.Equal("MyApiDeploymentb109707971", Deployment(resources));
    }

    [Fact]
    public void No_cors_means_no_preflight()
    {
        var resources = OutputResources("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Cors: ''
                  DefinitionBody: {swagger: '2.0', paths: {/a: {get: {}}}}
            """);
        Assert.Null(resources["Api"]!["Properties"]!["Body"]!["paths"]!["/a"]!["options"]);
    }
}
