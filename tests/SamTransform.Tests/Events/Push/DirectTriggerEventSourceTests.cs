using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Push;

/// <summary>CloudWatch Logs, IoT rules and Alexa skills: a resource (or none) plus the permission.</summary>
public class DirectTriggerEventSourceTests
{
    [Fact]
    public void Log_subscription_waits_for_its_permission_whose_arn_uses_the_partition()
    {
        var resources = Expand(Template("""
            Logs:
              Type: CloudWatchLogs
              Properties: {LogGroupName: /app, FilterPattern: ERROR}
            """), new TransformOptions { Partition = "aws-cn", Region = "cn-north-1" });
        Assert.Equal(["FnLogsPermission"], resources["FnLogs"]!["DependsOn"]!.Values<string>());
        Assert.Equal("arn:aws-cn:logs:${AWS::Region}:${AWS::AccountId}:log-group:${__LogGroupName__}:*",
            (string)resources.Properties("FnLogsPermission")["SourceArn"]!["Fn::Sub"]![0]!);
    }

    [Fact]
    public void Iot_rule_invokes_the_function_and_the_permission_names_the_rule()
    {
        var resources = Expand(Template("""
            Sensor:
              Type: IoTRule
              Properties: {Sql: "SELECT * FROM 'a'"}
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"TopicRulePayload": {"Sql": "SELECT * FROM 'a'", "RuleDisabled": false, "Actions": [{"Lambda": {"FunctionArn": {"Fn::GetAtt": ["Fn", "Arn"]}}}]}}
            """), resources.Properties("FnSensor")));
        Assert.Equal("FnSensor", (string)resources.Properties("FnSensorPermission")["SourceArn"]!["Fn::Sub"]![1]!["RuleName"]!["Ref"]!);
    }

    [Fact]
    public void Alexa_skill_without_properties_is_an_unrestricted_permission()
    {
        var resources = Expand(Template("""
            Skill:
              Type: AlexaSkill
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"Action": "lambda:InvokeFunction", "FunctionName": {"Ref": "Fn"}, "Principal": "alexa-appkit.amazon.com"}
            """), resources.Properties("FnSkillPermission")));
    }

    [Fact]
    public void A_generated_id_taken_by_the_template_is_the_reference_error()
    {
        var error = Error(Template("""
            Skill:
              Type: AlexaSkill
            """, """
            FnSkillPermission:
              Type: AWS::SNS::Topic
            """));
        Assert.Equal("Transforming resource with id [Fn] attempts to create a new resource with id [FnSkillPermission] and type \"AWS::Lambda::Permission\". A resource with that id already exists within this template. Please use a different id for that resource.", error.Message);
    }

    [Fact]
    public void Functions_with_tenancy_take_only_api_events()
    {
        var error = Error(Template("""
            Skill:
              Type: AlexaSkill
            """, functionProperties: "TenancyConfig: {TenantIsolationMode: PER_TENANT}"));
        Assert.Equal("Resource with id [Fn] is invalid. Event source 'AlexaSkill' is not supported for functions enabled with tenancy configuration. Only Api and HttpApi event sources are supported.", error.Message);
    }

    [Fact]
    public void Propagated_tags_replace_the_tags_of_taggable_generated_and_merged_resources()
    {
        var resources = Expand(Template("""
            Sensor:
              Type: IoTRule
              Properties: {Sql: "SELECT * FROM 'a'"}
            Upload:
              Type: S3
              Properties: {Bucket: !Ref Files, Events: s3:ObjectCreated:*}
            Notices:
              Type: SNS
              Properties: {Topic: arn:aws:sns:eu-west-1:123456789012:t, SqsSubscription: true}
            """, """
            Files:
              Type: AWS::S3::Bucket
              Properties:
                Tags: [{Key: old, Value: gone}]
            """, "PropagateTags: true\nTags: {team: data}"));
        var expected = JArray.Parse("""[{"Key": "team", "Value": "data"}]""");
        Assert.True(JToken.DeepEquals(expected, resources.Properties("FnSensor")["Tags"]));
        Assert.True(JToken.DeepEquals(expected, resources.Properties("Files")["Tags"]));
        Assert.True(JToken.DeepEquals(expected, resources.Properties("FnNoticesQueue")["Tags"]));
        Assert.Null(resources.Properties("FnNotices")["Tags"]);
        Assert.Null(resources.Properties("FnNoticesEventSourceMapping")["Tags"]);
    }
}
