namespace SamTransform.Resources.StateMachine.Events;

/// <summary>A state machine's event sources by <c>Type</c>. Adding an event type is one class and one line here.</summary>
public sealed class StateMachineEventSourceRegistry
{
    private readonly Dictionary<string, IStateMachineEventSource> _byType = new(StringComparer.Ordinal);

    public static StateMachineEventSourceRegistry Default { get; } = CreateDefault();

    private static StateMachineEventSourceRegistry CreateDefault()
    {
        var registry = new StateMachineEventSourceRegistry();
        registry.Add(new ScheduleEvent());
        registry.Add(new RuleEvent("CloudWatchEvent"));
        registry.Add(new RuleEvent("EventBridgeRule"));
        registry.Add(new ScheduleV2Event());
        registry.Add(new ApiEvent());
        return registry;
    }

    public void Add(IStateMachineEventSource source) => _byType[source.Type] = source;

    public IStateMachineEventSource? Find(string type) => _byType.GetValueOrDefault(type);

    public IEnumerable<string> Types => _byType.Keys;
}
