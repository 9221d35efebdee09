using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Pull;

/// <summary>What every poll-based source shares: the mapping, destinations, filters and the role's policies.</summary>
public class PullEventSourceTests
{
    private const string Stream = "arn:aws:kinesis:eu-west-1:123456789012:stream/s";

    [Fact]
    public void A_kinesis_event_becomes_a_mapping_and_the_role_gets_the_kinesis_policy()
    {
        var resources = Expand(Template($$"""
            Reads:
              Type: Kinesis
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
                BatchSize: 50
                TumblingWindowInSeconds: 60
            """));
        var mapping = resources["FnReads"]!;
        Assert.Equal("AWS::Lambda::EventSourceMapping", (string)mapping["Type"]!);
        Assert.True(JToken.DeepEquals(JObject.Parse($$"""
            {"FunctionName": {"Ref": "Fn"}, "EventSourceArn": "{{Stream}}", "StartingPosition": "LATEST", "BatchSize": 50, "TumblingWindowInSeconds": 60}
            """), mapping["Properties"]));
        Assert.Contains("arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole", resources.Properties("FnRole")["ManagedPolicyArns"]!.Values<string>());
    }

    [Fact]
    public void The_destination_type_picks_the_role_policy_and_is_removed_from_the_mapping()
    {
        var resources = Expand(Template($$"""
            Reads:
              Type: Kinesis
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
                DestinationConfig:
                  OnFailure:
                    Type: S3
                    Destination: arn:aws:s3:::failures
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"OnFailure": {"Destination": "arn:aws:s3:::failures"}}"""), resources.Properties("FnReads")["DestinationConfig"]));
        var policy = (JObject)resources.Properties("FnRole")["Policies"]![0]!;
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"PolicyName": "FnReadsS3Policy", "PolicyDocument": {"Statement": [
              {"Action": "s3:PutObject", "Effect": "Allow", "Resource": {"Fn::Join": ["/", ["arn:aws:s3:::failures", "*"]]}},
              {"Action": "s3:ListBucket", "Effect": "Allow", "Resource": "arn:aws:s3:::failures"}]}}
            """), policy));
    }

    [Fact]
    public void A_kafka_destination_needs_no_policy()
    {
        var resources = Expand(Template("""
            Topic:
              Type: MSK
              Properties:
                Stream: arn:aws:kafka:eu-west-1:123456789012:cluster/c/1
                StartingPosition: LATEST
                Topics: [t]
                DestinationConfig:
                  OnFailure:
                    Type: Kafka
                    Destination: kafka://failures
            """));
        Assert.Null(resources.Properties("FnRole")["Policies"]);
        Assert.Equal("kafka://failures", (string)resources.Properties("FnTopic")["DestinationConfig"]!["OnFailure"]!["Destination"]!);
    }

    [Fact]
    public void An_unsupported_destination_type_is_reported_under_the_event_logical_id()
    {
        var error = Error(Template($$"""
            Reads:
              Type: DynamoDB
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
                DestinationConfig:
                  OnFailure:
                    Type: EventBridge
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [FnReads] is invalid. The only valid values for 'Type' are 'SQS', 'SNS', 'S3', and 'Kafka'", error.Message);
    }

    [Fact]
    public void An_empty_destination_config_is_left_out()
    {
        var resources = Expand(Template($$"""
            Reads:
              Type: Kinesis
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
                DestinationConfig: {}
            """));
        Assert.Null(resources.Properties("FnReads")["DestinationConfig"]);
    }

    [Fact]
    public void Filter_criteria_may_only_hold_filters()
    {
        var error = Error(Template("""
            Work:
              Type: SQS
              Properties:
                Queue: arn:aws:sqs:eu-west-1:123456789012:q
                FilterCriteria:
                  Patterns: []
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Work] is invalid. FilterCriteria field has a wrong format", error.Message);
    }

    [Fact]
    public void Only_kafka_sources_take_a_consumer_group()
    {
        var error = Error(Template($$"""
            Reads:
              Type: Kinesis
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
                ConsumerGroupId: readers
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [FnReads] is invalid. Property ConsumerGroupId not defined for resource of type Kinesis.", error.Message);
    }

    [Fact]
    public void Two_events_needing_the_same_policy_document_share_one_policy()
    {
        var resources = Expand(Template("""
            A:
              Type: MQ
              Properties:
                Broker: arn:aws:mq:eu-west-1:123456789012:broker:b:1
                Queues: [a]
                SourceAccessConfigurations: [{Type: BASIC_AUTH, URI: arn:aws:secretsmanager:eu-west-1:123456789012:secret:s}]
            B:
              Type: MQ
              Properties:
                Broker: arn:aws:mq:eu-west-1:123456789012:broker:b:1
                Queues: [b]
                SourceAccessConfigurations: [{Type: BASIC_AUTH, URI: arn:aws:secretsmanager:eu-west-1:123456789012:secret:s}]
            """));
        Assert.Single((JArray)resources.Properties("FnRole")["Policies"]!);
        Assert.NotNull(resources["FnA"]);
        Assert.NotNull(resources["FnB"]);
    }

    [Fact]
    public void A_function_with_its_own_role_gets_no_generated_policies_but_is_still_checked()
    {
        var resources = Expand(Template($$"""
            Reads:
              Type: Kinesis
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
            """, functionProperties: "Role: arn:aws:iam::123456789012:role/mine"));
        Assert.Null(resources["FnRole"]);
        Assert.NotNull(resources["FnReads"]);

        var error = Error(Template("""
            Broker:
              Type: MQ
              Properties:
                Broker: arn:aws:mq:eu-west-1:123456789012:broker:b:1
                Queues: [a]
            """, functionProperties: "Role: arn:aws:iam::123456789012:role/mine"));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Broker] is invalid. No SourceAccessConfigurations for Amazon MQ event provided.", error.Message);
    }

    [Fact]
    public void With_an_alias_the_mapping_invokes_the_alias()
    {
        var resources = Expand(Template($$"""
            Reads:
              Type: Kinesis
              Properties:
                Stream: {{Stream}}
                StartingPosition: LATEST
            """, functionProperties: "AutoPublishAlias: live"));
        Assert.Equal("FnAliaslive", (string)resources.Properties("FnReads")["FunctionName"]!["Ref"]!);
    }
}
