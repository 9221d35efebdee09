namespace SamTransform.Events;

/// <summary>Event sources by <c>Type</c>. Adding an event type is one class and one line here.</summary>
public sealed class EventSourceRegistry
{
    private readonly Dictionary<string, IEventSource> _byType = new(StringComparer.Ordinal);

    public static EventSourceRegistry Default { get; } = CreateDefault();

    private static EventSourceRegistry CreateDefault()
    {
        var registry = new EventSourceRegistry();
        return registry;
    }

    public void Add(IEventSource source) => _byType[source.Type] = source;

    public IEventSource? Find(string type) => _byType.GetValueOrDefault(type);

    public IEnumerable<string> Types => _byType.Keys;
}
