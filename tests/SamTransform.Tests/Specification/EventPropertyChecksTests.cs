using SamTransform.Reading;
using Xunit;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Specification;

/// <summary>The generic property checks every event type gets, reported under FunctionId + EventId.</summary>
public class EventPropertyChecksTests
{
    [Fact]
    public void An_unknown_property_names_the_event_type_and_points_at_the_property()
    {
        var error = Error(Template("""
            Tick:
              Type: Schedule
              Properties:
                Schedule: rate(1 minute)
                Timezone: UTC
            """));
        Assert.Equal("Resource with id [FnTick] is invalid. property Timezone not defined for resource of type Schedule", error.Message);
        Assert.Equal(new SourceLocation(14, 13), error.Location);
    }

    [Fact]
    public void A_missing_required_property_is_reported()
    {
        var error = Error(Template("""
            Logs:
              Type: CloudWatchLogs
              Properties:
                LogGroupName: /app
            """));
        Assert.Equal("Resource with id [FnLogs] is invalid. Missing required property 'FilterPattern'.", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var error = Error(Template("""
            Queue:
              Type: SQS
              Properties:
                Queue: arn:aws:sqs:eu-west-1:123456789012:q
                BatchSize: ten
            """));
        Assert.Equal("Resource with id [FnQueue] is invalid. Type of property 'BatchSize' is invalid.", error.Message);
        Assert.Equal(new SourceLocation(14, 24), error.Location);
    }

    [Fact]
    public void Intrinsic_functions_skip_the_type_check_and_integers_accept_booleans()
    {
        var resources = Expand(Template("""
            Queue:
              Type: SQS
              Properties:
                Queue: !GetAtt Work.Arn
                BatchSize: true
                Enabled: !If [Always, true, false]
            """, """
            Work:
              Type: AWS::SQS::Queue
            """));
        Assert.True((bool)resources.Properties("FnQueue")["BatchSize"]!);
        Assert.Equal("Always", (string)resources.Properties("FnQueue")["Enabled"]!["Fn::If"]![0]!);
    }

    [Fact]
    public void Some_properties_refuse_intrinsics()
    {
        var error = Error(Template("""
            Upload:
              Type: S3
              Properties:
                Bucket: !Ref Files
                Events: !Ref Kinds
            """, """
            Files:
              Type: AWS::S3::Bucket
            """));
        Assert.Equal("Resource with id [FnUpload] is invalid. Type of property 'Events' is invalid.", error.Message);
    }

    /// <summary>A valid event of each type (the probes' base); the property under test replaces or joins its properties.</summary>
    private static readonly Dictionary<string, string> Bases = new(StringComparer.Ordinal)
    {
        ["SQS"] = """{"Queue": "arn:aws:sqs:us-east-1:1:q"}""",
        ["Kinesis"] = """{"Stream": "arn:aws:kinesis:us-east-1:1:stream/s", "StartingPosition": "LATEST"}""",
        ["MQ"] = """{"Broker": "arn:b", "Queues": ["q"], "SourceAccessConfigurations": [{"Type": "BASIC_AUTH", "URI": "arn:s"}]}""",
        ["MSK"] = """{"Stream": "arn:aws:kafka:us-east-1:1:cluster/c", "StartingPosition": "LATEST", "Topics": ["t"]}""",
        ["DocumentDB"] = """{"Cluster": "arn:c", "DatabaseName": "d", "SourceAccessConfigurations": [{"Type": "BASIC_AUTH", "URI": "arn:s"}]}""",
        ["S3"] = """{"Bucket": {"Ref": "Bk"}, "Events": "s3:ObjectCreated:*"}""",
        ["SNS"] = """{"Topic": "arn:aws:sns:us-east-1:1:t"}""",
        ["Schedule"] = """{"Schedule": "rate(1 day)"}""",
        ["ScheduleV2"] = """{"ScheduleExpression": "rate(1 day)"}""",
        ["CloudWatchEvent"] = """{"Pattern": {"source": ["a"]}}""",
        ["EventBridgeRule"] = """{"Pattern": {"source": ["a"]}}""",
        ["CloudWatchLogs"] = """{"LogGroupName": "g", "FilterPattern": "p"}""",
        ["IoTRule"] = """{"Sql": "SELECT 1"}""",
        ["AlexaSkill"] = "{}",
        ["Cognito"] = """{"UserPool": {"Ref": "Pool"}, "Trigger": "PreSignUp"}""",
    };

    /// <summary>
    /// The type checks SAM makes of each event property, with its messages. The expected values are what AWS's translator
    /// answered for the same templates (a valid event with the one property changed; "Properties" replaces them all).
    /// </summary>
    [Theory]
    [InlineData("Function", "AlexaSkill", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "AlexaSkill", "SkillId", "true", "Resource with id [FnE] is invalid. Property 'SkillId' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "DeadLetterConfig", "true", "Resource with id [FnE] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("Function", "CloudWatchEvent", "Enabled", "5", "Resource with id [FnE] is invalid. Type of property 'Enabled' is invalid.")]
    [InlineData("Function", "CloudWatchEvent", "EventBusName", "true", "Resource with id [FnE] is invalid. Property 'EventBusName' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "InputPath", "true", "Resource with id [FnE] is invalid. Property 'InputPath' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "InputTransformer", "true", "Resource with id [FnE] is invalid. Property 'InputTransformer' should be a map.")]
    [InlineData("Function", "CloudWatchEvent", "Input", "true", "Resource with id [FnE] is invalid. Property 'Input' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "Pattern", "true", "Resource with id [FnE] is invalid. Property 'Pattern' should be a map.")]
    [InlineData("Function", "CloudWatchEvent", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "CloudWatchEvent", "RetryPolicy", "true", "Resource with id [FnE] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("Function", "CloudWatchEvent", "RuleName", "true", "Resource with id [FnE] is invalid. Property 'RuleName' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "State", "true", "Resource with id [FnE] is invalid. Property 'State' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "Target", "true", "Resource with id [FnE] is invalid. Property 'Target' should be a map.")]
    [InlineData("Function", "CloudWatchLogs", "FilterPattern", "true", "Resource with id [FnE] is invalid. Property 'FilterPattern' should be a string.")]
    [InlineData("Function", "CloudWatchLogs", "LogGroupName", "true", "Resource with id [FnE] is invalid. Property 'LogGroupName' should be a string.")]
    [InlineData("Function", "CloudWatchLogs", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Cognito", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Cognito", "Trigger", "true", "Resource with id [FnE] is invalid. Type of property 'Trigger' is invalid.")]
    [InlineData("Function", "Cognito", "UserPool", "true", "Resource with id [FnE] is invalid. Property 'UserPool' should be a string.")]
    [InlineData("Function", "DocumentDB", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "EventBridgeRule", "DeadLetterConfig", "true", "Resource with id [FnE] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("Function", "EventBridgeRule", "Enabled", "5", "Resource with id [FnE] is invalid. Type of property 'Enabled' is invalid.")]
    [InlineData("Function", "EventBridgeRule", "EventBusName", "true", "Resource with id [FnE] is invalid. Property 'EventBusName' should be a string.")]
    [InlineData("Function", "EventBridgeRule", "InputPath", "true", "Resource with id [FnE] is invalid. Property 'InputPath' should be a string.")]
    [InlineData("Function", "EventBridgeRule", "InputTransformer", "true", "Resource with id [FnE] is invalid. Property 'InputTransformer' should be a map.")]
    [InlineData("Function", "EventBridgeRule", "Input", "true", "Resource with id [FnE] is invalid. Property 'Input' should be a string.")]
    [InlineData("Function", "EventBridgeRule", "Pattern", "true", "Resource with id [FnE] is invalid. Property 'Pattern' should be a map.")]
    [InlineData("Function", "EventBridgeRule", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "EventBridgeRule", "RetryPolicy", "true", "Resource with id [FnE] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("Function", "EventBridgeRule", "RuleName", "true", "Resource with id [FnE] is invalid. Property 'RuleName' should be a string.")]
    [InlineData("Function", "EventBridgeRule", "State", "true", "Resource with id [FnE] is invalid. Property 'State' should be a string.")]
    [InlineData("Function", "EventBridgeRule", "Target", "true", "Resource with id [FnE] is invalid. Property 'Target' should be a map.")]
    [InlineData("Function", "IoTRule", "AwsIotSqlVersion", "true", "Resource with id [FnE] is invalid. Property 'AwsIotSqlVersion' should be a string.")]
    [InlineData("Function", "IoTRule", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "IoTRule", "Sql", "true", "Resource with id [FnE] is invalid. Property 'Sql' should be a string.")]
    [InlineData("Function", "Kinesis", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "MQ", "DynamicPolicyName", "5", "Resource with id [FnE] is invalid. Type of property 'DynamicPolicyName' is invalid.")]
    [InlineData("Function", "MQ", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "MSK", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "MSK", "SchemaRegistryConfig", "true", "Resource with id [FnE] is invalid. Property 'SchemaRegistryConfig' should be a map.")]
    [InlineData("Function", "S3", "Bucket", "true", "Resource with id [FnE] is invalid. Property 'Bucket' should be a string.")]
    [InlineData("Function", "S3", "Events", "true", "Resource with id [FnE] is invalid. Type of property 'Events' is invalid.")]
    [InlineData("Function", "S3", "Filter", "true", "Resource with id [FnE] is invalid. Type of property 'Filter' is invalid.")]
    [InlineData("Function", "S3", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "SNS", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "SNS", "RedrivePolicy", "true", "Resource with id [FnE] is invalid. Property 'RedrivePolicy' should be a map.")]
    [InlineData("Function", "SNS", "Region", "true", "Resource with id [FnE] is invalid. Property 'Region' should be a string.")]
    [InlineData("Function", "SNS", "SqsSubscription", "5", "Resource with id [FnE] is invalid. Type of property 'SqsSubscription' is invalid.")]
    [InlineData("Function", "SNS", "Topic", "true", "Resource with id [FnE] is invalid. Property 'Topic' should be a string.")]
    [InlineData("Function", "SQS", "BatchSize", "{\"a\": \"b\", \"c\": \"d\"}", "Resource with id [FnE] is invalid. Type of property 'BatchSize' is invalid.")]
    [InlineData("Function", "SQS", "BisectBatchOnFunctionError", "5", "Resource with id [FnE] is invalid. Type of property 'BisectBatchOnFunctionError' is invalid.")]
    [InlineData("Function", "SQS", "ConsumerGroupId", "true", "Resource with id [FnE] is invalid. Property 'ConsumerGroupId' should be a string.")]
    [InlineData("Function", "SQS", "DestinationConfig", "true", "Resource with id [FnE] is invalid. Property 'DestinationConfig' should be a map.")]
    [InlineData("Function", "SQS", "Enabled", "5", "Resource with id [FnE] is invalid. Type of property 'Enabled' is invalid.")]
    [InlineData("Function", "SQS", "FilterCriteria", "true", "Resource with id [FnE] is invalid. Property 'FilterCriteria' should be a map.")]
    [InlineData("Function", "SQS", "FunctionResponseTypes", "true", "Resource with id [FnE] is invalid. Type of property 'FunctionResponseTypes' is invalid.")]
    [InlineData("Function", "SQS", "KafkaBootstrapServers", "true", "Resource with id [FnE] is invalid. Type of property 'KafkaBootstrapServers' is invalid.")]
    [InlineData("Function", "SQS", "LoggingConfig", "true", "Resource with id [FnE] is invalid. Property 'LoggingConfig' should be a map.")]
    [InlineData("Function", "SQS", "MaximumBatchingWindowInSeconds", "{\"a\": \"b\", \"c\": \"d\"}", "Resource with id [FnE] is invalid. Type of property 'MaximumBatchingWindowInSeconds' is invalid.")]
    [InlineData("Function", "SQS", "MaximumRecordAgeInSeconds", "{\"a\": \"b\", \"c\": \"d\"}", "Resource with id [FnE] is invalid. Type of property 'MaximumRecordAgeInSeconds' is invalid.")]
    [InlineData("Function", "SQS", "MaximumRetryAttempts", "{\"a\": \"b\", \"c\": \"d\"}", "Resource with id [FnE] is invalid. Type of property 'MaximumRetryAttempts' is invalid.")]
    [InlineData("Function", "SQS", "MetricsConfig", "true", "Resource with id [FnE] is invalid. Property 'MetricsConfig' should be a map.")]
    [InlineData("Function", "SQS", "ParallelizationFactor", "{\"a\": \"b\", \"c\": \"d\"}", "Resource with id [FnE] is invalid. Type of property 'ParallelizationFactor' is invalid.")]
    [InlineData("Function", "SQS", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "SQS", "ProvisionedPollerConfig", "true", "Resource with id [FnE] is invalid. Property 'ProvisionedPollerConfig' should be a map.")]
    [InlineData("Function", "SQS", "Queues", "true", "Resource with id [FnE] is invalid. Type of property 'Queues' is invalid.")]
    [InlineData("Function", "SQS", "ScalingConfig", "true", "Resource with id [FnE] is invalid. Property 'ScalingConfig' should be a map.")]
    [InlineData("Function", "SQS", "SecretsManagerKmsKeyId", "true", "Resource with id [FnE] is invalid. Property 'SecretsManagerKmsKeyId' should be a string.")]
    [InlineData("Function", "SQS", "SourceAccessConfigurations", "true", "Resource with id [FnE] is invalid. Type of property 'SourceAccessConfigurations' is invalid.")]
    [InlineData("Function", "SQS", "Topics", "true", "Resource with id [FnE] is invalid. Type of property 'Topics' is invalid.")]
    [InlineData("Function", "SQS", "TumblingWindowInSeconds", "{\"a\": \"b\", \"c\": \"d\"}", "Resource with id [FnE] is invalid. Type of property 'TumblingWindowInSeconds' is invalid.")]
    [InlineData("Function", "Schedule", "DeadLetterConfig", "true", "Resource with id [FnE] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("Function", "Schedule", "Description", "true", "Resource with id [FnE] is invalid. Property 'Description' should be a string.")]
    [InlineData("Function", "Schedule", "Enabled", "5", "Resource with id [FnE] is invalid. Type of property 'Enabled' is invalid.")]
    [InlineData("Function", "Schedule", "Input", "true", "Resource with id [FnE] is invalid. Property 'Input' should be a string.")]
    [InlineData("Function", "Schedule", "Name", "true", "Resource with id [FnE] is invalid. Property 'Name' should be a string.")]
    [InlineData("Function", "Schedule", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Schedule", "RetryPolicy", "true", "Resource with id [FnE] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("Function", "Schedule", "RuleName", "true", "Resource with id [FnE] is invalid. Property 'RuleName' should be a string.")]
    [InlineData("Function", "Schedule", "Schedule", "true", "Resource with id [FnE] is invalid. Property 'Schedule' should be a string.")]
    [InlineData("Function", "Schedule", "State", "true", "Resource with id [FnE] is invalid. Property 'State' should be a string.")]
    [InlineData("Function", "ScheduleV2", "DeadLetterConfig", "true", "Resource with id [FnE] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("Function", "ScheduleV2", "Description", "true", "Resource with id [FnE] is invalid. Property 'Description' should be a string.")]
    [InlineData("Function", "ScheduleV2", "EndDate", "true", "Resource with id [FnE] is invalid. Property 'EndDate' should be a string.")]
    [InlineData("Function", "ScheduleV2", "FlexibleTimeWindow", "true", "Resource with id [FnE] is invalid. Property 'FlexibleTimeWindow' should be a map.")]
    [InlineData("Function", "ScheduleV2", "GroupName", "true", "Resource with id [FnE] is invalid. Property 'GroupName' should be a string.")]
    [InlineData("Function", "ScheduleV2", "Input", "true", "Resource with id [FnE] is invalid. Property 'Input' should be a string.")]
    [InlineData("Function", "ScheduleV2", "KmsKeyArn", "true", "Resource with id [FnE] is invalid. Property 'KmsKeyArn' should be a string.")]
    [InlineData("Function", "ScheduleV2", "Name", "true", "Resource with id [FnE] is invalid. Property 'Name' should be a string.")]
    [InlineData("Function", "ScheduleV2", "OmitName", "5", "Resource with id [FnE] is invalid. Type of property 'OmitName' is invalid.")]
    [InlineData("Function", "ScheduleV2", "PermissionsBoundary", "true", "Resource with id [FnE] is invalid. Property 'PermissionsBoundary' should be a string.")]
    [InlineData("Function", "ScheduleV2", "Properties", "\"abc\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "ScheduleV2", "RetryPolicy", "true", "Resource with id [FnE] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("Function", "ScheduleV2", "RoleArn", "true", "Resource with id [FnE] is invalid. Property 'RoleArn' should be a string.")]
    [InlineData("Function", "ScheduleV2", "ScheduleExpressionTimezone", "true", "Resource with id [FnE] is invalid. Property 'ScheduleExpressionTimezone' should be a string.")]
    [InlineData("Function", "ScheduleV2", "ScheduleExpression", "true", "Resource with id [FnE] is invalid. Property 'ScheduleExpression' should be a string.")]
    [InlineData("Function", "ScheduleV2", "StartDate", "true", "Resource with id [FnE] is invalid. Property 'StartDate' should be a string.")]
    [InlineData("Function", "ScheduleV2", "State", "true", "Resource with id [FnE] is invalid. Property 'State' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "DeadLetterConfig", "true", "Resource with id [SME] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("StateMachine", "CloudWatchEvent", "EventBusName", "true", "Resource with id [SME] is invalid. Property 'EventBusName' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "InputPath", "true", "Resource with id [SME] is invalid. Property 'InputPath' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "InputTransformer", "true", "Resource with id [SME] is invalid. Property 'InputTransformer' should be a map.")]
    [InlineData("StateMachine", "CloudWatchEvent", "Input", "true", "Resource with id [SME] is invalid. Property 'Input' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "Pattern", "true", "Resource with id [SME] is invalid. Property 'Pattern' should be a map.")]
    [InlineData("StateMachine", "CloudWatchEvent", "Properties", "\"abc\"", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "CloudWatchEvent", "RetryPolicy", "true", "Resource with id [SME] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("StateMachine", "CloudWatchEvent", "RuleName", "true", "Resource with id [SME] is invalid. Property 'RuleName' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "State", "true", "Resource with id [SME] is invalid. Property 'State' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "Target", "true", "Resource with id [SME] is invalid. Property 'Target' should be a map.")]
    [InlineData("StateMachine", "EventBridgeRule", "DeadLetterConfig", "true", "Resource with id [SME] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("StateMachine", "EventBridgeRule", "EventBusName", "true", "Resource with id [SME] is invalid. Property 'EventBusName' should be a string.")]
    [InlineData("StateMachine", "EventBridgeRule", "InputPath", "true", "Resource with id [SME] is invalid. Property 'InputPath' should be a string.")]
    [InlineData("StateMachine", "EventBridgeRule", "InputTransformer", "true", "Resource with id [SME] is invalid. Property 'InputTransformer' should be a map.")]
    [InlineData("StateMachine", "EventBridgeRule", "Input", "true", "Resource with id [SME] is invalid. Property 'Input' should be a string.")]
    [InlineData("StateMachine", "EventBridgeRule", "Pattern", "true", "Resource with id [SME] is invalid. Property 'Pattern' should be a map.")]
    [InlineData("StateMachine", "EventBridgeRule", "Properties", "\"abc\"", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "EventBridgeRule", "RetryPolicy", "true", "Resource with id [SME] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("StateMachine", "EventBridgeRule", "RuleName", "true", "Resource with id [SME] is invalid. Property 'RuleName' should be a string.")]
    [InlineData("StateMachine", "EventBridgeRule", "State", "true", "Resource with id [SME] is invalid. Property 'State' should be a string.")]
    [InlineData("StateMachine", "EventBridgeRule", "Target", "true", "Resource with id [SME] is invalid. Property 'Target' should be a map.")]
    [InlineData("StateMachine", "Schedule", "DeadLetterConfig", "true", "Resource with id [SME] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("StateMachine", "Schedule", "Description", "true", "Resource with id [SME] is invalid. Property 'Description' should be a string.")]
    [InlineData("StateMachine", "Schedule", "Enabled", "5", "Resource with id [SME] is invalid. Type of property 'Enabled' is invalid.")]
    [InlineData("StateMachine", "Schedule", "Input", "true", "Resource with id [SME] is invalid. Property 'Input' should be a string.")]
    [InlineData("StateMachine", "Schedule", "Name", "true", "Resource with id [SME] is invalid. Property 'Name' should be a string.")]
    [InlineData("StateMachine", "Schedule", "Properties", "\"abc\"", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "Schedule", "RetryPolicy", "true", "Resource with id [SME] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("StateMachine", "Schedule", "RoleArn", "true", "Resource with id [SME] is invalid. Property 'RoleArn' should be a string.")]
    [InlineData("StateMachine", "Schedule", "Schedule", "true", "Resource with id [SME] is invalid. Property 'Schedule' should be a string.")]
    [InlineData("StateMachine", "Schedule", "State", "true", "Resource with id [SME] is invalid. Property 'State' should be a string.")]
    [InlineData("StateMachine", "Schedule", "Target", "true", "Resource with id [SME] is invalid. Property 'Target' should be a map.")]
    [InlineData("StateMachine", "ScheduleV2", "DeadLetterConfig", "true", "Resource with id [SME] is invalid. Property 'DeadLetterConfig' should be a map.")]
    [InlineData("StateMachine", "ScheduleV2", "Description", "true", "Resource with id [SME] is invalid. Property 'Description' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "EndDate", "true", "Resource with id [SME] is invalid. Property 'EndDate' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "FlexibleTimeWindow", "true", "Resource with id [SME] is invalid. Property 'FlexibleTimeWindow' should be a map.")]
    [InlineData("StateMachine", "ScheduleV2", "GroupName", "true", "Resource with id [SME] is invalid. Property 'GroupName' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "Input", "true", "Resource with id [SME] is invalid. Property 'Input' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "KmsKeyArn", "true", "Resource with id [SME] is invalid. Property 'KmsKeyArn' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "Name", "true", "Resource with id [SME] is invalid. Property 'Name' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "OmitName", "5", "Resource with id [SME] is invalid. Type of property 'OmitName' is invalid.")]
    [InlineData("StateMachine", "ScheduleV2", "PermissionsBoundary", "true", "Resource with id [SME] is invalid. Property 'PermissionsBoundary' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "Properties", "\"abc\"", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "ScheduleV2", "RetryPolicy", "true", "Resource with id [SME] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("StateMachine", "ScheduleV2", "RoleArn", "true", "Resource with id [SME] is invalid. Property 'RoleArn' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "ScheduleExpressionTimezone", "true", "Resource with id [SME] is invalid. Property 'ScheduleExpressionTimezone' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "ScheduleExpression", "true", "Resource with id [SME] is invalid. Property 'ScheduleExpression' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "StartDate", "true", "Resource with id [SME] is invalid. Property 'StartDate' should be a string.")]
    [InlineData("StateMachine", "ScheduleV2", "State", "true", "Resource with id [SME] is invalid. Property 'State' should be a string.")]
    public void A_value_of_the_wrong_type_gets_SAMs_message(string owner, string type, string property, string valueJson, string message) =>
        Assert.Equal(message, EventError(owner, type, property == "Properties" ? JToken.Parse(valueJson) : With(type, (property, valueJson))));

    /// <summary>
    /// An API event's Properties that is not a map: HTTP API events report any such value about the event; REST API
    /// events only a value Python counts as true, and an empty one ("", [], 0, null) fails as the event's resource.
    /// The expected values are AWS's translator's answers for the same templates.
    /// </summary>
    [Theory]
    [InlineData("Function", "Api", "\"\"", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Api", "[]", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Api", "0", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Api", "null", "Resource with id [FnE] is invalid. Properties of a resource must be an object.")]
    [InlineData("Function", "Api", "\"abc\"", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    [InlineData("Function", "Api", "[1]", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    [InlineData("Function", "Api", "5", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    [InlineData("Function", "HttpApi", "\"\"", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    [InlineData("Function", "HttpApi", "null", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    [InlineData("Function", "HttpApi", "[1]", "Resource with id [Fn] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    [InlineData("StateMachine", "Api", "\"\"", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "Api", "[]", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "Api", "null", "Resource with id [SME] is invalid. Properties of a resource must be an object.")]
    [InlineData("StateMachine", "Api", "\"abc\"", "Resource with id [SM] is invalid. Event with id [E] is invalid. Properties should be a map.")]
    public void An_api_events_properties_that_are_not_a_map_get_SAMs_message(string owner, string type, string valueJson, string message) =>
        Assert.Equal(message, EventError(owner, type, JToken.Parse(valueJson)));

    /// <summary>Two properties of the wrong type: SAM reports the one it checks first.</summary>
    [Theory]
    [InlineData("Function", "SQS", "BatchSize", "\"abc\"", "Enabled", "\"abc\"", "Resource with id [FnE] is invalid. Type of property 'BatchSize' is invalid.")]
    [InlineData("Function", "SQS", "DestinationConfig", "5", "ParallelizationFactor", "\"abc\"", "Resource with id [FnE] is invalid. Property 'DestinationConfig' should be a map.")]
    [InlineData("Function", "SQS", "ProvisionedPollerConfig", "5", "MetricsConfig", "5", "Resource with id [FnE] is invalid. Property 'ProvisionedPollerConfig' should be a map.")]
    [InlineData("Function", "MSK", "ProvisionedPollerConfig", "5", "SchemaRegistryConfig", "5", "Resource with id [FnE] is invalid. Property 'ProvisionedPollerConfig' should be a map.")]
    [InlineData("Function", "MSK", "SchemaRegistryConfig", "5", "MetricsConfig", "5", "Resource with id [FnE] is invalid. Property 'SchemaRegistryConfig' should be a map.")]
    [InlineData("Function", "MQ", "LoggingConfig", "5", "DynamicPolicyName", "\"abc\"", "Resource with id [FnE] is invalid. Property 'LoggingConfig' should be a map.")]
    [InlineData("Function", "Schedule", "Schedule", "5", "RuleName", "5", "Resource with id [FnE] is invalid. Property 'Schedule' should be a string.")]
    [InlineData("Function", "ScheduleV2", "PermissionsBoundary", "5", "ScheduleExpression", "5", "Resource with id [FnE] is invalid. Property 'PermissionsBoundary' should be a string.")]
    [InlineData("Function", "CloudWatchEvent", "RetryPolicy", "5", "Input", "5", "Resource with id [FnE] is invalid. Property 'RetryPolicy' should be a map.")]
    [InlineData("Function", "CloudWatchEvent", "Target", "5", "Enabled", "5", "Resource with id [FnE] is invalid. Property 'Target' should be a map.")]
    [InlineData("Function", "SNS", "Region", "5", "SqsSubscription", "5", "Resource with id [FnE] is invalid. Property 'Region' should be a string.")]
    [InlineData("Function", "S3", "Bucket", "5", "Events", "5", "Resource with id [FnE] is invalid. Property 'Bucket' should be a string.")]
    [InlineData("StateMachine", "CloudWatchEvent", "InputPath", "5", "DeadLetterConfig", "5", "Resource with id [SME] is invalid. Property 'InputPath' should be a string.")]
    [InlineData("StateMachine", "Schedule", "Target", "5", "RoleArn", "5", "Resource with id [SME] is invalid. Property 'Target' should be a map.")]
    public void The_first_property_in_SAMs_order_is_reported(string owner, string type, string first, string firstJson, string second, string secondJson, string message) =>
        Assert.Equal(message, EventError(owner, type, With(type, (second, secondJson), (first, firstJson))));

    private static JObject With(string type, params (string Name, string Json)[] values)
    {
        var properties = JObject.Parse(Bases[type]);
        foreach (var (name, json) in values) properties[name] = JToken.Parse(json);
        return properties;
    }

    private static string? EventError(string owner, string type, JToken properties)
    {
        var definition = owner == "Function"
            ? new JObject { ["CodeUri"] = "s3://b/k.zip", ["Handler"] = "h", ["Runtime"] = "python3.12" }
            : new JObject { ["Definition"] = JObject.Parse("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}""") };
        definition["Events"] = new JObject { ["E"] = new JObject { ["Type"] = type, ["Properties"] = properties } };
        var template = new JObject
        {
            ["Resources"] = new JObject
            {
                ["Bk"] = new JObject { ["Type"] = "AWS::S3::Bucket" },
                ["Pool"] = new JObject { ["Type"] = "AWS::Cognito::UserPool" },
                [owner == "Function" ? "Fn" : "SM"] = new JObject { ["Type"] = "AWS::Serverless::" + owner, ["Properties"] = definition },
            },
        };
        const string prefix = "Invalid Serverless Application Specification document. Number of errors found: 1. ";
        var error = SamTransformer.Transform(template).ErrorMessage;
        return error is not null && error.StartsWith(prefix, StringComparison.Ordinal) ? error[prefix.Length..] : error;
    }
}
