using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Push;

public class SnsEventSourceTests
{
    [Fact]
    public void A_topic_event_subscribes_the_function_and_lets_sns_invoke_it()
    {
        var resources = Expand(Template("""
            Notices:
              Type: SNS
              Properties:
                Topic: arn:aws:sns:eu-west-1:123456789012:notices
                Region: us-east-1
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"Protocol": "lambda", "Endpoint": {"Fn::GetAtt": ["Fn", "Arn"]}, "TopicArn": "arn:aws:sns:eu-west-1:123456789012:notices", "Region": "us-east-1"}
            """), resources.Properties("FnNotices")));
        Assert.Equal("sns.amazonaws.com", (string)resources.Properties("FnNoticesPermission")["Principal"]!);
    }

    [Fact]
    public void A_fifo_topic_gets_a_fifo_queue_polled_in_batches_of_ten()
    {
        var resources = Expand(Template("""
            Notices:
              Type: SNS
              Properties:
                Topic: !Ref Ordered
                SqsSubscription: true
            """, """
            Ordered:
              Type: AWS::SNS::Topic
              Properties: {FifoTopic: true}
            """));
        Assert.True((bool)resources.Properties("FnNoticesQueue")["FifoQueue"]!);
        Assert.Equal(10, (int)resources.Properties("FnNoticesEventSourceMapping")["BatchSize"]!);
        Assert.True((bool)resources.Properties("FnNoticesEventSourceMapping")["Enabled"]!);
        Assert.Null(resources["FnNoticesPermission"]);
        Assert.Contains("arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole", resources.Properties("FnRole")["ManagedPolicyArns"]!.Values<string>());
    }

    [Fact]
    public void An_existing_queue_needs_its_arn_and_url()
    {
        var error = Error(Template("""
            Notices:
              Type: SNS
              Properties:
                Topic: arn:aws:sns:eu-west-1:123456789012:notices
                SqsSubscription:
                  QueueArn: arn:aws:sqs:eu-west-1:123456789012:q
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Notices] is invalid. No QueueARN or QueueURL provided.", error.Message);
    }

    /// <summary>AWS's translator writes Enabled: true on the mapping whatever an existing queue's subscription says (false, "false", 0, "abc").</summary>
    [Theory]
    [InlineData("false")]
    [InlineData("\"false\"")]
    [InlineData("0")]
    [InlineData("abc")]
    public void An_existing_queues_mapping_is_always_enabled(string enabled)
    {
        var resources = Expand(Template($"""
            Notices:
              Type: SNS
              Properties:
                Topic: arn:aws:sns:eu-west-1:123456789012:notices
                SqsSubscription:
                  QueueArn: arn:aws:sqs:eu-west-1:123456789012:q
                  QueueUrl: https://sqs.eu-west-1.amazonaws.com/123456789012/q
                  BatchSize: 5
                  Enabled: {enabled}
            """));
        var mapping = resources.Properties("FnNoticesEventSourceMapping");
        Assert.Equal(JTokenType.Boolean, mapping["Enabled"]!.Type);
        Assert.True((bool)mapping["Enabled"]!);
        Assert.Equal(5, (int)mapping["BatchSize"]!);
    }

    [Fact]
    public void A_topic_whose_properties_are_no_map_is_not_fifo()
    {
        var resources = Expand(Template("""
            Notices:
              Type: SNS
              Properties:
                Topic: !Ref Ordered
                SqsSubscription: true
            """, """
            Ordered:
              Type: AWS::SNS::Topic
              Properties: not-a-map
            """));
        Assert.Null(resources.Properties("FnNoticesQueue")["FifoQueue"]);
    }

    [Fact]
    public void A_queue_policy_id_that_is_no_logical_id_is_reported_at_the_property()
    {
        var error = Error(Template("""
            Notices:
              Type: SNS
              Properties:
                Topic: arn:aws:sns:eu-west-1:123456789012:notices
                SqsSubscription:
                  QueueArn: arn:aws:sqs:eu-west-1:123456789012:q
                  QueueUrl: https://sqs.eu-west-1.amazonaws.com/123456789012/q
                  QueuePolicyLogicalId: [not, an, id]
            """));
        Assert.Equal("Resource with id [['not', 'an', 'id']] is invalid. Logical ids must be alphanumeric.", error.Message);
        Assert.NotNull(error.Location);
    }
}
