using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Events;

/// <summary>The error for an event whose <c>Type</c> no registered event source handles.</summary>
public static class UnhandledEventType
{
    /// <param name="resourceType">The SAM type the event belongs to.</param>
    /// <param name="samEventTypes">The event types SAM accepts on that type (from <see cref="SamTypes"/>).</param>
    public static SamException For(string resourceType, string eventId, JObject definition, IReadOnlyList<string> samEventTypes)
    {
        var type = definition["Type"];
        // A type SAM has and this tool lacks: say so, the template is not at fault.
        if (type is JValue { Type: JTokenType.String } name && samEventTypes.Contains((string)name!, StringComparer.Ordinal))
            return new SamDiagnosticException((id, at, path) => DiagnosticCatalog.EventTypeNotSupported(id, resourceType, eventId, (string)name!, at, path), name) { EventId = eventId };
        // SAM's own words for a type it does not know on this resource (None when the key is missing).
        return new SamException($"Resource dict has missing or invalid value for key Type. Event Type is: {PythonValues.Str(type)}.", (JToken?)type ?? definition) { EventId = eventId };
    }
}
