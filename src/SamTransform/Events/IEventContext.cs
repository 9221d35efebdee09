using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Events;

/// <summary>
/// What the event helpers (schemas, rule states and targets, schedules) need from an event, whatever resource it belongs
/// to: a function (<see cref="FunctionEventContext"/>) or a state machine.
/// </summary>
public interface IEventContext
{
    TransformContext Transform { get; }

    /// <summary>The event's key under <c>Events</c>.</summary>
    string EventId { get; }

    /// <summary>The id of the event's main generated resource: the owner's id followed by the event id.</summary>
    string LogicalId { get; }

    /// <summary>The event's definition (<c>Type</c>, <c>Properties</c>).</summary>
    JObject Event { get; }

    JObject Properties { get; }

    /// <summary>A property of the event, or null when it is absent or null (the reference treats both alike).</summary>
    JToken? Get(string name);

    /// <summary>An error about the event, named by its event id.</summary>
    SamException Invalid(string message, JToken? node = null);

    /// <summary>An error about the event, named by its generated logical id.</summary>
    SamException InvalidByLogicalId(string message, JToken? node = null);

    /// <summary>An error the reference reports as if the event were a resource of its own ("Resource with id [OwnerEvent] ...").</summary>
    SamException InvalidAsResource(string message, JToken? node = null);

    /// <summary>Adds a generated resource carrying the owner's pass-through attributes.</summary>
    void Emit(string logicalId, JObject resource);

    /// <summary>
    /// Why a resource the event emits exists (<see cref="TransformContext.Reasons"/>): <paramref name="what"/> (by default
    /// its type in words) for the event, "permission for event GetOrders (Api GET /orders)".
    /// </summary>
    static string Reason(string eventId, JObject @event, JObject resource, string? what = null)
    {
        var type = @event["Type"] is JValue { Type: JTokenType.String } t ? (string)t! : "?";
        var route = Route(@event["Properties"] as JObject) is { } r ? " " + r : "";
        return $"{what ?? Resources.CfnResource.Noun(Resources.CfnResource.TypeOf(resource))} for event {eventId} ({type}{route})";
    }

    /// <summary>An API event's method and path, "GET /orders" (SAM's x-amazon-apigateway-any-method is ANY), when both are text.</summary>
    static string? Route(JObject? properties)
    {
        if (properties?["Method"] is not JValue { Type: JTokenType.String } m || properties["Path"] is not JValue { Type: JTokenType.String } path) return null;
        var method = (string)m!;
        return $"{(method.Equals("x-amazon-apigateway-any-method", StringComparison.OrdinalIgnoreCase) ? "ANY" : method.ToUpperInvariant())} {(string)path!}";
    }
}
