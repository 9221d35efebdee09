namespace SamTransform.Events;

/// <summary>Expands one event type of a function's <c>Events</c> (S3, SQS, Schedule, ...). Registered by its <c>Type</c>.</summary>
public interface IEventSource
{
    /// <summary>The value of the event's <c>Type</c>, for example <c>SQS</c>.</summary>
    string Type { get; }

    /// <summary>
    /// What SAM checks when it links the event, before the function itself is transformed: the event's properties
    /// against the type's schema and the template resources it refers to. (The context has no role or alias yet.)
    /// </summary>
    void Link(FunctionEventContext context) { }

    /// <summary>Adds the event's resources; <see cref="Link"/> has run.</summary>
    void Expand(FunctionEventContext context);
}
