using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.HttpApi;

/// <summary>HTTP APIs end to end: transform a small template, check the resources or the diagnostics.</summary>
public class HttpApiExpanderTests
{
    private static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Region = "eu-west-1" });
    }

    private static JObject Resources(string yaml)
    {
        var result = Transform(yaml);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    private static string Function(string id, string events, string attributes = "") => $"""
          {id}:
            Type: AWS::Serverless::Function
        {attributes}    Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/app.zip
              Events:
        {events}
        """;

    [Fact]
    public void Events_without_an_api_share_the_implicit_api_which_gets_the_http_api_globals()
    {
        var resources = Resources($"""
            Globals:
              HttpApi:
                Tags:
                  Team: core
            Resources:
            {Function("Fn", """
                    Root:
                      Type: HttpApi
                    Items:
                      Type: HttpApi
                      Properties:
                        Path: /items
                        Method: get
            """)}
            """);
        var api = resources["ServerlessHttpApi"]!;
        Assert.Equal("AWS::ApiGatewayV2::Api", (string)api["Type"]!);
        Assert.Equal("core", (string)resources["ServerlessHttpApiApiGatewayDefaultStage"]!["Properties"]!["Tags"]!["Team"]!);
        var paths = (JObject)api["Properties"]!["Body"]!["paths"]!;
        Assert.Equal(["$default", "/items"], paths.Properties().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal("$default", (string)resources["ServerlessHttpApiApiGatewayDefaultStage"]!["Properties"]!["StageName"]!);
        // The $default route's permission covers every route of the same function.
        Assert.NotNull(resources["FnRootPermission"]);
        Assert.Null(resources["FnItemsPermission"]);
    }

    [Fact]
    public void No_implicit_api_without_events_and_a_resource_of_that_name_is_left_alone()
    {
        var resources = Resources("""
            Resources:
              ServerlessHttpApi:
                Type: AWS::SNS::Topic
            """);
        Assert.Equal("AWS::SNS::Topic", (string)resources["ServerlessHttpApi"]!["Type"]!);
    }

    [Fact]
    public void A_route_declared_twice_on_a_generated_document_is_reported_on_the_second_event()
    {
        var result = Transform($"""
            Resources:
            {Function("Fn", """
                    First:
                      Type: HttpApi
                      Properties: {Path: /a, Method: get}
                    Second:
                      Type: HttpApi
                      Properties: {Path: /a, Method: GET}
            """)}
            """);
        Assert.Equal(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [Second] is invalid. API method 'get' defined multiple times for path '/a'.",
            result.ErrorMessage);
    }

    [Fact]
    public void Event_errors_point_at_the_property()
    {
        var result = Transform("""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Auth:
                    Authorizers:
                      Jwt:
                        IdentitySource: $request.header.Authorization
                        JwtConfiguration: {issuer: https://issuer}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: s3://bucket/app.zip
                  Events:
                    Get:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /a
                        Method: get
                        Auth:
                          Authorizer: Nope
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Get] is invalid. Unable to set Authorizer [Nope] on API method [get] for path [/a] because it wasn't defined in the API's Authorizers.", error.Message);
        Assert.Equal(new SourceLocation(24, 27), error.Location);
    }

    [Fact]
    public void A_missing_method_stops_the_transform_before_resources_are_expanded()
    {
        var result = Transform($"""
            Resources:
            {Function("Fn", """
                    Get:
                      Type: HttpApi
                      Properties:
                        Path: /a
            """)}
              Broken:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: only.handler
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Get] is invalid. Property 'Method' is required.", error.Message);
        Assert.Equal(12, error.Location!.Value.Line);
    }

    [Theory]
    [InlineData("Prod", "ApiProdStage")]
    [InlineData("$default", "ApiApiGatewayDefaultStage")]
    [InlineData("my-stage", "ApiStagea9d64949ee")]
    [InlineData("!Ref StageParam", "ApiStage")]
    public void Stage_ids_follow_the_stage_name(string stageName, string stageId)
    {
        var resources = Resources($"""
            Parameters:
              StageParam:
                Type: String
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  StageName: {stageName}
            """);
        Assert.Equal("AWS::ApiGatewayV2::Stage", (string)resources[stageId]!["Type"]!);
        Assert.True((bool)resources[stageId]!["Properties"]!["AutoDeploy"]!);
    }

    [Fact]
    public void Apis_in_the_same_hosted_zone_share_one_record_set_group()
    {
        string Api(string id, string domain) => $"""
              {id}:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Domain:
                    DomainName: {domain}
                    CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/c
                    Route53:
                      HostedZoneId: zone-1
            """;
        var resources = Resources($"""
            Resources:
            {Api("A", "a.example.org")}
            {Api("B", "b.example.org")}
            """);
        var group = resources["RecordSetGroup76dfb6bab1"]!;
        var records = (JArray)group["Properties"]!["RecordSets"]!;
        Assert.Equal(["a.example.org", "b.example.org"], records.Select(r => (string)r["Name"]!));
        Assert.Equal("ApiGatewayDomainNameV2151a75a5d1", (string)records[0]["AliasTarget"]!["DNSName"]!["Fn::GetAtt"]![0]!);
        Assert.Equal("AApiGatewayDefaultStage", (string)resources["AApiMapping"]!["Properties"]!["Stage"]!["Ref"]!);
        Assert.NotNull(resources["ApiGatewayDomainNameV2f1bd748e17"]);
    }

    [Fact]
    public void The_implicit_api_is_conditional_when_all_its_functions_are()
    {
        var resources = Transform($"""
            Conditions:
              A: !Equals [a, a]
              B: !Equals [b, b]
            Resources:
            {Function("F1", """
                    E:
                      Type: HttpApi
                      Properties: {Path: /one, Method: get}
            """, "    Condition: A\n")}
            {Function("F2", """
                    E:
                      Type: HttpApi
                      Properties: {Path: /two, Method: get}
            """, "    Condition: B\n")}
            """).Output!;
        Assert.Equal("ServerlessHttpApiCondition", (string)resources["Resources"]!["ServerlessHttpApi"]!["Condition"]!);
        Assert.Equal(JObject.Parse("""{"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}]}"""), resources["Conditions"]!["ServerlessHttpApiCondition"]);
        var paths = resources["Resources"]!["ServerlessHttpApi"]!["Properties"]!["Body"]!["paths"]!;
        Assert.Equal("A", (string)paths["/one"]!["Fn::If"]![0]!);
        Assert.Equal("B", (string)paths["/two"]!["Fn::If"]![0]!);
    }

    [Fact]
    public void Definition_uri_apis_get_no_document_edits_but_events_still_get_permissions()
    {
        var resources = Resources($"""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  DefinitionUri: s3://bucket/openapi.yaml?versionId=3
            {Function("Fn", """
                    Get:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api, Path: /a, Method: get}
            """)}
            """);
        Assert.Equal(JObject.Parse("""{"Bucket": "bucket", "Key": "openapi.yaml", "Version": "3"}"""), resources["Api"]!["Properties"]!["BodyS3Location"]);
        Assert.Null(resources["ApiApiGatewayDefaultStage"]!["Properties"]!["Tags"]);
        Assert.Equal("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/GET/a",
            (string)resources["FnGetPermission"]!["Properties"]!["SourceArn"]!["Fn::Sub"]![0]!);
    }

    [Fact]
    public void Fail_on_warnings_moves_the_default_route_under_a_slash()
    {
        var resources = Resources($"""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  FailOnWarnings: true
            {Function("Fn", """
                    Root:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api}
            """)}
            """);
        var paths = (JObject)resources["Api"]!["Properties"]!["Body"]!["paths"]!;
        Assert.Equal(["/$default"], paths.Properties().Select(p => p.Name));
        Assert.True((bool)paths["/$default"]!["x-amazon-apigateway-any-method"]!["isDefaultRoute"]!);
        // The permission still covers every route.
        Assert.EndsWith("${__Stage__}/*", (string)resources["FnRootPermission"]!["Properties"]!["SourceArn"]!["Fn::Sub"]![0]!);
    }

    [Fact]
    public void The_iam_authorizer_must_be_enabled_or_defined_to_be_used_on_a_route()
    {
        var result = Transform($"""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
            {Function("Fn", """
                    Get:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api, Path: /a, Method: get, Auth: {Authorizer: AWS_IAM}}
            """)}
            """);
        Assert.Equal(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [Get] is invalid. Unable to set Authorizer [AWS_IAM] on API method [get] for path [/a] because the related API does not define any Authorizers.",
            result.ErrorMessage);
    }

    /// <summary>A function's HTTP API events are read in the 2.7 iteration order of their ids: the first that fails there is reported.</summary>
    [Theory]
    [InlineData("Basic SimpleCase", "SimpleCase")]
    [InlineData("Gamma Beta Alpha", "Alpha")]
    [InlineData("Zed Abc Mid Xyz", "Xyz")]
    [InlineData("GetItems PutItem DeleteItem ListAll Health Root Options Login Logout", "Logout")]
    [InlineData("A1 B2 C3 D4 E5 F6 G7 H8 I9 J10 K11 L12", "G7")]
    public void The_first_failing_event_is_the_first_in_SAMs_order(string events, string reported)
    {
        var lines = string.Join("\n", events.Split(' ').Select(e => $"        {e}: {{Type: HttpApi, Properties: {{ApiId: !Ref Nope, Path: /{e}, Method: get}}}}"));
        var result = Transform($"Resources:\n{Function("Fn", lines)}");
        Assert.Equal(
            $"Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [{reported}] is invalid. ApiId must be a valid reference to an 'AWS::Serverless::HttpApi' resource in same template.",
            result.ErrorMessage);
    }

    /// <summary>Whatever fails when an event is read (its API, its path): the first failing event in SAM's order; checks made when the route is added follow the document.</summary>
    [Theory]
    [InlineData("{ApiId: !Ref Nope, Path: /a, Method: get}", "{Path: [1], Method: get}", "Resource with id [Fn] is invalid. Event with id [SimpleCase] is invalid. Property 'Path' should be a string.")]
    [InlineData("{ApiId: !Ref Nope, Path: /a, Method: get}", "{Path: /b, Method: get, Stage: [1]}", "Resource with id [Fn] is invalid. Event with id [Basic] is invalid. ApiId must be a valid reference to an 'AWS::Serverless::HttpApi' resource in same template.")]
    [InlineData("{Path: /b, Method: get, Stage: [1]}", "{Path: /c, Method: get, TimeoutInMillis: x}", "Resource with id [FnBasic] is invalid. Property 'Stage' should be a string.")]
    public void Read_failures_follow_SAMs_order_and_route_failures_the_document(string basic, string simpleCase, string message)
    {
        var result = Transform($"Resources:\n{Function("Fn", $"        Basic: {{Type: HttpApi, Properties: {basic}}}\n        SimpleCase: {{Type: HttpApi, Properties: {simpleCase}}}")}");
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. " + message, result.ErrorMessage);
    }

    /// <summary>Empty tags where there is no valid document to tag them in go to the stage as they are; no tags, none.</summary>
    [Theory]
    [InlineData("DefinitionBody: {invalid: def_body}\n      Tags: {}", "{}")]
    [InlineData("DefinitionUri: s3://b/k\n      Tags: {}", "{}")]
    [InlineData("DefinitionBody: {invalid: def_body}", null)]
    public void Empty_tags_without_a_document_to_tag_are_the_stages(string properties, string? tags)
    {
        var stage = Resources($"Resources:\n  Api:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      {properties}\n")["ApiApiGatewayDefaultStage"]!["Properties"]!;
        Assert.Equal(tags, stage["Tags"]?.ToString(Newtonsoft.Json.Formatting.None));
    }

    /// <summary>An authorizer with <c>JwtConfiguration</c> is OAuth2, one without is Lambda; a property of the other kind is named (the first in SAM's order).</summary>
    [Theory]
    [InlineData("{AuthorizationScopes: [s]}", "AuthorizationScopes is only supported for OAuth2 Authorizer.")]
    [InlineData("{FunctionArn: arn, IdentitySource: x}", "IdentitySource is only supported for OAuth2 Authorizer. For Lambda Authorizer, use the 'Identity' property instead.")]
    [InlineData("{IdentitySource: x, AuthorizationScopes: [s]}", "AuthorizationScopes is only supported for OAuth2 Authorizer.")]
    [InlineData("{JwtConfiguration: {}, AuthorizationScopes: [s]}", "AuthorizationScopes is only supported for OAuth2 Authorizer.")]
    [InlineData("{JwtConfiguration: {a: 1}, IdentitySource: x, Identity: {}, FunctionArn: a}", "FunctionArn is only supported for Lambda Authorizer.")]
    [InlineData("{JwtConfiguration: {a: 1}, IdentitySource: x, AuthorizerPayloadFormatVersion: '2.0'}", "AuthorizerPayloadFormatVersion is only supported for Lambda Authorizer.")]
    [InlineData("{JwtConfiguration: {a: 1}, IdentitySource: x, EnableSimpleResponses: true}", "EnableSimpleResponses is only supported for Lambda Authorizer.")]
    public void An_authorizer_property_of_the_other_kind_is_reported(string authorizer, string message)
    {
        var result = Transform("""
            Resources:
              A:
                Type: AWS::Serverless::HttpApi
                Properties:
                  DefinitionBody: {openapi: '3.0.1', info: {title: t}, paths: {/x: {get: {}}}}
                  Auth:
                    DefaultAuthorizer: Au
                    Authorizers:
                      Au:
            """ + " " + authorizer);
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [A] is invalid. " + message, result.ErrorMessage);
    }

    [Fact]
    public void Cors_settings_merge_into_the_documents_own_and_intrinsic_origins_are_renamed()
    {
        var resources = Resources("""
            Conditions:
              Open: !Equals [a, a]
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  CorsConfiguration: !If [Open, {AllowOrigins: ['*'], MaxAge: 5}, {AllowOrigins: [https://example.org]}]
                  DefinitionBody:
                    openapi: 3.0.1
                    paths: {}
                    x-amazon-apigateway-cors:
                      exposeHeaders: [x-id]
            """);
        var cors = resources["Api"]!["Properties"]!["Body"]!["x-amazon-apigateway-cors"]!;
        Assert.Equal(JObject.Parse("""
            {"exposeHeaders": ["x-id"], "Fn::If": ["Open", {"allowOrigins": ["*"], "maxAge": 5}, {"allowOrigins": ["https://example.org"]}]}
            """), cors);
    }

    [Fact]
    public void A_missing_api_is_reported_before_anything_is_expanded()
    {
        var result = Transform($"""
            Resources:
            {Function("Fn", """
                    Get:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Nowhere, Path: /a, Method: get}
            """)}
            """);
        Assert.Equal(
            "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [Get] is invalid. ApiId must be a valid reference to an 'AWS::Serverless::HttpApi' resource in same template.",
            result.ErrorMessage);
    }

    [Fact]
    public void Event_route_settings_merge_into_the_api_under_the_route_key()
    {
        var resources = Resources($"""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  RouteSettings:
                    GET /a:
                      ThrottlingBurstLimit: 1
                      ThrottlingRateLimit: 2
            {Function("Fn", """
                    Get:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api, Path: /a, Method: get, RouteSettings: {ThrottlingBurstLimit: 9}}
                    Any:
                      Type: HttpApi
                      Properties: {ApiId: !Ref Api, Path: /b, Method: ANY, RouteSettings: {DetailedMetricsEnabled: true}}
            """)}
            """);
        Assert.Equal(JObject.Parse("""
            {"GET /a": {"ThrottlingBurstLimit": 9, "ThrottlingRateLimit": 2}, "ANY /b": {"DetailedMetricsEnabled": true}}
            """), resources["ApiApiGatewayDefaultStage"]!["Properties"]!["RouteSettings"]);
    }

    [Fact]
    public void Functions_that_propagate_tags_tag_the_implicit_api()
    {
        var resources = Resources("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: s3://bucket/app.zip
                  PropagateTags: true
                  Tags: {Team: core}
                  Events:
                    Get:
                      Type: HttpApi
            """);
        Assert.Equal(JObject.Parse("""{"Team": "core", "httpapi:createdBy": "SAM"}"""), resources["ServerlessHttpApiApiGatewayDefaultStage"]!["Properties"]!["Tags"]);
    }

    [Fact]
    public void A_sub_in_the_domain_name_keeps_its_fn_sub_with_the_parameters_filled_in()
    {
        var resources = Resources("""
            Parameters:
              P: {Type: String, Default: pv}
            Resources:
              MyApi:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Domain:
                    DomainName: !Sub "${P}.example.com"
                    CertificateArn: c
            """);
        Assert.Equal(JObject.Parse("""{"Fn::Sub": "pv.example.com"}"""), resources["ApiGatewayDomainNameV2a34c1e737f"]!["Properties"]!["DomainName"]);
    }

    /// <summary>The custom domain carries the stage's tags, propagated or not, in the stage's order (AWS's translator's answers).</summary>
    [Theory]
    [InlineData("", """{"Team": "checkout", "httpapi:createdBy": "SAM"}""")]
    [InlineData("PropagateTags: false", """{"Team": "checkout", "httpapi:createdBy": "SAM"}""")]
    [InlineData("PropagateTags: true", """{"Team": "checkout", "httpapi:createdBy": "SAM"}""")]
    public void The_custom_domain_carries_the_stages_tags(string propagate, string expected)
    {
        var resources = Resources($$"""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Tags:
                    Team: checkout
                    httpapi:createdBy: me
                  {{propagate}}
                  Domain:
                    DomainName: api.example.org
                    CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/x
            """);
        var tags = resources["ApiGatewayDomainNameV20e07658df8"]!["Properties"]!["Tags"]!;
        Assert.Equal(JObject.Parse(expected), tags);
        Assert.Equal(["Team", "httpapi:createdBy"], ((JObject)tags).Properties().Select(p => p.Name));
    }

    /// <summary>
    /// With a default authorizer, the tags (document, stage, domain) are in the 2.7 dict order of the API's tags plus
    /// SAM's; without one in the order written, SAM's last (AWS's translator's answers).
    /// </summary>
    [Theory]
    [InlineData(true, "a b c", "a httpapi:createdBy c b")]
    [InlineData(true, "z y x w v u", "httpapi:createdBy u w v y x z")]
    [InlineData(true, "Team", "httpapi:createdBy Team")]
    [InlineData(false, "a b c", "a b c httpapi:createdBy")]
    [InlineData(false, "z y x w v u", "z y x w v u httpapi:createdBy")]
    public void Tags_follow_the_2_7_dict_order_when_there_is_a_default_authorizer(bool defaultAuthorizer, string written, string expected)
    {
        var tags = string.Join("", written.Split(' ').Select(t => $"\n        {t}: v"));
        var resources = Resources($$"""
            Resources:
              Api:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Tags:{{tags.Replace("\n", "\n          ", StringComparison.Ordinal)}}
                  Auth:
                    {{(defaultAuthorizer ? "DefaultAuthorizer: C" : "")}}
                    Authorizers:
                      C:
                        IdentitySource: $request.header.Authorization
                        JwtConfiguration: {Issuer: https://x, Audience: [a]}
                  Domain:
                    DomainName: api.example.org
                    CertificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/x
            """);
        var order = expected.Split(' ');
        Assert.Equal(order, resources["Api"]!["Properties"]!["Body"]!["tags"]!.Select(t => (string)t["name"]!));
        Assert.Equal(order, ((JObject)resources["ApiApiGatewayDefaultStage"]!["Properties"]!["Tags"]!).Properties().Select(p => p.Name));
        Assert.Equal(order, ((JObject)resources["ApiGatewayDomainNameV20e07658df8"]!["Properties"]!["Tags"]!).Properties().Select(p => p.Name));
    }
}
