using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// REST APIs end to end: <c>Api</c> events, the implicit <c>ServerlessRestApi</c> and <c>AWS::Serverless::Api</c>.
/// Expected ids and messages are what the reference translator gives for the same templates.
/// </summary>
public class RestApiExpanderTests
{
    private static TransformResult Transform(string yaml, string partition = "aws")
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Partition = partition, Region = "us-east-1" });
    }

    private static JObject Resources(string yaml, string partition = "aws")
    {
        var result = Transform(yaml, partition);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    private const string FunctionHead = """
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs12.x
              Events:
        """;

    private const string ImplicitWithParameters = FunctionHead + """

                E:
                  Type: Api
                  Properties:
                    Path: /a/{id}
                    Method: get
                    TimeoutInMillis: 1234
                    ResponseTransferMode: STREAM
                    RequestParameters:
                      - method.request.header.Authorization
                      - method.request.querystring.foo:
                          Required: true
                          Caching: true
                      - method.request.path.id:
                          Required: false
                    Stage: whatever
        """;

    [Fact]
    public void Events_without_an_api_share_the_implicit_api_on_stage_prod()
    {
        var resources = Resources(ImplicitWithParameters);
        Assert.Equal(
            ["Fn", "FnEPermissionProd", "FnRole", "ServerlessRestApi", "ServerlessRestApiDeployment6105e585e4", "ServerlessRestApiProdStage"],
            resources.Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
        var deployment = resources["ServerlessRestApiDeployment6105e585e4"]!["Properties"]!;
        Assert.Equal("RestApi deployment id: 6105e585e4c699e26ad208863246a17f5018d7fd", (string)deployment["Description"]!);
        Assert.Equal("Stage", (string)deployment["StageName"]!);
        var stage = resources["ServerlessRestApiProdStage"]!["Properties"]!;
        Assert.Equal(JObject.Parse("""{"DeploymentId": {"Ref": "ServerlessRestApiDeployment6105e585e4"}, "RestApiId": {"Ref": "ServerlessRestApi"}, "StageName": "Prod"}"""), stage);

        var method = resources["ServerlessRestApi"]!["Properties"]!["Body"]!["paths"]!["/a/{id}"]!["get"]!;
        Assert.Equal(JObject.Parse("""
            {"type": "aws_proxy", "httpMethod": "POST", "timeoutInMillis": 1234, "cacheKeyParameters": ["method.request.querystring.foo"],
             "uri": {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations"}}
            """).Properties().OrderBy(p => p.Name).ToString(), ((JObject)method["x-amazon-apigateway-integration"]!).Properties().OrderBy(p => p.Name).ToString());
        Assert.Equal(JArray.Parse("""
            [{"in": "header", "name": "Authorization", "required": false, "type": "string"},
             {"in": "query", "name": "foo", "required": true, "type": "string"},
             {"in": "path", "name": "id", "required": false, "type": "string"}]
            """), method["parameters"]);
    }

    [Fact]
    public void Arns_and_the_deployment_hash_follow_the_partition()
    {
        var resources = Resources(ImplicitWithParameters, "aws-cn");
        Assert.NotNull(resources["ServerlessRestApiDeployment4fb3efdbf0"]);
        Assert.Equal("arn:aws-cn:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/GET/a/*",
            (string)resources["FnEPermissionProd"]!["Properties"]!["SourceArn"]!["Fn::Sub"]![0]!);
    }

    [Fact]
    public void Explicit_apis_name_their_stage_and_permissions_after_the_stage_name()
    {
        var resources = Resources(FunctionHead + """

                A:
                  Type: Api
                  Properties:
                    RestApiId: !Ref MyApi
                    Path: /foo/{id}/bar
                    Method: ANY
                B:
                  Type: Api
                  Properties:
                    RestApiId: !Ref MyApi2
                    Path: /x/
                    Method: Get
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: prod-1
          MyApi2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: v1
        """);
        Assert.Equal(
            ["Fn", "FnAPermission4056a32ed5", "FnBPermissionv1", "FnRole", "MyApi", "MyApi2", "MyApi2Deployment9e0fc26766", "MyApi2v1Stage", "MyApiDeployment35bb9c6bc6", "MyApiStage4056a32ed5"],
            resources.Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}/GET/x",
            (string)resources["FnBPermissionv1"]!["Properties"]!["SourceArn"]!["Fn::Sub"]![0]!);
        Assert.Equal("AWS::ApiGateway::RestApi", (string)resources["MyApi"]!["Type"]!);
        Assert.NotNull(resources["MyApi"]!["Properties"]!["Body"]!["paths"]!["/foo/{id}/bar"]!["x-amazon-apigateway-any-method"]);
    }

    [Fact]
    public void A_route_declared_twice_is_reported_on_the_function_sam_translates_second()
    {
        // SAM translates functions in Python 2.7 dict order of their ids: Fn2 before Fn here.
        var result = Transform(FunctionHead + """

                A: {Type: Api, Properties: {Path: /a, Method: get}}
          Fn2:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs12.x
              Events:
                A: {Type: Api, Properties: {Path: /a, Method: GET}}
                B: {Type: Api, Properties: {Path: /a, Method: any}}
        """);
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [A] is invalid. API method \"get\" defined multiple times for path \"/a\".", result.ErrorMessage);
    }

    [Theory]
    [InlineData("Properties: {Path: /a}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Property 'Method' is required.")]
    [InlineData("Properties: {}", "Resource with id [FnE] is invalid. Missing required property 'Path'.")]
    [InlineData("Properties: {Path: 1, Method: get}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Property 'Path' should be a string.")]
    [InlineData("Properties: {Path: /a, Method: get, Foo: 1}", "Resource with id [FnE] is invalid. property Foo not defined for resource of type Api")]
    [InlineData("Properties: {Path: /a, Method: get, RestApiId: Nope}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. RestApiId must be a valid reference to an 'AWS::Serverless::Api' resource in same template.")]
    [InlineData("Properties: {Path: /a, Method: get, RestApiId: !Ref Http}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. RestApiId must be a valid reference to an 'AWS::Serverless::Api' resource in same template.")]
    [InlineData("Properties: {Path: /a, Method: get, RestApiId: {Fn::ImportValue: x}}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Property 'RestApiId' should be a string.")]
    [InlineData("Properties: {Path: /a, Method: get, TimeoutInMillis: '100'}", "Resource with id [FnE] is invalid. Type of property 'TimeoutInMillis' is invalid.")]
    [InlineData("Properties: {Path: /a, Method: get, TimeoutInMillis: x, Stage: [1]}", "Resource with id [FnE] is invalid. Property 'Stage' should be a string.")]
    [InlineData("Properties: {Path: /a, Method: get, RequestParameters: [method.request.HEADER.x]}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Invalid value for 'RequestParameters' property. Keys must be in the format 'method.request.[querystring|path|header].{value}', e.g 'method.request.header.Authorization'.")]
    [InlineData("Properties: {Path: /a, Method: get, RequestParameters: [{method.request.path.p: {Cache: true}}]}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Invalid value for 'RequestParameters' property. Values must be an object, e.g { Required: true, Caching: false }")]
    [InlineData("Properties: {Path: /a, Method: get, RequestParameters: [[x]]}", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Invalid value for 'RequestParameters' property. Property must be either a string or an object")]
    public void Event_errors_read_as_the_reference_words_them(string properties, string cause)
    {
        var result = Transform(FunctionHead + $"\n        E:\n          Type: Api\n          {properties}\n  Http:\n    Type: AWS::Serverless::HttpApi\n");
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. " + cause, result.ErrorMessage);
    }

    [Theory]
    [InlineData("StageName: s\n      Name: 1", "Resource with id [Api] is invalid. Type of property 'Name' is invalid.")]
    [InlineData("Description: 1", "Resource with id [Api] is invalid. Missing required property 'StageName'.")]
    [InlineData("StageName: s\n      DefinitionBody: Hello", "Resource with id [Api] is invalid. Property 'DefinitionBody' should be a map.")]
    [InlineData("StageName: s\n      DefinitionUri: http://b/k", "Resource with id [Api] is invalid. 'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.")]
    [InlineData("StageName: s\n      AlwaysDeploy: !Ref X", "Resource with id [Api] is invalid. Type of property 'AlwaysDeploy' is invalid.")]
    [InlineData("StageName: s\n      Foo: 1", "Resource with id [Api] is invalid. property Foo not defined for resource of type AWS::Serverless::Api")]
    public void Api_errors_read_as_the_reference_words_them(string properties, string cause)
    {
        var result = Transform($"Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      {properties}\n");
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. " + cause, result.ErrorMessage);
    }

    [Fact]
    public void A_definition_uri_becomes_the_body_s3_location_and_is_hashed()
    {
        var resources = Resources("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: MyStageName
                  DefinitionUri: s3://sam-demo-bucket/webpage_swagger.json
            """);
        Assert.Equal(JObject.Parse("""{"Bucket": "sam-demo-bucket", "Key": "webpage_swagger.json"}"""), resources["Api"]!["Properties"]!["BodyS3Location"]);
        // The reference hashes {'Bucket': u'sam-demo-bucket', 'Key': u'webpage_swagger.json'}.
        Assert.NotNull(resources["ApiDeploymentf117c932f7"]);
        Assert.NotNull(resources["ApiMyStageNameStage"]);
    }

    [Fact]
    public void The_names_of_the_functions_behind_an_api_join_its_deployment_hash()
    {
        // The reference hashes the document, then "||{u'Ref': u'AWS::StackName'}zed-fn".
        var resources = Resources("""
            Resources:
              Zed:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: zed-fn
                  CodeUri: s3://b/k.zip
                  Handler: index.h
                  Runtime: nodejs12.x
                  Events:
                    A: {Type: Api, Properties: {Path: /a, Method: get}}
              Abc:
                Type: AWS::Serverless::Function
                Properties:
                  FunctionName: !Ref AWS::StackName
                  CodeUri: s3://b/k.zip
                  Handler: index.h
                  Runtime: nodejs12.x
                  Events:
                    A: {Type: Api, Properties: {Path: /b, Method: get}}
              NoName:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/k.zip
                  Handler: index.h
                  Runtime: nodejs12.x
                  Events:
                    A: {Type: Api, Properties: {Path: /c, Method: get}}
            """);
        Assert.NotNull(resources["ServerlessRestApiDeployment4012cecbfd"]);
    }

    [Fact]
    public void A_function_that_propagates_its_tags_tags_the_implicit_api_and_its_stage()
    {
        var resources = Resources(FunctionHead + """

                A: {Type: Api, Properties: {Path: /a, Method: get}}
              PropagateTags: true
              Tags: {A: b}
        """);
        var tags = JArray.Parse("""[{"Key": "A", "Value": "b"}]""");
        Assert.Equal(tags, resources["ServerlessRestApi"]!["Properties"]!["Tags"]);
        Assert.Equal(tags, resources["ServerlessRestApiProdStage"]!["Properties"]!["Tags"]);
        Assert.NotNull(resources["ServerlessRestApiDeployment0c6997ad9f"]);
    }

    // Expected messages: the reference's.
    [Fact]
    public void A_route_declared_twice_is_reported_before_the_second_events_request_parameters()
    {
        var result = Transform(FunctionHead + """

                E1: {Type: Api, Properties: {Path: /a, Method: get}}
                E2: {Type: Api, Properties: {Path: /a, Method: get, RequestParameters: [bad]}}
        """);
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [E2] is invalid. API method \"get\" defined multiple times for path \"/a\".", result.ErrorMessage);
    }

    [Fact]
    public void Globals_are_checked_before_the_stage_name_of_an_events_api()
    {
        var result = Transform("""
            Resources:
              Api:
                Type: AWS::Serverless::Api
                Properties: {StageName: ''}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://b/k.zip
                  Handler: index.h
                  Runtime: nodejs12.x
                  Events:
                    E: {Type: Api, Properties: {Path: /, Method: ANY, RestApiId: !Ref Api}}
            Globals:
              Api:
                StageName: ''
            """);
        Assert.StartsWith("Invalid Serverless Application Specification document. Number of errors found: 1. 'Globals' section is invalid. 'StageName' is not a supported property of 'Api'.", result.ErrorMessage);
    }

    private static string TwoEvents(string first, string second, string firstRoute, string secondRoute, string extra) => $$"""
        Resources:
          HtmlFunction:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k
              Handler: index.h
              Runtime: nodejs18.x
              Events:
                {{first}}:
                  Type: Api
                  Properties: {RestApiId: !Ref HtmlApi, {{firstRoute}}{{extra}} }
                {{second}}:
                  Type: Api
                  Properties: {RestApiId: !Ref HtmlApi, {{secondRoute}}{{extra}} }
          HtmlApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Models:
                Item: {type: object}
        """;

    [Theory]
    // GetHtml and AnyPath collide in a 2.7 dict: SAM reports the first failing event after one copy of the events...
    [InlineData("GetHtml", "AnyPath", ", RequestModel: {Model: User}", "GetHtml", "get", "/")]
    [InlineData("AnyPath", "GetHtml", ", RequestModel: {Model: User}", "AnyPath", "get", "/")]
    public void Of_a_functions_failing_events_the_one_sam_reads_first_is_reported(string first, string second, string extra, string reported, string method, string path)
    {
        var message = RestTransforms.Error(TwoEvents(first, second, "Path: /, Method: get", "Path: /any, Method: any", extra));
        Assert.Equal(RestTransforms.ErrorPrefix + $"1. Resource with id [HtmlFunction] is invalid. Event with id [{reported}] is invalid. Unable to set RequestModel [User] on API method [{(reported == first ? method : "any")}] for path [{(reported == first ? path : "/any")}] because it wasn't defined in the API's Models.", message);
    }

    [Theory]
    // ... and a route declared twice on the event it adds second, in the order without the copy.
    [InlineData("GetHtml", "AnyPath", "GetHtml")]
    [InlineData("AnyPath", "GetHtml", "AnyPath")]
    public void A_route_declared_twice_by_one_function_is_reported_on_the_event_added_second(string first, string second, string reported)
    {
        var message = RestTransforms.Error(TwoEvents(first, second, "Path: /, Method: get", "Path: /, Method: get", ""));
        Assert.Equal(RestTransforms.ErrorPrefix + $"1. Resource with id [HtmlFunction] is invalid. Event with id [{reported}] is invalid. API method \"get\" defined multiple times for path \"/\".", message);
    }
}
