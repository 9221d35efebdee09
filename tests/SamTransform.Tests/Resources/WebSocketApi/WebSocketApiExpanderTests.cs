using Newtonsoft.Json.Linq;
using SamTransform.Conformance;
using SamTransform.Pipeline;
using SamTransform.Tests.Events;
using Xunit;

namespace SamTransform.Tests.Resources.WebSocketApi;

/// <summary>
/// WebSocket APIs end to end: our templates, the expected resources and messages as AWS's transform (1.110) gives them.
/// </summary>
public class WebSocketApiExpanderTests
{
    private const string Function = """
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              InlineCode: x
              Handler: a.b
              Runtime: nodejs20.x
        """;

    private static TransformResult Transform(string yaml) => EventTemplates.Transform(yaml);

    private static JObject Resources(string yaml) => EventTemplates.Expand(yaml);

    private static string Error(string yaml) => EventTemplates.Error(yaml).Message;

    /// <summary>A template with the function <c>Fn</c> and the WebSocket API <c>Chat</c> with these properties.</summary>
    private static string Api(string properties, string attributes = "") => $"""
        Resources:
        {Function}
          Chat:
            Type: AWS::Serverless::WebSocketApi
        {EventTemplates.Indent(attributes, 4)}    Properties:
        {EventTemplates.Indent(properties, 6)}
        """;

    private static void AssertResource(string expectedJson, JToken? actual)
    {
        Assert.NotNull(actual);
        var expected = JToken.Parse(expectedJson);
        Assert.True(JsonCanonicalizer.Equal(expected, actual!), $"expected {expected}\nbut got {actual}");
    }

    [Fact]
    public void Each_route_gets_a_route_an_integration_and_a_permission_named_after_its_capitalized_key()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: $request.body.action
            StageName: live
            Routes:
              $connect:
                FunctionArn: !GetAtt Fn.Arn
                RequestParameters:
                  route.request.querystring.token:
                    Required: true
              sendMessage:
                FunctionArn: !GetAtt Fn.Arn
                IntegrationTimeout: 5000
                RouteResponseSelectionExpression: $default
            """));
        Assert.Equal(
            ["Fn", "FnRole", "Chat", "ChatConnectRoute", "ChatConnectIntegration", "ChatConnectPermission", "ChatSendmessageRoute",
             "ChatSendmessageIntegration", "ChatSendmessagePermission", "ChatliveStage"],
            resources.Properties().Select(p => p.Name).OrderBy(n => n == "Fn" ? 0 : n == "FnRole" ? 1 : 2));
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": "Chat", "ProtocolType": "WEBSOCKET", "RouteSelectionExpression": "$request.body.action", "Tags": {"websocketapi:createdBy": "SAM"}}}
            """, resources["Chat"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Chat"}, "RequestParameters": {"route.request.querystring.token": {"Required": true}}, "RouteKey": "$connect", "Target": {"Fn::Join": ["/", ["integrations", {"Ref": "ChatConnectIntegration"}]]}}}
            """, resources["ChatConnectRoute"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Chat"}, "RouteKey": "sendMessage", "RouteResponseSelectionExpression": "$default", "Target": {"Fn::Join": ["/", ["integrations", {"Ref": "ChatSendmessageIntegration"}]]}}}
            """, resources["ChatSendmessageRoute"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Integration", "Properties": {"ApiId": {"Ref": "Chat"}, "IntegrationType": "AWS_PROXY", "IntegrationUri": {"Fn::Sub": ["arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionArn}/invocations", {"FunctionArn": {"Fn::GetAtt": ["Fn", "Arn"]}}]}, "TimeoutInMillis": 5000}}
            """, resources["ChatSendmessageIntegration"]);
        AssertResource("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Fn::GetAtt": ["Fn", "Arn"]}, "Principal": "apigateway.amazonaws.com", "SourceArn": {"Fn::Sub": "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Chat.ApiId}/live/sendMessage"}}}
            """, resources["ChatSendmessagePermission"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Stage", "Properties": {"ApiId": {"Ref": "Chat"}, "StageName": "live", "Tags": {"websocketapi:createdBy": "SAM"}, "AutoDeploy": true}}
            """, resources["ChatliveStage"]);
    }

    [Theory]
    [InlineData("send", "ChatSendRoute")]
    [InlineData("sendMessage", "ChatSendmessageRoute")]
    [InlineData("123abc", "Chat123abcRoute")]
    [InlineData("$disconnect", "ChatDisconnectRoute")]
    [InlineData("ßa", "ChatSsaRoute")]
    [InlineData("ﬁx", "ChatFixRoute")]
    public void Route_ids_capitalize_the_key_as_python_does(string key, string routeId)
    {
        var resources = Resources(Api($"""
            RouteSelectionExpression: x
            Routes:
              '{key}': {"{FunctionArn: a}"}
            """));
        Assert.Equal(key, (string?)resources[routeId]?["Properties"]?["RouteKey"]);
    }

    [Theory]
    [InlineData("send_msg")]
    [InlineData("$Connect")]
    [InlineData("a b")]
    [InlineData("")]
    public void Other_keys_must_be_alphanumeric(string key) => Assert.Equal(
        $"Resource with id [Chat] is invalid. Route key '{key}' must be alphanumeric. Only $connect, $disconnect, and $default special routes are supported.",
        Error(Api($"""
            RouteSelectionExpression: x
            Routes:
              '{key}': {"{FunctionArn: a}"}
            """)));

    [Fact]
    public void A_key_of_non_ascii_letters_makes_an_invalid_logical_id() => Assert.Equal(
        "Resource with id [ChatCaféRoute] is invalid. Logical ids must be alphanumeric.",
        Error(Api("""
            RouteSelectionExpression: x
            Routes:
              café: {FunctionArn: a}
            """)));

    [Fact]
    public void Keys_that_differ_in_case_make_the_same_ids_and_the_later_route_wins()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            RouteSettings: {a: b}
            Routes:
              send: {FunctionArn: a}
              Send: {FunctionArn: b}
            """));
        Assert.Equal("Send", (string?)resources["ChatSendRoute"]!["Properties"]!["RouteKey"]);
        Assert.Equal("b", (string?)resources["ChatSendPermission"]!["Properties"]!["FunctionName"]);
        Assert.Equal(["ChatSendRoute", "ChatSendRoute"], resources["ChatDefaultStage"]!["DependsOn"]!.Values<string>());
    }

    [Theory]
    [InlineData("Name: x", "Missing required property 'Routes'.")]
    [InlineData("Routes: {a: {FunctionArn: x}}", "Missing required property 'RouteSelectionExpression'.")]
    [InlineData("Tags: [a]\nName: 5\nRoutes: {a: {FunctionArn: x}}", "Property 'Name' should be a string.")]
    [InlineData("Name: 5\nRouteSelectionExpression: x", "Property 'Name' should be a string.")]
    [InlineData("ApiKeySelectionExpression: 5\nAccessLogSettings: a", "Property 'ApiKeySelectionExpression' should be a string.")]
    [InlineData("Domain: [a]\nDisableSchemaValidation: x", "Property 'Domain' should be a map.")]
    [InlineData("DisableSchemaValidation: x\nFailOnWarnings: x", "Type of property 'DisableSchemaValidation' is invalid.")]
    [InlineData("Routes: [a]\nRouteSettings: [a]", "Property 'Routes' should be a map.")]
    [InlineData("Routes: {a: {FunctionArn: x}}\nRouteSettings: [a]\nRouteSelectionExpression: 5", "Property 'RouteSettings' should be a map.")]
    [InlineData("Routes: {a: {FunctionArn: x}}\nRouteSelectionExpression: x\nStageName: 5\nStageVariables: [a]", "Type of property 'StageName' is invalid.")]
    [InlineData("Routes: {a: {FunctionArn: x}}\nRouteSelectionExpression: x\nName: {a: b, c: d}", "Property 'Name' should be a string.")]
    [InlineData("Routes: {a: {FunctionArn: x}}\nRouteSelectionExpression: x\nPropagateTags: {}", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("Routes: {}\nRouteSelectionExpression: x\nIpAddressType: bad", "WebSocket API must have at least one route.")]
    [InlineData("Routes: {a: {FunctionArn: x}}\nRouteSelectionExpression: x\nIpAddressType: IPV4\nDomain: {}", "IpAddressType must be 'ipv4' or 'dualstack'.")]
    [InlineData("Routes: {a: {FunctionArn: x}}\nRouteSelectionExpression: x\nIpAddressType: {a: b}", "IpAddressType must be 'ipv4' or 'dualstack'.")]
    [InlineData("Routes: {a_b: {FunctionArn: x}}\nRouteSelectionExpression: x\nStageName: $default\nDomain: {DomainName: x}", "Custom Domains only works if both DomainName and CertificateArn are provided.")]
    [InlineData("Routes: {a_b: {FunctionArn: x}}\nRouteSelectionExpression: x\nStageName: $default\nAuth: {AuthType: CUSTOM}", "Stages cannot be named $default for WebSocket APIs.")]
    [InlineData("Routes: {a_b: {FunctionArn: x}}\nRouteSelectionExpression: x\nAuth: {AuthType: NONE}", "Authorization is only available if there is a $connect route.")]
    public void Properties_are_checked_in_the_reference_order(string properties, string detail) =>
        Assert.Equal($"Resource with id [Chat] is invalid. {detail}", Error(Api(properties)));

    [Fact]
    public void One_key_maps_stand_for_intrinsic_functions_and_any_map_is_a_stage_name()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Name: {a: b}
            IpAddressType: !If [C, ipv4, dualstack]
            DisableSchemaValidation: {a: b}
            StageName: {}
            Routes: {$connect: {FunctionArn: a}}
            """));
        Assert.Equal(JObject.Parse("""{"a": "b"}"""), resources["Chat"]!["Properties"]!["Name"]);
        Assert.Equal(JObject.Parse("""{"a": "b"}"""), resources["Chat"]!["Properties"]!["DisableSchemaValidation"]);
        AssertResource("""
            {"Fn::Sub": ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Chat.ApiId}/${__StageName__}/$connect", {"__StageName__": {}}]}
            """, resources["ChatConnectPermission"]!["Properties"]!["SourceArn"]);
        Assert.Equal(new JObject(), resources["ChatStage"]!["Properties"]!["StageName"]);
    }

    [Theory]
    [InlineData("RequestParameters: {a: b}", "$default", "Request parameters are only supported for the $connect route in WebSocket APIs.")]
    [InlineData("OperationName: a", "$default", "Route must have associated function.")]
    public void A_route_needs_a_function_and_only_connect_takes_request_parameters(string route, string key, string detail) =>
        Assert.Equal($"Resource with id [Chat] is invalid. {detail}", Error(Api($"""
            RouteSelectionExpression: x
            Routes:
              {key}: {"{"}{route}{"}"}
            """)));

    [Fact]
    public void Route_settings_are_copied_when_not_null_and_empty_request_parameters_are_left_out()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Routes:
              $default:
                FunctionArn: null
                ApiKeyRequired: false
                OperationName: ""
                RequestModels: {}
                RequestParameters: {}
                ModelSelectionExpression: null
                IntegrationTimeout: "100"
            """));
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Chat"}, "ApiKeyRequired": false, "OperationName": "", "RequestModels": {}, "RouteKey": "$default", "Target": {"Fn::Join": ["/", ["integrations", {"Ref": "ChatDefaultIntegration"}]]}}}
            """, resources["ChatDefaultRoute"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Integration", "Properties": {"ApiId": {"Ref": "Chat"}, "IntegrationType": "AWS_PROXY", "IntegrationUri": {"Fn::Sub": ["arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionArn}/invocations", {"FunctionArn": null}]}, "TimeoutInMillis": "100"}}
            """, resources["ChatDefaultIntegration"]);
        AssertResource("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "Principal": "apigateway.amazonaws.com", "SourceArn": {"Fn::Sub": "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Chat.ApiId}/default/$default"}}}
            """, resources["ChatDefaultPermission"]);
    }

    [Fact]
    public void A_custom_authorizer_on_connect_with_its_permission()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Auth:
              AuthType: CUSTOM
              AuthArn: !GetAtt Fn.Arn
              IdentitySource: [route.request.header.Auth]
            Routes:
              $connect: {FunctionArn: a}
              $default: {FunctionArn: a}
            """));
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Chat"}, "AuthorizationType": "CUSTOM", "AuthorizerId": {"Ref": "ChatConnectAuthorizer"}, "RouteKey": "$connect", "Target": {"Fn::Join": ["/", ["integrations", {"Ref": "ChatConnectIntegration"}]]}}}
            """, resources["ChatConnectRoute"]);
        Assert.Null(resources["ChatDefaultRoute"]!["Properties"]!["AuthorizationType"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Authorizer", "Properties": {"ApiId": {"Ref": "Chat"}, "AuthorizerType": "REQUEST", "AuthorizerUri": {"Fn::Sub": ["arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthArn}/invocations", {"AuthArn": {"Fn::GetAtt": ["Fn", "Arn"]}}]}, "IdentitySource": ["route.request.header.Auth"], "Name": "ChatConnectAuthorizer"}}
            """, resources["ChatConnectAuthorizer"]);
        AssertResource("""
            {"Type": "AWS::Lambda::Permission", "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Fn::GetAtt": ["Fn", "Arn"]}, "Principal": "apigateway.amazonaws.com", "SourceArn": {"Fn::Sub": ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*", {"__ApiId__": {"Ref": "Chat"}}]}}}
            """, resources["ChatAuthorizerPermission"]);
    }

    [Fact]
    public void An_invoke_role_replaces_the_permission_even_when_it_is_none()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Auth: {AuthType: CUSTOM, AuthArn: a, InvokeRole: NONE, Name: ""}
            Routes: {$connect: {FunctionArn: a}}
            """));
        Assert.Equal("NONE", (string?)resources["ChatConnectAuthorizer"]!["Properties"]!["AuthorizerCredentialsArn"]);
        Assert.Equal("ChatConnectAuthorizer", (string?)resources["ChatConnectAuthorizer"]!["Properties"]!["Name"]);
        Assert.Null(resources["ChatAuthorizerPermission"]);
        var empty = Resources(Api("""
            RouteSelectionExpression: x
            Auth: {AuthType: CUSTOM, AuthArn: a, InvokeRole: "", IdentitySource: ""}
            Routes: {$connect: {FunctionArn: a}}
            """));
        Assert.Equal("", (string?)empty["ChatConnectAuthorizer"]!["Properties"]!["AuthorizerCredentialsArn"]);
        Assert.Equal("", (string?)empty["ChatConnectAuthorizer"]!["Properties"]!["IdentitySource"]);
        Assert.NotNull(empty["ChatAuthorizerPermission"]);
    }

    [Theory]
    [InlineData("AWS_IAM", "AWS_IAM")]
    [InlineData("NONE", "NONE")]
    [InlineData("aws_iam", "NONE")]
    public void Only_the_upper_case_types_authorize(string type, string authorizationType)
    {
        var resources = Resources(Api($"""
            RouteSelectionExpression: x
            Auth: {"{"}AuthType: {type}{"}"}
            Routes: {"{$connect: {FunctionArn: a}}"}
            """));
        Assert.Equal(authorizationType, (string?)resources["ChatConnectRoute"]!["Properties"]!["AuthorizationType"]);
    }

    [Fact]
    public void A_lower_case_custom_type_is_checked_but_makes_no_authorizer()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Auth: {AuthType: custom, AuthArn: a}
            Routes: {$connect: {FunctionArn: a}}
            """));
        Assert.Equal("NONE", (string?)resources["ChatConnectRoute"]!["Properties"]!["AuthorizationType"]);
        Assert.Null(resources["ChatConnectAuthorizer"]);
        Assert.Null(resources["ChatAuthorizerPermission"]);
    }

    [Theory]
    [InlineData("{AuthType: Nonsense}", "AuthType is not one of AWS_IAM, CUSTOM or NONE.")]
    [InlineData("{AuthType: null, AuthArn: a}", "AuthType must be specified for additional auth configurations.")]
    [InlineData("{PayloadFormatVersion: '1.0'}", "AuthType must be specified for additional auth configurations.")]
    [InlineData("{AuthType: aws_iam, AuthArn: null}", "No additional configurations supported for AuthType AWS_IAM.")]
    [InlineData("{AuthType: NONE, Foo: a}", "No additional configurations supported for AuthType NONE.")]
    [InlineData("{AuthType: Custom, AuthArn: ''}", "AuthArn must be specified if AuthType is CUSTOM.")]
    public void Auth_checks(string auth, string detail) =>
        Assert.Equal($"Resource with id [Chat] is invalid. {detail}", Error(Api($"""
            RouteSelectionExpression: x
            Auth: {auth}
            Routes: {"{$connect: {FunctionArn: a}}"}
            """)));

    [Theory]
    // Each route's key and request parameters are checked, then (once) the authorization, then its function.
    [InlineData("{a_b: {}, $connect: {FunctionArn: a}}", "Route key 'a_b' must be alphanumeric. Only $connect, $disconnect, and $default special routes are supported.")]
    [InlineData("{b: {}, $connect: {FunctionArn: a}}", "AuthType is not one of AWS_IAM, CUSTOM or NONE.")]
    [InlineData("{b: {FunctionArn: a}, a_b: {}, $connect: {FunctionArn: a}}", "AuthType is not one of AWS_IAM, CUSTOM or NONE.")]
    [InlineData("{b: {RequestParameters: {a: b}}, $connect: {FunctionArn: a}}", "Request parameters are only supported for the $connect route in WebSocket APIs.")]
    public void Authorization_is_checked_at_the_first_route(string routes, string detail) =>
        Assert.Equal($"Resource with id [Chat] is invalid. {detail}", Error(Api($"""
            RouteSelectionExpression: x
            Auth: {"{AuthType: Nonsense}"}
            Routes: {routes}
            """)));

    [Theory]
    [InlineData("", "ChatDefaultStage", "default")]
    [InlineData("StageName: default", "ChatDefaultStage", "default")]
    [InlineData("StageName: prod", "ChatprodStage", "prod")]
    [InlineData("StageName: '1'", "Chat1Stage", "1")]
    [InlineData("StageName: ''", "ChatStage", "")]
    public void Stage_ids_and_permissions_follow_the_stage_name(string stage, string stageId, string name)
    {
        var resources = Resources(Api($"""
            RouteSelectionExpression: x
            {stage}
            Routes: {"{$connect: {FunctionArn: a}}"}
            """));
        Assert.Equal(name, (string?)resources[stageId]?["Properties"]?["StageName"]);
        Assert.Equal($"arn:${{AWS::Partition}}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{Chat.ApiId}}/{name}/$connect",
            (string?)resources["ChatConnectPermission"]!["Properties"]!["SourceArn"]!["Fn::Sub"]);
    }

    [Fact]
    public void A_stage_name_that_is_not_alphanumeric_makes_an_invalid_stage_id() =>
        Assert.Equal("Resource with id [ChatProd-1Stage] is invalid. Logical ids must be alphanumeric.",
            Error(Api("RouteSelectionExpression: x\nStageName: Prod-1\nRoutes: {$connect: {FunctionArn: a}}")));

    [Fact]
    public void An_intrinsic_stage_name_is_a_variable_of_the_source_arn()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            StageName: !Ref AWS::StackName
            Routes: {$connect: {FunctionArn: a}}
            """));
        AssertResource("""
            {"Fn::Sub": ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Chat.ApiId}/${__StageName__}/$connect", {"__StageName__": {"Ref": "AWS::StackName"}}]}
            """, resources["ChatConnectPermission"]!["Properties"]!["SourceArn"]);
        Assert.NotNull(resources["ChatStage"]);
    }

    [Fact]
    public void The_stage_waits_for_the_routes_when_it_has_route_settings_and_stage_settings_are_copied_even_when_empty()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            StageName: Prod
            AccessLogSettings: {}
            StageVariables: {}
            DefaultRouteSettings: {}
            RouteSettings: {send: {LoggingLevel: INFO}}
            Routes:
              send: {FunctionArn: a}
              $connect: {FunctionArn: a}
            """));
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Stage", "DependsOn": ["ChatSendRoute", "ChatConnectRoute"], "Properties": {"AccessLogSettings": {}, "RouteSettings": {"send": {"LoggingLevel": "INFO"}}, "DefaultRouteSettings": {}, "ApiId": {"Ref": "Chat"}, "StageName": "Prod", "Tags": {"websocketapi:createdBy": "SAM"}, "StageVariables": {}, "AutoDeploy": true}}
            """, resources["ChatProdStage"]);
        var empty = Resources(Api("RouteSelectionExpression: x\nRouteSettings: {}\nRoutes: {$connect: {FunctionArn: a}}"));
        Assert.Null(empty["ChatDefaultStage"]!["DependsOn"]);
    }

    [Fact]
    public void Api_properties_and_globals()
    {
        var resources = Resources("""
            Globals:
              WebSocketApi:
                Tags: {team: core}
                RouteSettings: {send: {LoggingLevel: INFO}}
                RouteSelectionExpression: $request.body.type

            """ + Api("""
                Tags: {app: chat}
                Description: ""
                ApiKeySelectionExpression: $request.header.x-api-key
                DisableExecuteApiEndpoint: false
                IpAddressType: dualstack
                FailOnWarnings: true
                RouteSettings: {send: {DataTraceEnabled: true}}
                Routes: {send: {FunctionArn: a}}
                """));
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"ApiKeySelectionExpression": "$request.header.x-api-key", "Description": "", "DisableExecuteApiEndpoint": false, "IpAddressType": "dualstack", "Name": "Chat", "ProtocolType": "WEBSOCKET", "RouteSelectionExpression": "$request.body.type", "Tags": {"team": "core", "app": "chat", "websocketapi:createdBy": "SAM"}}}
            """, resources["Chat"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Stage", "DependsOn": ["ChatSendRoute"], "Properties": {"RouteSettings": {"send": {"LoggingLevel": "INFO", "DataTraceEnabled": true}}, "ApiId": {"Ref": "Chat"}, "StageName": "default", "Tags": {"websocketapi:createdBy": "SAM"}, "AutoDeploy": true}}
            """, resources["ChatDefaultStage"]);
    }

    [Fact]
    public void Globals_list_what_they_may_set() => Assert.Equal(
        "'Globals' section is invalid. 'Foo' is not a supported property of 'WebSocketApi'. Must be one of the following values - ['AccessLogSettings', 'ApiKeySelectionExpression', 'DefaultRouteSettings', 'DisableExecuteApiEndpoint', 'DisableSchemaValidation', 'Domain', 'FailOnWarnings', 'IpAddressType', 'PropagateTags', 'RouteSelectionExpression', 'RouteSettings', 'StageVariables', 'Tags']",
        Assert.Single(Transform($"""
            Globals:
              WebSocketApi:
                Foo: bar
            {Api("RouteSelectionExpression: x\nRoutes: {$connect: {FunctionArn: a}}")}
            """).Errors).Message);

    [Fact]
    public void Propagated_tags_reach_the_stage_and_the_domain_and_sam_s_tag_is_always_sam_s()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            PropagateTags: true
            Tags: {a: 5, "websocketapi:createdBy": me}
            Domain: {DomainName: d, CertificateArn: c}
            Routes: {$connect: {FunctionArn: a}}
            """));
        var tags = JObject.Parse("""{"a": 5, "websocketapi:createdBy": "SAM"}""");
        Assert.Equal(tags, resources["Chat"]!["Properties"]!["Tags"]);
        Assert.Equal(tags, resources["ChatDefaultStage"]!["Properties"]!["Tags"]);
        Assert.Equal(tags, resources["ApiGatewayDomainNameV23c363836cf"]!["Properties"]!["Tags"]);
    }

    [Fact]
    public void Intrinsic_tags_get_sam_s_tag_added_into_them()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Tags: !Ref X
            Domain: {DomainName: d, CertificateArn: c}
            Routes: {$connect: {FunctionArn: a}}
            """));
        Assert.Equal(JObject.Parse("""{"Ref": "X", "websocketapi:createdBy": "SAM"}"""), resources["Chat"]!["Properties"]!["Tags"]);
        var own = JObject.Parse("""{"websocketapi:createdBy": "SAM"}""");
        Assert.Equal(own, resources["ChatDefaultStage"]!["Properties"]!["Tags"]);
        Assert.Equal(own, resources["ApiGatewayDomainNameV23c363836cf"]!["Properties"]!["Tags"]);
    }

    [Fact]
    public void Only_depends_on_is_carried_over_and_only_to_the_api()
    {
        var resources = Resources($"""
            Conditions:
              C: !Equals [a, a]
            Resources:
              Other:
                Type: AWS::SNS::Topic
            {Api("""
                RouteSelectionExpression: x
                RouteSettings: {a: {}}
                Auth: {AuthType: CUSTOM, AuthArn: a}
                Routes: {$connect: {FunctionArn: a}}
                Domain:
                  DomainName: d
                  CertificateArn: c
                  Route53: {HostedZoneId: h}
                """, """
                Condition: C
                DependsOn: Other
                DeletionPolicy: Retain
                UpdateReplacePolicy: Retain
                Metadata: {m: 1}
                UpdatePolicy: {u: 1}
                """)["Resources:\n".Length..]}
            """);
        Assert.Equal("Other", (string?)resources["Chat"]!["DependsOn"]);
        foreach (var resource in resources.Properties().Where(p => p.Name.StartsWith("Chat", StringComparison.Ordinal) || p.Name.StartsWith("ApiGateway", StringComparison.Ordinal) || p.Name.StartsWith("RecordSet", StringComparison.Ordinal)))
        {
            var attributes = ((JObject)resource.Value).Properties().Select(p => p.Name).Where(n => n is not ("Type" or "Properties"));
            Assert.Equal(resource.Name == "Chat" ? ["DependsOn"] : resource.Name == "ChatDefaultStage" ? ["DependsOn"] : [], attributes);
        }
    }

    [Fact]
    public void Mutual_tls_is_refused_before_any_other_domain_check() => Assert.Equal(
        "Resource with id [Chat] is invalid. Mutual TLS domain name association is not supported for Websocket APIs.",
        Error(Api("""
            RouteSelectionExpression: x
            Routes: {$connect: {FunctionArn: a}}
            Domain:
              CertificateArn: c
              MutualTlsAuthentication: {TruststoreUri: u}
            """)));

    [Fact]
    public void The_custom_domain_maps_its_base_paths_to_the_stage()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            StageName: Prod
            Routes: {$default: {FunctionArn: a}}
            Domain:
              DomainName: a.example.com
              CertificateArn: arn:cert
              SecurityPolicy: TLS_1_2
              BasePath: [/get]
              Route53: {HostedZoneName: example.com., IpV6: true}
            """));
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::DomainName", "Properties": {"DomainName": "a.example.com", "DomainNameConfigurations": [{"CertificateArn": "arn:cert", "EndpointType": "REGIONAL", "SecurityPolicy": "TLS_1_2"}], "Tags": {"websocketapi:createdBy": "SAM"}}}
            """, resources["ApiGatewayDomainNameV26c21496336"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::ApiMapping", "Properties": {"ApiId": {"Ref": "Chat"}, "ApiMappingKey": "get", "DomainName": {"Ref": "ApiGatewayDomainNameV26c21496336"}, "Stage": {"Ref": "ChatProdStage"}}}
            """, resources["ChatgetApiMapping"]);
        Assert.Equal(["A", "AAAA"], resources["RecordSetGroup22b77bea9d"]!["Properties"]!["RecordSets"]!.Select(r => (string)r["Type"]!));
    }

    [Fact]
    public void A_websocket_api_s_records_replace_the_zone_s_group_and_http_apis_share_theirs()
    {
        static string Domain(string name) => $$"""
                  Domain:
                    DomainName: {{name}}.example.com
                    CertificateArn: c
                    Route53: {HostedZoneId: Z1}
            """;
        static string WebSocket(string id, string name) => $$$"""
              {{{id}}}:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: x
                  Routes: {$connect: {FunctionArn: a}}
            {{{Domain(name)}}}
            """;
        static string Http(string id, string name) => $"""
              {id}:
                Type: AWS::Serverless::HttpApi
                Properties:
            {Domain(name)}
            """;
        JToken Names(params string[] apis) =>
            new JArray(Resources("Resources:\n" + string.Join("\n", apis))["RecordSetGroup0cf6d58763"]!["Properties"]!["RecordSets"]!.Select(r => r["Name"]));
        Assert.Equal(new JArray("w2.example.com"), Names(Http("H", "h"), WebSocket("W", "w"), WebSocket("W2", "w2")));
        Assert.Equal(new JArray("h.example.com", "h2.example.com"), Names(WebSocket("W", "w"), Http("H", "h"), Http("H2", "h2")));
    }

    [Fact]
    public void A_connector_treats_the_api_as_an_api_gateway_v2_api()
    {
        var resources = Resources(Api("""
            RouteSelectionExpression: x
            Routes: {$connect: {FunctionArn: !GetAtt Fn.Arn}}
            """, """
            Connectors:
              MyConn:
                Properties:
                  Destination: {Id: Fn}
                  Permissions: [Write]
            """));
        AssertResource("""
            {"Type": "AWS::Lambda::Permission", "Metadata": {"aws:sam:connectors": {"ChatMyConn": {"Source": {"Type": "AWS::Serverless::WebSocketApi"}, "Destination": {"Type": "AWS::Serverless::Function"}}}}, "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Fn::GetAtt": ["Fn", "Arn"]}, "Principal": "apigateway.amazonaws.com", "SourceArn": {"Fn::Sub": ["arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${SourceResourceId}/${SourceQualifier}", {"SourceResourceId": {"Ref": "Chat"}, "SourceQualifier": "*"}]}}}
            """, resources["ChatMyConnWriteLambdaPermission"]);
    }

    [Fact]
    public void Routes_and_auth_have_template_parameters_resolved_and_the_other_properties_do_not()
    {
        var resources = Resources("""
            Parameters:
              P: {Type: String, Default: pv}
              T: {Type: String, Default: CUSTOM}
              S: {Type: String, Default: stg}
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  Name: !Ref P
                  RouteSelectionExpression: !Ref P
                  StageName: !Ref S
                  Tags: {a: !Ref P}
                  AccessLogSettings: {DestinationArn: !Ref P}
                  Auth:
                    AuthType: !Ref T
                    AuthArn: !Ref P
                    InvokeRole: !Ref P
                    Name: !Ref P
                    IdentitySource: [!Ref P, x]
                  Routes:
                    $connect:
                      FunctionArn: !Ref P
                      OperationName: !Ref P
                      IntegrationTimeout: !Ref P
                      RequestParameters: {a: !Ref P}
            """);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Api", "Properties": {"Name": {"Ref": "P"}, "ProtocolType": "WEBSOCKET", "RouteSelectionExpression": {"Ref": "P"}, "Tags": {"a": {"Ref": "P"}, "websocketapi:createdBy": "SAM"}}}
            """, resources["Chat"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Route", "Properties": {"ApiId": {"Ref": "Chat"}, "AuthorizationType": "CUSTOM", "AuthorizerId": {"Ref": "ChatConnectAuthorizer"}, "OperationName": "pv", "RequestParameters": {"a": "pv"}, "RouteKey": "$connect", "Target": {"Fn::Join": ["/", ["integrations", {"Ref": "ChatConnectIntegration"}]]}}}
            """, resources["ChatConnectRoute"]);
        Assert.Equal("pv", (string?)resources["ChatConnectIntegration"]!["Properties"]!["TimeoutInMillis"]);
        Assert.Equal("pv", (string?)resources["ChatConnectPermission"]!["Properties"]!["FunctionName"]);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::Authorizer", "Properties": {"ApiId": {"Ref": "Chat"}, "AuthorizerCredentialsArn": "pv", "AuthorizerType": "REQUEST", "AuthorizerUri": {"Fn::Sub": ["arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthArn}/invocations", {"AuthArn": "pv"}]}, "IdentitySource": ["pv", "x"], "Name": "pv"}}
            """, resources["ChatConnectAuthorizer"]);
        Assert.Equal(JObject.Parse("""{"DestinationArn": {"Ref": "P"}}"""), resources["ChatStage"]!["Properties"]!["AccessLogSettings"]);
    }

    [Theory]
    [InlineData("RequestParameters: !Ref E", "$default", null)]
    [InlineData("RequestParameters: !Ref P", "$default", "Request parameters are only supported for the $connect route in WebSocket APIs.")]
    public void Request_parameters_are_checked_once_resolved(string setting, string key, string? detail)
    {
        var result = Transform($$"""
            Parameters:
              E: {Type: String, Default: ""}
              P: {Type: String, Default: pv}
            Resources:
              Chat:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: x
                  Routes:
                    {{key}}: {FunctionArn: a, {{setting}}}
            """);
        Assert.Equal(detail is null ? null : $"Resource with id [Chat] is invalid. {detail}", result.Errors.SingleOrDefault()?.Message);
    }

    [Theory]
    [InlineData("\"\"", "ApiGatewayDomainNameV2")]
    [InlineData("{}", "ApiGatewayDomainNameV2")]
    [InlineData("0", "ApiGatewayDomainNameV2")]
    [InlineData("d", "ApiGatewayDomainNameV23c363836cf")]
    public void A_domain_name_python_reads_as_false_gets_no_hash(string name, string domainId) =>
        Assert.Equal("AWS::ApiGatewayV2::DomainName", (string?)Resources(Api($$$"""
            RouteSelectionExpression: x
            Routes: {$connect: {FunctionArn: a}}
            Domain: {DomainName: {{{name}}}, CertificateArn: c}
            """))[domainId]?["Type"]);

    [Theory]
    [InlineData("{HostedZoneId: {}}", "RecordSetGroup", """{"HostedZoneId": {}}""")]
    [InlineData("{HostedZoneId: '', HostedZoneName: z}", "RecordSetGroup395df8f7c5", """{"HostedZoneId": ""}""")]
    [InlineData("{HostedZoneId: null, HostedZoneName: ''}", "RecordSetGroup", "{}")]
    [InlineData("{HostedZoneName: []}", "RecordSetGroup", """{"HostedZoneName": []}""")]
    public void The_zone_is_the_id_when_it_is_set_else_the_name(string route53, string groupId, string zone)
    {
        var group = (JObject)Resources(Api($$$"""
            RouteSelectionExpression: x
            Routes: {$connect: {FunctionArn: a}}
            Domain: {DomainName: d, CertificateArn: c, Route53: {{{route53}}}}
            """))[groupId]!["Properties"]!.DeepClone();
        group.Remove("RecordSets");
        Assert.Equal(JObject.Parse(zone), group);
    }

    [Fact]
    public void Apis_with_the_same_domain_name_share_its_id_and_the_last_one_s_settings_win()
    {
        var resources = Resources("""
            Conditions:
              C: !Equals [a, a]
            Resources:
              A1:
                Type: AWS::Serverless::HttpApi
                Condition: C
                Properties:
                  Domain: {DomainName: same.example.com, CertificateArn: c1, Route53: {HostedZoneId: Z}}
              W1:
                Type: AWS::Serverless::WebSocketApi
                Properties:
                  RouteSelectionExpression: x
                  Routes: {$connect: {FunctionArn: a}}
                  Domain: {DomainName: same.example.com, CertificateArn: c2, BasePath: [w1], Route53: {HostedZoneId: Z}}
              A2:
                Type: AWS::Serverless::HttpApi
                Properties:
                  Domain: {DomainName: same.example.com, CertificateArn: c4, Route53: {HostedZoneId: Z}}
            """);
        AssertResource("""
            {"Type": "AWS::ApiGatewayV2::DomainName", "Properties": {"DomainName": "same.example.com", "DomainNameConfigurations": [{"CertificateArn": "c4", "EndpointType": "REGIONAL"}], "Tags": {"httpapi:createdBy": "SAM"}}}
            """, resources["ApiGatewayDomainNameV289256bd2d7"]);
        Assert.NotNull(resources["A1ApiMapping"]);
        Assert.NotNull(resources["W1w1ApiMapping"]);
        Assert.NotNull(resources["A2ApiMapping"]);
        // The HTTP APIs' group (with the first one's condition) is written last.
        var group = resources["RecordSetGroup909f99a779"]!;
        Assert.Equal("C", (string?)group["Condition"]);
        Assert.Equal(2, ((JArray)group["Properties"]!["RecordSets"]!).Count);
    }

    [Fact]
    public void Base_paths_that_make_the_same_mapping_id_leave_the_last_one() => Assert.Equal(
        ["ChatabApiMapping"],
        Resources(Api("""
            RouteSelectionExpression: x
            Routes: {$connect: {FunctionArn: a}}
            Domain: {DomainName: d, CertificateArn: c, BasePath: [a-b, ab, /ab/]}
            """)).Properties().Select(p => p.Name).Where(n => n.EndsWith("ApiMapping", StringComparison.Ordinal)));

    [Fact]
    public void A_generated_id_that_a_template_resource_has_is_an_error() => Assert.Equal(
        "Transforming resource with id [Chat] attempts to create a new resource with id [ChatConnectRoute] and type \"AWS::ApiGatewayV2::Route\". A resource with that id already exists within this template. Please use a different id for that resource.",
        Error(Api("RouteSelectionExpression: x\nRoutes: {$connect: {FunctionArn: a}}") + "  ChatConnectRoute:\n    Type: AWS::SNS::Topic\n"));

    [Fact]
    public void Errors_point_at_the_line_of_the_value()
    {
        var result = Transform(Api("""
            RouteSelectionExpression: x
            Routes:
              $connect: {FunctionArn: a}
              bad_key: {FunctionArn: a}
            """));
        var error = Assert.Single(result.Errors);
        Assert.Equal(14, error.Location!.Value.Line);
    }
}
