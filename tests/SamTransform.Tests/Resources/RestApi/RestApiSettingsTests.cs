using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// The settings of <c>AWS::Serverless::Api</c> (<c>RestApiSettings</c>): the generated RestApi, Deployment and Stage,
/// the edits of the document and their effect on the deployment hash, and the reference's messages. Every expected
/// value is what the reference translator gives for the same template.
/// </summary>
public class RestApiSettingsTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static TransformResult Transform(string yaml, string region = "us-east-1", TimeProvider? clock = null)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Region = region, Clock = clock ?? TimeProvider.System });
    }

    private static JObject Resources(string yaml, string region = "us-east-1", TimeProvider? clock = null)
    {
        var result = Transform(yaml, region, clock);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    private static JObject Props(JObject resources, string id) => (JObject)resources[id]!["Properties"]!;

    private static string Error(string yaml)
    {
        var result = Transform(yaml);
        Assert.False(result.Succeeded);
        return result.ErrorMessage!;
    }

    private const string Function = """

          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: index.h
              Runtime: nodejs12.x
              Events:
                E:
                  Type: Api
                  Properties: {Path: /, Method: get, RestApiId: !Ref MyApi}
        """;

    private static string Api(string properties, bool withFunction = true) => $$"""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
        {{string.Join("\n", properties.Split('\n').Select(line => "      " + line))}}
        """ + (withFunction ? Function : "");

    [Fact]
    public void Every_setting_reaches_the_rest_api_the_stage_and_the_hashed_document()
    {
        var resources = Resources(Api("""
            StageName: dev
            Name: myname
            Description: my desc
            Variables: {A: b}
            MethodSettings: [{HttpMethod: '*', ResourcePath: '/*', LoggingLevel: INFO}]
            AccessLogSetting: {DestinationArn: arn, Format: fmt}
            CanarySetting: {PercentTraffic: 10}
            TracingEnabled: true
            CacheClusterEnabled: true
            CacheClusterSize: '0.5'
            BinaryMediaTypes: [image~1png, image/gif]
            MinimumCompressionSize: 256
            EndpointConfiguration: {Type: PRIVATE, VPCEndpointIds: [vpc-1], IpAddressType: dualstack}
            DisableExecuteApiEndpoint: true
            Mode: overwrite
            FailOnWarnings: true
            Tags: {K: V, B: x, A: y}
            PropagateTags: true
            """));
        var deployment = Props(resources, "MyApiDeploymentf3aa9eb773");
        Assert.Equal("RestApi deployment id: f3aa9eb773381fd3d0a9138ba83d5625eb375fdc", (string)deployment["Description"]!);
        Assert.Equal("Stage", (string)deployment["StageName"]!);

        var tags = JArray.Parse("""[{"Key": "A", "Value": "y"}, {"Key": "K", "Value": "V"}, {"Key": "B", "Value": "x"}]""");
        var api = Props(resources, "MyApi");
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"Description": "my desc", "FailOnWarnings": true, "Name": "myname", "Parameters": {"endpointConfigurationTypes": "PRIVATE"},
             "EndpointConfiguration": {"Types": ["PRIVATE"], "VpcEndpointIds": ["vpc-1"], "IpAddressType": "dualstack"},
             "BinaryMediaTypes": ["image~1png", "image/gif"], "MinimumCompressionSize": 256, "Mode": "overwrite"}
            """), new JObject(api.Properties().Where(p => p.Name is not "Body" and not "Tags"))), api.ToString());
        Assert.True(JToken.DeepEquals(tags, api["Tags"]));
        Assert.True(JToken.DeepEquals(JArray.Parse("""["image/png", "image/gif"]"""), api["Body"]!["x-amazon-apigateway-binary-media-types"]));
        Assert.True((bool)api["Body"]!["x-amazon-apigateway-endpoint-configuration"]!["disableExecuteApiEndpoint"]!);

        var stage = Props(resources, "MyApidevStage");
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"AccessLogSetting": {"DestinationArn": "arn", "Format": "fmt"}, "CacheClusterEnabled": true, "CacheClusterSize": "0.5",
             "CanarySetting": {"PercentTraffic": 10}, "DeploymentId": {"Ref": "MyApiDeploymentf3aa9eb773"}, "RestApiId": {"Ref": "MyApi"},
             "StageName": "dev", "TracingEnabled": true, "Variables": {"A": "b"},
             "MethodSettings": [{"HttpMethod": "*", "ResourcePath": "/*", "LoggingLevel": "INFO"}]}
            """), new JObject(stage.Properties().Where(p => p.Name != "Tags"))), stage.ToString());
        Assert.True(JToken.DeepEquals(tags, stage["Tags"]));
    }

    [Fact]
    public void OpenApi_3_replaces_the_swagger_version_puts_the_endpoint_extension_in_servers_and_drops_the_deployment_stage()
    {
        var resources = Resources(Api("""
            StageName: dev
            OpenApiVersion: 3.0
            DisableExecuteApiEndpoint: false
            """));
        var deployment = Props(resources, "MyApiDeploymentc4521b2db0");
        Assert.Null(deployment["StageName"]);
        var body = Props(resources, "MyApi")["Body"]!;
        Assert.Null(body["swagger"]);
        Assert.Equal("3.0", (string)body["openapi"]!);
        Assert.False((bool)body["servers"]![0]!["x-amazon-apigateway-endpoint-configuration"]!["disableExecuteApiEndpoint"]!);
    }

    /// <summary>AWS's transform takes a number of the form 3.d as the version, as the text of the number (3.10 is 3.1).</summary>
    [Theory]
    [InlineData("3.5", "3.5", "MyApiDeploymentb72f3081ba")]
    [InlineData("3.10", "3.1", "MyApiDeploymentb0e55bbbd4")]
    public void A_version_number_with_one_decimal_after_three_is_taken(string written, string version, string deploymentId)
    {
        var resources = Resources(Api($"StageName: dev\nOpenApiVersion: {written}"));
        var body = Props(resources, "MyApi")["Body"]!;
        Assert.Equal(JTokenType.String, body["openapi"]!.Type);
        Assert.Equal(version, (string)body["openapi"]!);
        Assert.Null(body["swagger"]);
        Assert.NotNull(resources[deploymentId]);
    }

    [Fact]
    public void The_templates_document_gets_binary_media_types_with_parameters_resolved_and_the_endpoint_extension()
    {
        var resources = Resources("""
            Parameters:
              T: {Type: String, Default: image~1jpeg}
            """ + "\n" + Api("""
            StageName: dev
            BinaryMediaTypes: [!Ref T, a~1b]
            DisableExecuteApiEndpoint: true
            DefinitionBody: {openapi: "3.0.1", paths: {}, x-amazon-apigateway-binary-media-types: [c/d]}
            """, withFunction: false));
        Assert.NotNull(resources["MyApiDeploymentd6eefee27d"]);
        var api = Props(resources, "MyApi");
        Assert.True(JToken.DeepEquals(JArray.Parse("""["image~1jpeg", "a~1b"]"""), api["BinaryMediaTypes"]));
        Assert.True(JToken.DeepEquals(JArray.Parse("""["image/jpeg", "a/b"]"""), api["Body"]!["x-amazon-apigateway-binary-media-types"]));
    }

    [Fact]
    public void A_definition_uri_with_an_open_api_version_hashes_the_version_too_and_an_intrinsic_stage_name_names_the_stage_plainly()
    {
        var resources = Resources(Api("""
            StageName: !Ref AWS::Region
            DefinitionUri: s3://b/k.json
            OpenApiVersion: '2.0'
            Tags: {A: 1}
            """, withFunction: false));
        Assert.NotNull(resources["MyApiDeployment9a01100ddb"]);
        Assert.Null(Props(resources, "MyApi")["Tags"]);
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"Key": "A", "Value": 1}]"""), Props(resources, "MyApiStage")["Tags"]));
    }

    [Theory]
    [InlineData("us-east-1", false)]
    [InlineData("cn-north-1", true)]
    [InlineData("us-gov-west-1", true)]
    [InlineData("us-isof-south-1", true)]
    public void Outside_the_standard_partition_an_api_is_regional(string region, bool regional)
    {
        var api = Props(Resources(Api("StageName: dev\nDefinitionUri: s3://b/k", withFunction: false), region), "MyApi");
        Assert.Equal(regional, api["EndpointConfiguration"] is not null);
        if (regional) Assert.True(JToken.DeepEquals(JObject.Parse("""{"Types": ["REGIONAL"]}"""), api["EndpointConfiguration"]));
    }

    [Fact]
    public void An_endpoint_configuration_without_a_type_is_the_type()
    {
        var api = Props(Resources(Api("StageName: dev\nDefinitionUri: s3://b/k\nEndpointConfiguration: {IpAddressType: ipv4}", withFunction: false)), "MyApi");
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Types": [{"IpAddressType": "ipv4"}]}"""), api["EndpointConfiguration"]));
    }

    [Fact]
    public void Always_deploy_hashes_the_time_of_the_transform()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1800000000));
        var resources = Resources(Api("StageName: dev\nAlwaysDeploy: true"), clock: clock);
        Assert.Equal("RestApi deployment id: 885bcbee4328cfc6f50d91435000fd881cbc8a87", (string)Props(resources, "MyApiDeployment885bcbee43")["Description"]!);
    }

    [Fact]
    public void Falsy_settings_the_reference_leaves_out()
    {
        var resources = Resources(Api("StageName: dev\nDefinitionUri: s3://b/k\nName: ''\nDescription: ''\nMode: ''\nFailOnWarnings: false\nMinimumCompressionSize: 0\nTracingEnabled: false", withFunction: false));
        var api = Props(resources, "MyApi");
        Assert.Null(api["Name"]);
        Assert.Null(api["Description"]);
        Assert.Null(api["Mode"]);
        Assert.Null(api["FailOnWarnings"]);
        Assert.Equal(0, (int)api["MinimumCompressionSize"]!);
        Assert.False((bool)Props(resources, "MyApidevStage")["TracingEnabled"]!);
    }

    [Theory]
    [InlineData("StageName: dev\nOpenApiVersion: '3.10'", "Resource with id [MyApi] is invalid. The OpenApiVersion value must be of the format '3.0.0'.")]
    [InlineData("StageName: dev\nOpenApiVersion: 3.05", "Resource with id [MyApi] is invalid. Property 'OpenApiVersion' should be a string.")]
    [InlineData("StageName: dev\nOpenApiVersion: 3", "Resource with id [MyApi] is invalid. Property 'OpenApiVersion' should be a string.")]
    [InlineData("StageName: dev\nOpenApiVersion: 2.5", "Resource with id [MyApi] is invalid. Property 'OpenApiVersion' should be a string.")]
    [InlineData("StageName: dev\nOpenApiVersion: 13.0", "Resource with id [MyApi] is invalid. Property 'OpenApiVersion' should be a string.")]
    [InlineData("StageName: dev\nFailOnWarnings: ''", "Resource with id [MyApi] is invalid. Type of property 'FailOnWarnings' is invalid.")]
    [InlineData("StageName: dev\nDefinitionUri: s3://b/k\nDisableExecuteApiEndpoint: true", "Resource with id [MyApi] is invalid. DisableExecuteApiEndpoint works only within 'DefinitionBody' property.")]
    [InlineData("StageName: dev\nDefinitionUri: s3://b/k\nEndpointConfiguration: {Type: PRIVATE, VPCEndpointIds: [a], VpcEndpointIds: [b]}", "Resource with id [MyApi] is invalid. 'VPCEndpointIds' and 'VpcEndpointIds' cannot be used together in EndpointConfiguration.")]
    [InlineData("StageName: dev\nDisableExecuteApiEndpoint: true\nDefinitionBody: {info: {title: x}, paths: {}}", "Structure of the SAM template is invalid. Invalid Swagger document or the Swagger document is not explicitly defined in 'DefinitionBody'.")]
    [InlineData("StageName: dev\nDisableExecuteApiEndpoint: true\nDefinitionBody: {swagger: '2.0', paths: {}, x-amazon-apigateway-endpoint-configuration: text}", "Structure of the SAM template is invalid. Invalid OpenAPI definition: The value of 'x-amazon-apigateway-endpoint-configuration' should be a map.")]
    // A DefinitionUri SAM cannot read fails after the settings that need a DefinitionBody
    [InlineData("StageName: dev\nDefinitionUri: http://b/k\nDisableExecuteApiEndpoint: false", "Resource with id [MyApi] is invalid. DisableExecuteApiEndpoint works only within 'DefinitionBody' property.")]
    [InlineData("StageName: dev\nDefinitionUri: {Bucket: b}\nCors: '*'", "Resource with id [MyApi] is invalid. Cors works only with inline Swagger specified in 'DefinitionBody' property.")]
    [InlineData("StageName: dev\nDefinitionUri: !Ref AWS::Region\nModels: {M: {type: object}}", "Resource with id [MyApi] is invalid. Models works only with inline Swagger specified in 'DefinitionBody' property.")]
    [InlineData("StageName: dev\nDefinitionUri: http://b/k\nEndpointConfiguration: {Type: PRIVATE, VPCEndpointIds: [a], VpcEndpointIds: [b]}", "Resource with id [MyApi] is invalid. 'VPCEndpointIds' and 'VpcEndpointIds' cannot be used together in EndpointConfiguration.")]
    [InlineData("StageName: dev\nDefinitionUri: http://b/k\nMinimumCompressionSize: 100", "Resource with id [MyApi] is invalid. 'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.")]
    [InlineData("StageName: dev\nBinaryMediaTypes: a~1b", "Resource with id [MyApi] is invalid. Type of property 'BinaryMediaTypes' is invalid.")]
    public void The_references_messages(string properties, string message) =>
        Assert.EndsWith(message, Error(Api(properties, withFunction: false)));

    /// <summary>
    /// With an empty stage name, SAM reads the functions in turn: a function with a property its type lacks is reported
    /// and skipped, an event with a bad property is reported about the event, and the first event that passes makes
    /// the stage name's error, which ends its function (Ccc's second event is not read). All of it comes together.
    /// </summary>
    [Fact]
    public void An_empty_stage_name_is_reported_with_the_event_problems_found_before_it()
    {
        const string Fn = "\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/k.zip\n      Handler: index.h\n      Runtime: nodejs12.x\n";
        var template = "Transform: AWS::Serverless-2016-10-31\nResources:\n  MyApi:\n    Type: AWS::Serverless::Api\n    Properties: {StageName: '', DefinitionBody: {}}\n"
            + "  Aaa:" + Fn + "      Events:\n        E: {Type: Api, Properties: {RestApiId: !Ref MyApi, Path: /a, Method: get, Bogus: x}}\n"
            + "  Bbb:" + Fn + "      Odd: 1\n      Events:\n        E: {Type: Api, Properties: {RestApiId: !Ref MyApi, Path: /b, Method: get}}\n"
            + "  Ccc:" + Fn + "      Events:\n        E: {Type: Api, Properties: {RestApiId: !Ref MyApi, Path: /c, Method: get}}\n"
            + "        F: {Type: Api, Properties: {RestApiId: !Ref MyApi, Path: /d, Method: get, TimeoutInMillis: [1]}}\n";
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 3. Resource with id [AaaE] is invalid. property Bogus not defined for resource of type Api"
            + " Resource with id [Bbb] is invalid. property Odd not defined for resource of type AWS::Serverless::Function Resource with id [MyApi] is invalid. StageName cannot be empty.",
            Error(template));
    }

    /// <summary>A tag without a value is an empty text on the stage, as on a function (AWS's transform).</summary>
    [Fact]
    public void A_null_tag_value_is_an_empty_text_on_the_stage()
    {
        var resources = Resources(Api("StageName: p\nDefinitionUri: s3://b/k\nTags: {A: null, B: ''}", withFunction: false));
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"Key": "A", "Value": ""}, {"Key": "B", "Value": ""}]"""), Props(resources, "MyApipStage")["Tags"]));
    }

    [Fact]
    public void An_empty_stage_name_fails_the_document_only_when_an_event_uses_the_api()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [MyApi] is invalid. StageName cannot be empty.",
            Error(Api("StageName: ''").Replace("      Handler: index.h\n", "", StringComparison.Ordinal)));
        var resources = Resources(Api("StageName: ''\nDefinitionUri: s3://b/k", withFunction: false));
        Assert.Equal("", (string)Props(resources, "MyApiStage")["StageName"]!);
    }

    [Fact]
    public void Merge_definitions_into_a_document_without_paths_leaves_it_as_written()
    {
        var resources = Resources(Api("StageName: dev\nMergeDefinitions: true\nDefinitionBody: {swagger: '2.0', info: {version: '9'}, paths: {}}"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"swagger": "2.0", "info": {"version": "9"}, "paths": {}}"""), Props(resources, "MyApi")["Body"]));
    }
}
