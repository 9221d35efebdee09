using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Events;

/// <summary>The shapes the reference accepts for an event property (Python's types: an integer property also takes a boolean).</summary>
public enum EventValueKind
{
    Any,
    String,
    Integer,
    Boolean,
    Map,
    List,
    StringOrStringList,
    BooleanOrMap,
    ListOrMap,
}

/// <summary>One property an event type accepts.</summary>
/// <param name="AllowsIntrinsics">When true an intrinsic function is accepted whatever <paramref name="Kind"/> says.</param>
/// <param name="ShouldBe">
/// When true a wrong value is reported as "Property 'X' should be a string." (or map) rather than "Type of property 'X'
/// is invalid." — the reference words its checks of some properties so.
/// </param>
public sealed record EventProperty(string Name, EventValueKind Kind, bool Required = false, bool AllowsIntrinsics = true, bool ShouldBe = false);

/// <summary>
/// The properties of one event type, checked before expansion with the reference's generic messages, which it reports
/// as if the event were a resource named <c>FunctionId + EventId</c>.
/// </summary>
public sealed class EventSchema
{
    private readonly Dictionary<string, EventProperty> _properties = new(StringComparer.Ordinal);

    /// <param name="typeName">The event type as the messages name it ("property X not defined for resource of type SNS").</param>
    /// <param name="properties">The accepted properties; a later one with the name of an earlier one replaces it.</param>
    public EventSchema(string typeName, IEnumerable<EventProperty> properties)
    {
        TypeName = typeName;
        foreach (var p in properties) _properties[p.Name] = p;
    }

    public string TypeName { get; }

    public void Validate(IEventContext context)
    {
        var properties = context.Properties;
        foreach (var property in properties.Properties())
            if (!_properties.ContainsKey(property.Name))
                throw context.InvalidAsResource($"property {property.Name} not defined for resource of type {TypeName}", property);
        foreach (var expected in _properties.Values)
        {
            var value = properties[expected.Name];
            if (expected.AllowsIntrinsics && Intrinsics.IsIntrinsic(value)) continue;
            if (value is null || value.Type == JTokenType.Null)
            {
                if (expected.Required)
                    throw context.InvalidAsResource($"Missing required property '{expected.Name}'.", (JToken?)value ?? context.Event["Properties"] ?? context.Event);
            }
            else if (!Matches(value, expected.Kind))
            {
                throw context.InvalidAsResource(expected.ShouldBe
                    ? $"Property '{expected.Name}' should be a {(expected.Kind == EventValueKind.Map ? "map" : "string")}."
                    : $"Type of property '{expected.Name}' is invalid.", value);
            }
        }
    }

    private static bool Matches(JToken value, EventValueKind kind) => kind switch
    {
        EventValueKind.Any => true,
        EventValueKind.String => value.Type == JTokenType.String,
        EventValueKind.Integer => value.Type is JTokenType.Integer or JTokenType.Boolean,
        EventValueKind.Boolean => value.Type == JTokenType.Boolean,
        EventValueKind.Map => value.Type == JTokenType.Object,
        EventValueKind.List => value.Type == JTokenType.Array,
        EventValueKind.StringOrStringList => value.Type == JTokenType.String || value is JArray list && list.All(x => x.Type == JTokenType.String),
        EventValueKind.BooleanOrMap => value.Type is JTokenType.Boolean or JTokenType.Object,
        EventValueKind.ListOrMap => value.Type is JTokenType.Array or JTokenType.Object,
        _ => false,
    };

    public static EventProperty Str(string name, bool required = false) => new(name, EventValueKind.String, required);
    public static EventProperty Int(string name) => new(name, EventValueKind.Integer);
    public static EventProperty Bool(string name) => new(name, EventValueKind.Boolean);
    public static EventProperty Map(string name) => new(name, EventValueKind.Map);
    public static EventProperty List(string name) => new(name, EventValueKind.List);
    public static EventProperty Any(string name, bool required = false) => new(name, EventValueKind.Any, required);
}
