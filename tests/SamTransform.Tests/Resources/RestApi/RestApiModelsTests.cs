using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// <c>Models</c> of REST APIs and the <c>RequestModel</c> of their events: definitions, body parameters, request bodies
/// (OpenAPI 3), request validators, the deployment hash and the reference's errors in its order. Expected ids, values
/// and messages are what the reference translator gives for the same templates.
/// </summary>
public class RestApiModelsTests
{
    private static string Deployments(JObject resources) =>
        string.Join(" ", resources.Properties().Where(p => (string)p.Value["Type"]! == "AWS::ApiGateway::Deployment").Select(p => p.Name).Order(StringComparer.Ordinal));

    private const string Validators = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                A:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /a, Method: get, RequestModel: {Model: User}}
                B:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /b, Method: get, RequestModel: {Model: User, Required: false, ValidateBody: true}}
                C:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /c, Method: post, RequestModel: {Model: User, ValidateParameters: true}}
                D:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /d, Method: post, RequestModel: {Model: User, ValidateParameters: false, ValidateBody: false}}
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /e, Method: post, RequestModel: {Model: User-Two, ValidateParameters: true, ValidateBody: false}, RequestParameters: [method.request.header.X]}
                F:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /f, Method: post, RequestModel: {Model: User-Two, ValidateBody: false}}
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models:
                User:
                  type: object
                User-Two: {type: string}
        """;

    [Fact]
    public void Models_are_lower_case_definitions_and_each_validator_setting_names_a_validator()
    {
        var resources = OutputResources(Validators);
        Assert.Equal("MyApiDeploymente05d22c93c", Deployments(resources));
        var body = resources["MyApi"]!["Properties"]!["Body"]!;
        AssertJson(JObject.Parse("""{"user-two": {"type": "string"}, "user": {"type": "object"}}"""), body["definitions"]);
        AssertJson(JArray.Parse("""[{"in": "body", "name": "user", "schema": {"$ref": "#/definitions/user"}}]"""), body["paths"]!["/a"]!["get"]!["parameters"]);
        Assert.Null(body["paths"]!["/a"]!["get"]!["x-amazon-apigateway-request-validator"]);
        AssertJson(JArray.Parse("""[{"in": "body", "name": "user", "required": false, "schema": {"$ref": "#/definitions/user"}}]"""), body["paths"]!["/b"]!["get"]!["parameters"]);
        Assert.Equal("body-only", (string)body["paths"]!["/b"]!["get"]!["x-amazon-apigateway-request-validator"]!);
        Assert.Equal("params-only", (string)body["paths"]!["/c"]!["post"]!["x-amazon-apigateway-request-validator"]!);
        Assert.Equal("no-validation", (string)body["paths"]!["/d"]!["post"]!["x-amazon-apigateway-request-validator"]!);
        // The model's parameter comes before those of RequestParameters.
        Assert.Equal("header", (string)body["paths"]!["/e"]!["post"]!["parameters"]![1]!["in"]!);
        AssertJson(JObject.Parse("""
            {"params-only": {"validateRequestParameters": true, "validateRequestBody": false},
             "no-validation": {"validateRequestParameters": false, "validateRequestBody": false},
             "body-only": {"validateRequestParameters": false, "validateRequestBody": true}}
            """), body["x-amazon-apigateway-request-validators"]);
    }

    [Fact]
    public void With_openapi_3_the_model_is_the_request_body_and_a_schema_of_the_components()
    {
        var resources = OutputResources(Validators.Replace("      Models:", "      OpenApiVersion: 3.0.1\n      Models:", StringComparison.Ordinal));
        Assert.Equal("MyApiDeploymente4a0a39919", Deployments(resources));
        var body = resources["MyApi"]!["Properties"]!["Body"]!;
        AssertJson(JObject.Parse("""{"content": {"application/json": {"schema": {"$ref": "#/components/schemas/user"}}}, "required": false}"""),
            body["paths"]!["/b"]!["get"]!["requestBody"]);
        Assert.Null(body["paths"]!["/b"]!["get"]!["parameters"]);
        AssertJson(JObject.Parse("""{"user-two": {"type": "string"}, "user": {"type": "object"}}"""), body["components"]!["schemas"]);
        Assert.Null(body["definitions"]);
    }

    [Fact]
    public void Models_join_the_definitions_of_a_swagger_body_and_replace_the_schemas_of_an_openapi_3_one()
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
                  Properties: {RestApiId: !Ref MyApi, Path: /a, Method: get, RequestModel: {Model: Nope}}
                E2:
                  Type: Api
                  Properties: {RestApiId: !Ref Api2, Path: /a, Method: get, RequestModel: {Model: Nope}}
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models:
                User: {type: object}
                Zed: {type: object}
              DefinitionBody:
                swagger: '2.0'
                paths: {}
                definitions:
                  Existing: {type: string}
                  user: {type: integer}
          Api2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models:
                User: {type: object}
              DefinitionBody:
                openapi: '3.0.1'
                paths: {}
                components:
                  schemas:
                    Existing: {type: string}
        """);
        Assert.Equal("Api2Deployment9178611554 MyApiDeploymentfffd8f5210", Deployments(resources));
        AssertJson(JObject.Parse("""{"user": {"type": "object"}, "zed": {"type": "object"}, "Existing": {"type": "string"}}"""),
            resources["MyApi"]!["Properties"]!["Body"]!["definitions"]);
        AssertJson(JObject.Parse("""{"user": {"type": "object"}}"""), resources["Api2"]!["Properties"]!["Body"]!["components"]!["schemas"]);
    }

    [Fact]
    public void Request_model_errors_in_the_reference_order()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 5. Resource with id [FS1E] is invalid. Property 'RequestModel' should be a map. Resource with id [FS5] is invalid. Event with id [E] is invalid. Unable to set RequestModel [{'Ref': 'P'}] on API method [get] for path [/S5] because the related API does not contain valid Models. Resource with id [FS7] is invalid. Event with id [E] is invalid. Unable to set Validator to RequestModel [User] on API method [get] for path [/S7] ValidateBody and ValidateParameters must be a boolean type, strings or intrinsics are not supported. Resource with id [FS9E] is invalid. Property 'RequestModel' should be a map. Resource with id [FSA] is invalid. Event with id [E] is invalid. Unable to set RequestModel [3] on API method [get] for path [/SA] because the related API does not contain valid Models.", Error("""
        Parameters:
          P: {Type: String, Default: User}
        Resources:
          FS1:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S1, Method: get, RequestModel: "str"}
          FS2:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S2, Method: get, RequestModel: {Model: User, Foo: 1}}
          FS3:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S3, Method: get, RequestModel: {}}
          FS4:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S4, Method: get, RequestModel: {Required: true}}
          FS5:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S5, Method: get, RequestModel: {Model: !Ref P}}
          FS6:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S6, Method: get, RequestModel: {Model: User, Required: "yes"}}
          FS7:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S7, Method: get, RequestModel: {Model: User, ValidateBody: 1}}
          FS8:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S8, Method: get, RequestModel: {Model: User, ValidateBody: null}}
          FS9:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /S9, Method: get, RequestModel: [a]}
          FSA:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /SA, Method: get, RequestModel: {Model: 3}}
          FSB:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                E:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /SB, Method: get, RequestModel: {Model: User, Required: null}}
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models:
                User: {type: object}
        """));
    }

    [Fact]
    public void A_model_without_a_type_stops_the_transform_alone()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Structure of the SAM template is invalid. 'Models' schema is missing 'type'.", Error("""
        Resources:
          ApiA:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Models: {U: {}}
          ApiB:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Models: {U: 1}
          ApiZ:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Models: {U: 1}
        """));
    }

    [Fact]
    public void Settings_that_need_an_inline_definition_fail_in_the_reference_order()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 11. Resource with id [ApiA1] is invalid. Cors works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiA2] is invalid. Auth works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiA3] is invalid. DisableExecuteApiEndpoint works only within 'DefinitionBody' property. Resource with id [ApiA4] is invalid. Models works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiA5] is invalid. GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiA7] is invalid. DisableExecuteApiEndpoint works only within 'DefinitionBody' property. Resource with id [ApiA8] is invalid. GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiA9] is invalid. GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiB1] is invalid. Models works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiB2] is invalid. The OpenApiVersion value must be of the format '3.0.0'. Resource with id [ApiB3] is invalid. Models works only with inline Swagger specified in 'DefinitionBody' property.", Error("""
        Resources:
          ApiA1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              Cors: "x"
              DisableExecuteApiEndpoint: true
          ApiA2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              Auth: {ApiKeyRequired: true}
              DisableExecuteApiEndpoint: true
          ApiA3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              BinaryMediaTypes: [a]
              DisableExecuteApiEndpoint: true
          ApiA4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              BinaryMediaTypes: [a]
              Models: {U: {}}
          ApiA5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              BinaryMediaTypes: [a]
              GatewayResponses: {R: {}}
          ApiA6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              BinaryMediaTypes: [a]
          ApiA7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              DisableExecuteApiEndpoint: true
          ApiA8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              GatewayResponses: {R: {}}
              DisableExecuteApiEndpoint: true
          ApiA9:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              GatewayResponses: {R: {StatusCode: x}}
              DisableExecuteApiEndpoint: true
          ApiB1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              Models: {U: 1}
              DisableExecuteApiEndpoint: true
          ApiB2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              OpenApiVersion: "1"
              Models: {U: {}}
          ApiB3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionUri: s3://b/k
              EndpointConfiguration: {VPCEndpointIds: [a], VpcEndpointIds: [b]}
              Models: {U: {}}
        """));
    }

    [Fact]
    public void An_error_in_an_api_definition_is_reported_alone()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Structure of the SAM template is invalid. Value of '/a' path must be a dictionary according to Swagger spec.", Error("""
        Resources:
          ApiA:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Cors: "'*'"
              DefinitionBody: {swagger: '2.0', paths: {/a: 1}}
          FnB:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              CodeUri: s3://artifacts/app.zip
          ApiC:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Models: {U: 1}
        """));
    }
}
