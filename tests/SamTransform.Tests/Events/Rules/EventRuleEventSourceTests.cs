using Newtonsoft.Json.Linq;
using SamTransform.Events.Rules;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Rules;

/// <summary>Schedule, CloudWatchEvent and EventBridgeRule events: one rule with one target, and the permission.</summary>
public class EventRuleEventSourceTests
{
    [Fact]
    public void Enabled_becomes_the_rule_state_and_the_target_gets_a_generated_id()
    {
        var resources = Expand(Template("""
            Tick:
              Type: Schedule
              Properties: {Schedule: rate(5 minutes), Enabled: false, Input: '{}'}
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"ScheduleExpression": "rate(5 minutes)", "State": "DISABLED",
             "Targets": [{"Arn": {"Fn::GetAtt": ["Fn", "Arn"]}, "Id": "FnTickLambdaTarget", "Input": "{}"}]}
            """), resources.Properties("FnTick")));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Fn::GetAtt": ["FnTick", "Arn"]}"""), resources.Properties("FnTickPermission")["SourceArn"]));
    }

    [Fact]
    public void State_and_enabled_together_are_refused()
    {
        var error = Error(Template("""
            Changes:
              Type: EventBridgeRule
              Properties: {Pattern: {source: [aws.s3]}, State: ENABLED, Enabled: true}
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Changes] is invalid. State and Enabled Properties cannot both be specified.", error.Message);
    }

    [Fact]
    public void A_generated_dead_letter_queue_gets_a_policy_for_the_rule()
    {
        var resources = Expand(Template("""
            Changes:
              Type: CloudWatchEvent
              Properties:
                Pattern: {source: [aws.s3]}
                DeadLetterConfig: {Type: SQS}
            """));
        Assert.Equal("AWS::SQS::Queue", (string)resources["FnChangesQueue"]!["Type"]!);
        var policy = resources.Properties("FnChangesQueuePolicy");
        Assert.Equal("events.amazonaws.com", (string)policy["PolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]!);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Arn": {"Fn::GetAtt": ["FnChangesQueue", "Arn"]}}"""), resources.Properties("FnChanges")["Targets"]![0]!["DeadLetterConfig"]));
    }

    [Theory]
    [InlineData("{Arn: a, Type: SQS}", "You can either define 'Arn' or 'Type' property of DeadLetterConfig.")]
    [InlineData("{Type: SNS}", "The only valid value for 'Type' property of DeadLetterConfig is 'SQS'.")]
    [InlineData("{QueueLogicalId: Q}", "No 'Arn' or 'Type' property provided for DeadLetterConfig.")]
    [InlineData("{Type: SQS, QueueLogicalId: [Q]}", "QueueLogicalId must be a string")]
    public void Dead_letter_configurations_are_checked_under_the_event_logical_id(string config, string message)
    {
        var error = Error(Template($$"""
            Tick:
              Type: Schedule
              Properties: {Schedule: rate(1 hour), DeadLetterConfig: {{config}}}
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [FnTick] is invalid. " + message, error.Message);
    }

    [Fact]
    public void Target_ids_are_cut_to_sixty_four_characters()
    {
        Assert.Equal("ShortLambdaTarget", RuleDeadLetterQueues.TargetId("Short", "LambdaTarget"));
        var id = RuleDeadLetterQueues.TargetId(new string('A', 60), "LambdaTarget");
        Assert.Equal(new string('A', 52) + "LambdaTarget", id);
    }
}
