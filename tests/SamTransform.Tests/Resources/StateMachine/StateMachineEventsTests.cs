using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;
using static SamTransform.Tests.Resources.StateMachine.StateMachineTemplates;

namespace SamTransform.Tests.Resources.StateMachine;

/// <summary>State machine events: rules and schedules that start the state machine (or its alias) through a role.</summary>
public class StateMachineEventsTests
{
    private static string WithEvents(string events, string more = "") =>
        FlowTemplate("DefinitionUri: s3://bucket/flow.json\n" + more + "Events:\n" + string.Concat(events.Split('\n').Select(l => "  " + l + "\n")));

    [Fact]
    public void A_schedule_starts_the_state_machine_through_a_role_for_eventbridge()
    {
        var resources = Expand(WithEvents("""
            Tick:
              Type: Schedule
              Properties: {Schedule: rate(1 hour), Enabled: false}
            """, "PermissionsBoundary: arn:aws:iam::1:policy/b\n"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"ScheduleExpression": "rate(1 hour)", "State": "DISABLED",
             "Targets": [{"Arn": {"Ref": "Flow"}, "Id": "FlowTickStepFunctionsTarget", "RoleArn": {"Fn::GetAtt": ["FlowTickRole", "Arn"]}}]}
            """), resources.Properties("FlowTick")));
        var role = resources.Properties("FlowTickRole");
        Assert.Equal("events.amazonaws.com", (string)role["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]![0]!);
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"PolicyName": "FlowTickRoleStartExecutionPolicy",
             "PolicyDocument": {"Statement": [{"Action": "states:StartExecution", "Effect": "Allow", "Resource": {"Ref": "Flow"}}]}}
            """), role["Policies"]![0]));
        Assert.Equal("arn:aws:iam::1:policy/b", (string)role["PermissionsBoundary"]!);
    }

    [Fact]
    public void A_schedule_with_its_own_role_and_target_id_makes_no_role()
    {
        var resources = Expand(WithEvents("""
            Tick:
              Type: Schedule
              Properties: {Schedule: rate(1 hour), RoleArn: arn:aws:iam::1:role/r, Target: {Id: Mine}}
            """));
        var target = resources.Properties("FlowTick")["Targets"]![0]!;
        Assert.Equal("arn:aws:iam::1:role/r", (string)target["RoleArn"]!);
        Assert.Equal("Mine", (string)target["Id"]!);
        Assert.Null(resources["FlowTickRole"]);
    }

    [Fact]
    public void Events_start_the_alias_when_asked()
    {
        var resources = Expand(WithEvents("""
            Rule:
              Type: EventBridgeRule
              Properties: {Pattern: {source: [aws.ec2]}, InputPath: $.detail}
            Later:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 day)}
            """, "AutoPublishAlias: live\nUseAliasAsEventTarget: true\n"));
        var alias = JObject.Parse("""{"Ref": "FlowAliaslive"}""");
        Assert.True(JToken.DeepEquals(alias, resources.Properties("FlowRule")["Targets"]![0]!["Arn"]));
        Assert.Equal("$.detail", (string)resources.Properties("FlowRule")["Targets"]![0]!["InputPath"]!);
        Assert.True(JToken.DeepEquals(alias, resources.Properties("FlowLater")["Target"]!["Arn"]));
        var schedulerPolicy = resources.Properties("FlowLaterRole")["Policies"]![0]!;
        Assert.Equal("FlowLaterStartExecutionPolicy", (string)schedulerPolicy["PolicyName"]!);
        Assert.True(JToken.DeepEquals(alias, schedulerPolicy["PolicyDocument"]!["Statement"]![0]!["Resource"]));
    }

    [Fact]
    public void Without_use_alias_the_events_start_the_state_machine_itself()
    {
        var resources = Expand(WithEvents("""
            Rule:
              Type: CloudWatchEvent
              Properties: {Pattern: {source: [aws.ec2]}}
            """, "AutoPublishAlias: live\n"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Ref": "Flow"}"""), resources.Properties("FlowRule")["Targets"]![0]!["Arn"]));
    }

    [Fact]
    public void Event_errors_stand_alone_under_the_event_id_or_its_logical_id()
    {
        Assert.Equal("Event with id [Tick] is invalid. State and Enabled Properties cannot both be specified.", Error(WithEvents("""
            Tick:
              Type: Schedule
              Properties: {Schedule: rate(1 hour), State: ENABLED, Enabled: true}
            """)).Message);
        Assert.Equal("Event with id [FlowRule] is invalid. No 'Arn' or 'Type' property provided for DeadLetterConfig.", Error(WithEvents("""
            Rule:
              Type: EventBridgeRule
              Properties: {Pattern: {}, DeadLetterConfig: {QueueLogicalId: Q}}
            """)).Message);
    }

    [Fact]
    public void Standalone_event_errors_are_ordered_by_their_event_id_among_the_causes()
    {
        const string Bad = "      DefinitionUri: s3://b/k\n      Events:\n        {0}:\n          Type: Schedule\n          Properties: {{Schedule: rate(1 hour), DeadLetterConfig: {{Type: SNS}}}}\n";
        var template = "Transform: AWS::Serverless-2016-10-31\nResources:\n" +
            "  A:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Bad, "Rule") +
            "  A2:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Bad, "X") +
            "  Broken:\n    Type: AWS::Serverless::StateMachine\n    Properties: {Type: STANDARD}\n";
        var errors = Transform(template).Errors.Select(e => e.Message[..e.Message.IndexOf(" is invalid.", StringComparison.Ordinal)]).ToList();
        // As AWS's translator orders them: by the events' ids, "A2X" before "ARule" ('2' < 'R') though the state machine A
        // comes before A2, and both before "Broken".
        Assert.Equal(["Event with id [A2X]", "Event with id [ARule]", "Resource with id [Broken]"], errors);
        Assert.All(Transform(template).Errors.Where(e => e.Message.StartsWith("Event", StringComparison.Ordinal)), e => Assert.Null(e.ResourceId));
    }

    [Fact]
    public void Property_errors_of_an_event_name_it_as_a_resource()
    {
        Assert.Equal("Resource with id [FlowRule] is invalid. property Enabled not defined for resource of type EventBridgeRule", Error(WithEvents("""
            Rule:
              Type: EventBridgeRule
              Properties: {Pattern: {}, Enabled: true}
            """)).Message);
    }

    [Theory]
    [InlineData("Queue:\n  Type: SQS", "Event with id [Queue] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: SQS.")]
    [InlineData("Queue:\n  Properties: {}", "Event with id [Queue] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: None.")]
    [InlineData("Queue: rate(1 hour)", "Event with id [Queue] is invalid. 'str' object has no attribute 'get'")]
    public void Events_that_cannot_be_placed_are_errors_of_the_state_machine(string events, string message)
    {
        Assert.Equal("Resource with id [Flow] is invalid. " + message, Error(WithEvents(events)).Message);
    }
}
