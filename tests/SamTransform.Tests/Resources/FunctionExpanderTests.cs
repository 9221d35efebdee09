using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources;

/// <summary>Small scenarios: transform this string, expect these resources or these codes.</summary>
public class FunctionExpanderTests
{
    internal static TransformResult Transform(string yaml, TransformOptions? options = null)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, options ?? new TransformOptions());
    }

    private const string Minimal = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/key.zip
        """;

    [Fact]
    public void Minimal_function_gets_a_role_with_basic_execution_in_the_partition()
    {
        var output = Transform(Minimal, new TransformOptions { Partition = "aws-cn", Region = "cn-north-1" }).Output!;
        var role = output["Resources"]!["FnRole"]!;
        Assert.Equal("AWS::IAM::Role", (string)role["Type"]!);
        Assert.Equal("arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", (string)role["Properties"]!["ManagedPolicyArns"]![0]!);
        var fn = output["Resources"]!["Fn"]!;
        Assert.Equal("bucket", (string)fn["Properties"]!["Code"]!["S3Bucket"]!);
        Assert.Null(output["Transform"]);
    }

    [Fact]
    public void The_input_object_is_never_changed()
    {
        var read = TemplateReader.Read(Minimal).Template!;
        var before = read.ToString();
        SamTransformer.Transform(read, new TransformOptions());
        Assert.Equal(before, read.ToString());
    }

    [Fact]
    public void Errors_name_the_resource_and_point_at_the_property()
    {
        var result = Transform("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: not-an-s3-uri
            """);
        Assert.Null(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("SAM2002", error.Code);
        Assert.Equal(new SourceLocation(7, 16), error.Location);
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. 'CodeUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.", result.ErrorMessage);
    }

    [Fact]
    public void All_errors_are_reported_at_once_ordered_by_logical_id()
    {
        var result = Transform("""
            Resources:
              B:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: h}
              A:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: s3://b/k}
            """);
        Assert.Equal(["A", "B"], result.Errors.Select(e => e.ResourceId));
    }

    [Fact]
    public void Auto_publish_alias_creates_a_hashed_version_and_an_alias()
    {
        var output = Transform(Minimal.Replace("CodeUri: s3://bucket/key.zip", "CodeUri: s3://bucket/key.zip\n      AutoPublishAlias: live", StringComparison.Ordinal)).Output!;
        var resources = (JObject)output["Resources"]!;
        var version = resources.Properties().Single(p => p.Name.StartsWith("FnVersion", StringComparison.Ordinal));
        Assert.Matches("^FnVersion[0-9a-f]{10}$", version.Name);
        Assert.Equal("Retain", (string)version.Value["DeletionPolicy"]!);
        Assert.Equal(version.Name, (string)resources["FnAliaslive"]!["Properties"]!["FunctionVersion"]!["Fn::GetAtt"]![0]!);
    }

    [Fact]
    public void Unknown_property_is_the_reference_error()
    {
        var result = Transform(Minimal + "\n      CodeURI: s3://x/y");
        Assert.Contains("property CodeURI not defined for resource of type AWS::Serverless::Function", result.ErrorMessage);
    }

    // The expected values below are what AWS's translator made of the same templates.

    [Fact]
    public void An_intrinsic_function_as_Tags_is_a_map_whose_key_becomes_a_tag()
    {
        var fn = Transform(Minimal + "\n      Tags: {Fn::Sub: x}").Output!["Resources"]!["Fn"]!;
        Assert.Equal(JToken.Parse("""[{"Key": "lambda:createdBy", "Value": "SAM"}, {"Key": "Fn::Sub", "Value": "x"}]"""), fn["Properties"]!["Tags"]);
    }

    [Fact]
    public void An_intrinsic_function_as_CodeUri_lacks_Bucket_and_Key()
    {
        var result = Transform(Minimal.Replace("CodeUri: s3://bucket/key.zip", "CodeUri: !Sub s3://bucket/key.zip", StringComparison.Ordinal));
        Assert.EndsWith("Resource with id [Fn] is invalid. 'CodeUri' requires Bucket and Key properties to be specified.", result.ErrorMessage);
    }

    [Fact]
    public void Only_a_Ref_to_a_parameter_names_the_alias()
    {
        var result = Transform(Minimal + "\n      AutoPublishAlias: !Sub live");
        Assert.EndsWith("Resource with id [Fn] is invalid. 'AutoPublishAlias' must be a string or a Ref to a template parameter", result.ErrorMessage);
    }

    [Fact]
    public void An_event_invoke_config_always_has_a_destination_config()
    {
        var resources = Transform(Minimal + "\n      EventInvokeConfig: {MaximumRetryAttempts: 1}").Output!["Resources"]!;
        Assert.Equal(JToken.Parse("""{"DestinationConfig": {}, "FunctionName": {"Ref": "Fn"}, "MaximumRetryAttempts": 1, "Qualifier": "$LATEST"}"""), resources["FnEventInvokeConfig"]!["Properties"]);
        var intrinsic = Transform(Minimal + "\n      EventInvokeConfig: !Ref AWS::Region").Output!["Resources"]!;
        Assert.Equal(JToken.Parse("""{"DestinationConfig": {}, "FunctionName": {"Ref": "Fn"}, "Qualifier": "$LATEST"}"""), intrinsic["FnEventInvokeConfig"]!["Properties"]);
    }

    [Fact]
    public void An_intrinsic_function_url_config_gets_only_its_target()
    {
        var resources = Transform(Minimal + "\n      FunctionUrlConfig: !Ref AWS::Region").Output!["Resources"]!;
        Assert.Equal(JToken.Parse("""{"Type": "AWS::Lambda::Url", "Properties": {"TargetFunctionArn": {"Ref": "Fn"}}}"""), resources["FnUrl"]);
    }

    [Fact]
    public void Tracing_through_Fn_Sub_is_written_with_its_parameters_filled_in()
    {
        var output = Transform("Parameters: {D: {Type: String, Default: Disabled}}\n" + Minimal + "\n      Tracing: !Sub \"${D}\"").Output!;
        Assert.Equal(JToken.Parse("""{"Mode": {"Fn::Sub": "Disabled"}}"""), output["Resources"]!["Fn"]!["Properties"]!["TracingConfig"]);
    }

    [Fact]
    public void Causes_without_a_resource_are_ordered_by_the_events_id()
    {
        // AWS's translator orders the state machine event's cause by its id [MachineTick], between Fn and Zed.
        var result = Transform("""
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                  Events:
                    Tick:
                      Type: Schedule
                      Properties: {Schedule: rate(1 day), DeadLetterConfig: {Type: bogus}}
              Fn:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: s3://b/k.zip, Handler: h}
              Zed:
                Type: AWS::Serverless::Function
                Properties: {CodeUri: s3://b/k.zip, Handler: h}
            """);
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 3. Resource with id [Fn] is invalid. Runtime and Handler needs to be present when PackageType is of type `Zip` Event with id [MachineTick] is invalid. The only valid value for 'Type' property of DeadLetterConfig is 'SQS'. Resource with id [Zed] is invalid. Runtime and Handler needs to be present when PackageType is of type `Zip`", result.ErrorMessage);
    }

    [Fact]
    public void A_null_tag_value_is_an_empty_string()
    {
        var fn = Transform(Minimal + "\n      Tags: {a: null}").Output!["Resources"]!["Fn"]!;
        Assert.Equal(JToken.Parse("""[{"Key": "lambda:createdBy", "Value": "SAM"}, {"Key": "a", "Value": ""}]"""), fn["Properties"]!["Tags"]);
    }
}
