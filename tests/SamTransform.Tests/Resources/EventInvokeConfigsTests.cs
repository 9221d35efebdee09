using Newtonsoft.Json.Linq;
using Xunit;

namespace SamTransform.Tests.Resources;

public class EventInvokeConfigsTests
{
    private static string Template(string destinationConfig) => $"""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/fn.zip
              EventInvokeConfig:
                DestinationConfig:
        {destinationConfig}
        """;

    [Fact]
    public void An_s3_bucket_destination_may_receive_objects()
    {
        var output = FunctionExpanderTests.Transform(Template("          OnFailure:\n            Type: S3Bucket\n            Destination: arn:aws:s3:::failures")).Output!;
        var policy = output["Resources"]!["FnRole"]!["Properties"]!["Policies"]![0]!;
        Assert.Equal("FnEventInvokeConfigOnFailureS3BucketPolicy", (string)policy["PolicyName"]!);
        Assert.Equal(JToken.Parse("""
            {"Action": ["s3:PutObject", "s3:ListBucket"], "Effect": "Allow",
             "Resource": ["arn:aws:s3:::failures", {"Fn::Join": ["/", ["arn:aws:s3:::failures", "*"]]}]}
            """), policy["PolicyDocument"]!["Statement"]![0]);
        Assert.Equal("$LATEST", (string)output["Resources"]!["FnEventInvokeConfig"]!["Properties"]!["Qualifier"]!);
    }

    /// <summary>A destination written as null is none to AWS's translator: it creates the topic (its answer for both forms).</summary>
    [Theory]
    [InlineData("          OnSuccess:\n            Type: SNS")]
    [InlineData("          OnSuccess:\n            Type: SNS\n            Destination: null")]
    public void An_omitted_sns_destination_is_a_topic_sam_creates(string destinationConfig)
    {
        var output = FunctionExpanderTests.Transform(Template(destinationConfig)).Output!;
        Assert.Equal("AWS::SNS::Topic", (string)output["Resources"]!["FnEventInvokeConfigOnSuccessTopic"]!["Type"]!);
        Assert.Equal(JToken.Parse("""{"Ref": "FnEventInvokeConfigOnSuccessTopic"}"""),
            output["Resources"]!["FnEventInvokeConfig"]!["Properties"]!["DestinationConfig"]!["OnSuccess"]!["Destination"]);
    }

    [Theory]
    [InlineData("          OnSuccess:\n            Type: Lambda", "Resource with id [Fn] is invalid. Destination is required if Type is not ['SQS', 'SNS']")]
    [InlineData("          OnSuccess:\n            Type: Lambda\n            Destination: null", "Resource with id [Fn] is invalid. Destination is required if Type is not ['SQS', 'SNS']")]
    [InlineData("          OnSuccess:\n            Destination: x", "Resource with id [Fn] is invalid. 'Type: None' must be one of ['SQS', 'SNS', 'EventBridge', 'Lambda', 'S3Bucket']")]
    [InlineData("          OnSuccess:\n            Type: SQS\n            Destination: !If [C, x]", "Resource with id [FnEventInvokeConfig] is invalid. Malformed 'Destination' property: Fn::If requires 3 arguments.")]
    [InlineData("          OnSuccess: [x]", "Resource with id [Fn] is invalid. Property 'EventInvokeConfig.DestinationConfig.OnSuccess' should be a map.")]
    public void Invalid_destinations_are_the_reference_errors(string destinationConfig, string message)
    {
        var result = FunctionExpanderTests.Transform(Template(destinationConfig));
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }
}
