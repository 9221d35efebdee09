using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.RestApi.Auth;

/// <summary>
/// The <c>Auth</c> of REST APIs and of <c>Api</c> events. Expected ids (the deployment hash covers every key SAM adds
/// to the document, in its order), values and messages are what the reference translator gives for the same templates.
/// </summary>
public class RestApiAuthTests
{
    private static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Partition = "aws", Region = "us-east-1" });
    }

    private static JObject Resources(string yaml)
    {
        var result = Transform(yaml);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    /// <summary>An API with <paramref name="api"/> under its properties and one function whose events are <paramref name="events"/>.</summary>
    private static string Template(string api, string events) => $$"""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
        {{api}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              CodeUri: s3://b/k
              Events:
        {{events}}
        """;

    private static string Event(string name, string path, string method, string extra = "") =>
        $"        {name}:\n          Type: Api\n          Properties: {{RestApiId: !Ref MyApi, Path: {path}, Method: {method}{extra}}}";

    private static JObject Body(JObject resources) => (JObject)resources["MyApi"]!["Properties"]!["Body"]!;

    [Fact]
    public void A_cognito_default_authorizer_secures_every_route()
    {
        var resources = Resources(Template("""
                  Auth:
                    DefaultAuthorizer: MyCognitoAuth
                    Authorizers:
                      MyCognitoAuth:
                        UserPoolArn: arn:aws:cognito-idp:us-east-1:123:userpool/abc
            """, Event("Get", "/hello", "get")));
        Assert.NotNull(resources["MyApiDeploymentefe792c69f"]);
        var body = Body(resources);
        Assert.Equal("""[{"MyCognitoAuth":[]}]""", body["paths"]!["/hello"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        var scheme = body["securityDefinitions"]!["MyCognitoAuth"]!;
        Assert.Equal("cognito_user_pools", (string)scheme["x-amazon-apigateway-authtype"]!);
        Assert.Equal("Authorization", (string)scheme["name"]!);
        Assert.Equal("arn:aws:cognito-idp:us-east-1:123:userpool/abc", (string)scheme["x-amazon-apigateway-authorizer"]!["providerARNs"]![0]!);
    }

    private static readonly string MixedAuthorizers = """
                  Auth:
                    DefaultAuthorizer: MyCognitoAuth
                    InvokeRole: CALLER_CREDENTIALS
                    Authorizers:
                      MyCognitoAuth:
                        UserPoolArn: [arn:aws:cognito-idp:us-east-1:123:userpool/abc, !GetAtt Pool.Arn]
                        AuthorizationScopes: [s1, s2]
                        Identity: {Header: MyHeader, ValidationExpression: myexp, ReauthorizeEvery: 20}
                      Tok:
                        FunctionArn: !GetAtt AuthFn.Arn
                        FunctionInvokeRole: arn:aws:iam::123:role/x
                        Identity: {Header: TH, ValidationExpression: tv, ReauthorizeEvery: 30}
                      Req:
                        FunctionPayloadType: REQUEST
                        FunctionArn: arn:aws:lambda:us-east-1:123:function:f
                        Identity: {Headers: [H1, H2], QueryStrings: [Q1], StageVariables: [S1], Context: [C1], ReauthorizeEvery: 10}
              Pool:
                Type: AWS::Cognito::UserPool
              AuthFn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: index.handler, CodeUri: s3://b/k}
            """;

    [Fact]
    public void Cognito_token_and_request_authorizers_with_event_overrides()
    {
        var resources = Resources(Template(MixedAuthorizers, string.Join('\n',
            Event("Get", "/hello", "get"),
            Event("Post", "/hello", "post", ", Auth: {Authorizer: Tok}"),
            Event("Put", "/r", "put", ", Auth: {Authorizer: Req}"),
            Event("None", "/none", "get", ", Auth: {Authorizer: NONE}"),
            Event("Iam", "/iam", "get", ", Auth: {Authorizer: AWS_IAM}"),
            Event("Scoped2", "/sc2", "get", ", Auth: {Authorizer: MyCognitoAuth, AuthorizationScopes: [y]}"))));
        Assert.NotNull(resources["MyApiDeploymentde3d55d0de"]);
        var paths = Body(resources)["paths"]!;
        Assert.Equal("""[{"MyCognitoAuth":["s1","s2"]}]""", paths["/hello"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""[{"NONE":[]}]""", paths["/none"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""[{"MyCognitoAuth":["y"]}]""", paths["/sc2"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("arn:aws:iam::*:user/*", (string)paths["/iam"]!["get"]!["x-amazon-apigateway-integration"]!["credentials"]!);
        var request = Body(resources)["securityDefinitions"]!["Req"]!["x-amazon-apigateway-authorizer"]!;
        Assert.Equal("method.request.header.H1, method.request.header.H2, method.request.querystring.Q1, stageVariables.S1, context.C1", (string)request["identitySource"]!);
        Assert.Equal(10, (int)request["authorizerResultTtlInSeconds"]!);
        var permission = resources["MyApiTokAuthorizerPermission"]!["Properties"]!;
        Assert.Equal("""{"Fn::GetAtt":["AuthFn","Arn"]}""", permission["FunctionName"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*", (string)permission["SourceArn"]!["Fn::Sub"]![0]!);
        Assert.NotNull(resources["MyApiReqAuthorizerPermission"]);
    }

    [Fact]
    public void Iam_default_with_api_keys_and_invoke_roles()
    {
        var resources = Resources(Template("""
                  Auth:
                    DefaultAuthorizer: AWS_IAM
                    ApiKeyRequired: true
            """, string.Join('\n',
            Event("A", "/a", "get"),
            Event("B", "/b", "get", ", Auth: {Authorizer: NONE}"),
            Event("C", "/c", "get", ", Auth: {Authorizer: AWS_IAM, InvokeRole: CALLER_CREDENTIALS}"),
            Event("D", "/d", "get", ", Auth: {Authorizer: AWS_IAM, InvokeRole: NONE, ApiKeyRequired: false}"),
            Event("E", "/e", "get", ", Auth: {Authorizer: AWS_IAM, InvokeRole: 'arn:aws:iam::1:role/r'}"),
            Event("F", "/f", "get", ", Auth: {ApiKeyRequired: true}"))));
        Assert.NotNull(resources["MyApiDeployment3fcc257f1c"]);
        var paths = Body(resources)["paths"]!;
        Assert.Equal("""[{"NONE":[]},{"api_key":[]}]""", paths["/b"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""[{"AWS_IAM":[]}]""", paths["/d"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Null(paths["/d"]!["get"]!["x-amazon-apigateway-integration"]!["credentials"]);
        Assert.Null(paths["/f"]!["get"]!["x-amazon-apigateway-integration"]!["credentials"]);
        Assert.Equal("arn:aws:iam::*:user/*", (string)paths["/a"]!["get"]!["x-amazon-apigateway-integration"]!["credentials"]!);
        Assert.Equal("arn:aws:iam::1:role/r", (string)paths["/e"]!["get"]!["x-amazon-apigateway-integration"]!["credentials"]!);
        Assert.Equal("x-api-key", (string)Body(resources)["securityDefinitions"]!["api_key"]!["name"]!);
    }

    [Fact]
    public void A_written_definition_gets_the_defaults_on_methods_with_an_integration()
    {
        var resources = Resources("""
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Auth:
                    DefaultAuthorizer: C
                    ApiKeyRequired: true
                    Authorizers:
                      C: {UserPoolArn: arn:p, AuthorizationScopes: [sc]}
                      L: {FunctionArn: arn:f}
                  DefinitionBody:
                    swagger: "2.0"
                    info: {title: t}
                    paths:
                      /x:
                        parameters: [{name: a, in: query}]
                        get:
                          x-amazon-apigateway-integration: {type: mock}
                        options:
                          x-amazon-apigateway-integration: {type: mock}
                      /y:
                        get: {responses: {}}
                      /z:
                        get:
                          security: [{api_key: []}, {other: []}]
                          x-amazon-apigateway-integration: {type: mock}
                        post:
                          security: [{L: []}]
                          x-amazon-apigateway-integration: {type: mock}
                        put:
                          security: [{NONE: []}]
                          x-amazon-apigateway-integration: {type: mock}
            """);
        Assert.NotNull(resources["MyApiDeployment6d8defd94e"]);
        Assert.NotNull(resources["MyApiLAuthorizerPermission"]);
        var paths = Body(resources)["paths"]!;
        Assert.Equal("""[{"other":[]},{"C":["sc"]},{"api_key":[]}]""", paths["/z"]!["get"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""[{"L":[]},{"api_key":[]}]""", paths["/z"]!["post"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Equal("""[{"C":["sc"]},{"api_key":[]}]""", paths["/x"]!["options"]!["security"]!.ToString(Newtonsoft.Json.Formatting.None));
        Assert.Null(paths["/y"]!["get"]!["security"]);
    }

    [Fact]
    public void Disabled_default_permissions_add_none()
    {
        var resources = Resources(Template("      Auth: {Authorizers: {X: {FunctionArn: a, DisableFunctionDefaultPermissions: true}}}", Event("A", "/a", "get")));
        Assert.NotNull(resources["MyApiDeploymentddaa849cfe"]);
        Assert.DoesNotContain(resources.Properties(), p => p.Name.Contains("AuthorizerPermission", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("      Auth: {Foo: 1}", "", "Resource with id [MyApi] is invalid. Invalid value for 'Auth' property")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, FunctionPayloadType: FOO}}}", "", "Resource with id [MyApi] is invalid. X Authorizer has invalid 'FunctionPayloadType': FOO.")]
    [InlineData("      Auth: {DefaultAuthorizer: Y, Authorizers: {X: {FunctionArn: a}}}", "", "Resource with id [MyApi] is invalid. Unable to set DefaultAuthorizer because 'Y' was not defined in 'Authorizers'.")]
    [InlineData("      DefinitionUri: s3://b/k\n      Auth: {Authorizers: {X: {FunctionArn: a}}}", "", "Resource with id [MyApi] is invalid. Auth works only with inline Swagger specified in 'DefinitionBody' property.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, Identity: {}, FunctionPayloadType: REQUEST}}}", "", "Resource with id [MyApi] is invalid. X Authorizer must specify Identity with at least one of Headers, QueryStrings, StageVariables, or Context.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, DisableFunctionDefaultPermissions: yes1}}}", "", "Resource with id [MyApi] is invalid. Property 'Authorizers.X.DisableFunctionDefaultPermissions' should be a boolean.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a}}}", ", Auth: {Authorizer: Y}", "Resource with id [Fn] is invalid. Event with id [A] is invalid. Unable to set Authorizer [Y] on API method [get] for path [/a] because it wasn't defined in the API's Authorizers.")]
    [InlineData("      Auth: {}", ", Auth: {Authorizer: Y}", "Resource with id [Fn] is invalid. Event with id [A] is invalid. Unable to set Authorizer [Y] on API method [get] for path [/a] because the related API does not define any Authorizers.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a}}}", ", Auth: {Authorizer: [X]}", "Resource with id [Fn] is invalid. Event with id [A] is invalid. Unable to set Authorizer [['X']] on API method [get] for path [/a]. The method authorizer must be a string with a corresponding dict entry in the api authorizer.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a}}}", ", Auth: {ApiKeyRequired: false}", "Resource with id [Fn] is invalid. Event with id [A] is invalid. Unable to set ApiKeyRequired [False] on API method [get] for path [/a] because the related API does not specify any ApiKeyRequired.")]
    [InlineData("", ", Auth: {Authorizer: NONE}", "Resource with id [Fn] is invalid. Event with id [A] is invalid. Unable to set Authorizer on API method [get] for path [/a] because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified.")]
    // The checks of an authorizer, in the reference's order: its kind, a REQUEST authorizer's identity, the scopes,
    // DisableFunctionDefaultPermissions, any other authorizer's identity, then a REQUEST authorizer's sources.
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, FunctionPayloadType: BAD, AuthorizationScopes: s}}}", "", "Resource with id [MyApi] is invalid. X Authorizer has invalid 'FunctionPayloadType': BAD.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, FunctionPayloadType: REQUEST, Identity: text, AuthorizationScopes: s}}}", "", "Resource with id [MyApi] is invalid. Property 'Authorizer.X.Identity' should be a map.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, FunctionPayloadType: REQUEST, Identity: [a]}}}", "", "Resource with id [MyApi] is invalid. Property 'Authorizer.X.Identity' should be a map.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, FunctionPayloadType: REQUEST, Identity: {Headers: [], Foo: 1}, AuthorizationScopes: s}}}", "", "Resource with id [MyApi] is invalid. X Authorizer must specify Identity with at least one of Headers, QueryStrings, StageVariables, or Context.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, FunctionPayloadType: REQUEST, Identity: {Headers: 5}, AuthorizationScopes: s}}}", "", "Resource with id [MyApi] is invalid. Property 'Authorizers.X.AuthorizationScopes' should be a list.")]
    [InlineData("      Auth: {Authorizers: {X: {FunctionArn: a, Identity: text, DisableFunctionDefaultPermissions: 3}}}", "", "Resource with id [MyApi] is invalid. Property 'Authorizers.X.DisableFunctionDefaultPermissions' should be a boolean.")]
    [InlineData("      Auth: {Authorizers: {X: {UserPoolArn: a, Identity: text}}}", "", "Resource with id [MyApi] is invalid. Auth.Authorizers.<Authorizer>.Identity must be a dict (LambdaTokenAuthorizationIdentity, LambdaRequestAuthorizationIdentity or CognitoAuthorizationIdentity).")]
    public void Errors_are_the_references(string api, string eventExtra, string expected)
    {
        var result = Transform(Template(api, Event("A", "/a", "get", eventExtra)));
        Assert.False(result.Succeeded);
        Assert.EndsWith(expected, result.ErrorMessage);
    }

    [Fact]
    public void An_empty_identity_of_a_token_or_cognito_authorizer_is_none()
    {
        var resources = Resources(Template("      Auth: {Authorizers: {T: {FunctionArn: a, Identity: ''}, C: {UserPoolArn: p, Identity: []}}}", Event("A", "/a", "get")));
        Assert.Equal(new[] { "C", "T" }, ((JObject)Body(resources)["securityDefinitions"]!).Properties().Select(p => p.Name).Order());
    }

    [Fact]
    public void The_events_auth_is_not_checked_against_an_api_auth_that_is_no_map()
    {
        var result = Transform(Template("      Auth: [a]", Event("A", "/a", "get", ", Auth: {Authorizer: NONE, AuthorizationScopes: [s]}")));
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [MyApi] is invalid. Property 'Auth' should be a map.", result.ErrorMessage);
    }

    [Theory]
    [InlineData("DefaultAuthorizer: AWS_IAM")]
    [InlineData("ApiKeyRequired: true")]
    public void A_methods_security_written_empty_is_no_list(string auth)
    {
        var result = Transform(Template($$"""
                  Auth: {{{auth}}}
                  DefinitionBody:
                    swagger: "2.0"
                    paths:
                      /test:
                        get:
                          x-amazon-apigateway-integration: {type: aws_proxy, uri: x, httpMethod: POST}
                          security:
            """, Event("A", "/a", "get")));
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Structure of the SAM template is invalid. Type of security for path /test method get must be a list", result.ErrorMessage);
    }
}
