using SamTransform.Events.Pull;
using SamTransform.Events.Push;
using SamTransform.Events.Rules;

namespace SamTransform.Events;

/// <summary>Event sources by <c>Type</c>. Adding an event type is one class and one line here.</summary>
public sealed class EventSourceRegistry
{
    private readonly Dictionary<string, IEventSource> _byType = new(StringComparer.Ordinal);

    public static EventSourceRegistry Default { get; } = CreateDefault();

    private static EventSourceRegistry CreateDefault()
    {
        var registry = new EventSourceRegistry();
        var sqs = new SqsEventSource();
        registry.Add(sqs);
        registry.Add(StreamEventSource.Kinesis());
        registry.Add(StreamEventSource.DynamoDB());
        registry.Add(new MskEventSource());
        registry.Add(new MqEventSource());
        registry.Add(new SelfManagedKafkaEventSource());
        registry.Add(new DocumentDBEventSource());
        registry.Add(new S3EventSource());
        registry.Add(new SnsEventSource(sqs));
        registry.Add(new AlexaSkillEventSource());
        registry.Add(new IoTRuleEventSource());
        registry.Add(new CloudWatchLogsEventSource());
        registry.Add(new CognitoEventSource());
        registry.Add(new ScheduleEventSource());
        registry.Add(new CloudWatchEventSource("CloudWatchEvent"));
        registry.Add(new CloudWatchEventSource("EventBridgeRule"));
        registry.Add(new ScheduleV2EventSource());
        registry.Add(new HttpApiEventSource());
        registry.Add(new ApiEventSource());
        return registry;
    }

    public void Add(IEventSource source) => _byType[source.Type] = source;

    public IEventSource? Find(string type) => _byType.GetValueOrDefault(type);

    public IEnumerable<string> Types => _byType.Keys;
}
