using SamTransform.Diagnostics;
using SamTransform.Specification;

namespace SamTransform.Events;

/// <summary>SAM's checks of an event's properties against its type's declaration, reported as if the event were a resource named <c>OwnerId + EventId</c>.</summary>
public static class EventValidation
{
    public static void Validate(this TypeSpec spec, IEventContext context)
    {
        var properties = context.Properties;
        if (spec.FirstUnknown(properties) is { } unknown)
            throw context.InvalidAsResource(DiagnosticCatalog.PropertyNotDefined(unknown.Name, spec.TypeName), unknown);
        if (spec.FirstProblem(properties) is var (message, node))
            throw context.InvalidAsResource(message, node ?? context.Event["Properties"] ?? context.Event);
    }
}
