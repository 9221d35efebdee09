using SamTransform.Events;
using Xunit;

namespace SamTransform.Tests.Events;

public class EventSourceRegistryTests
{
    [Fact]
    public void Every_non_api_event_type_of_the_specification_is_registered()
    {
        string[] expected =
        [
            "S3", "SNS", "SQS", "Kinesis", "DynamoDB", "MSK", "MQ", "SelfManagedKafka", "DocumentDB", "Schedule",
            "ScheduleV2", "CloudWatchEvent", "EventBridgeRule", "CloudWatchLogs", "IoTRule", "AlexaSkill", "Cognito",
        ];
        foreach (var type in expected)
            Assert.True(EventSourceRegistry.Default.Find(type) is { } source && source.Type == type, type);
    }

    [Fact]
    public void An_unknown_type_is_not_found() => Assert.Null(EventSourceRegistry.Default.Find("Sqs"));
}
