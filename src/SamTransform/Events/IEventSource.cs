namespace SamTransform.Events;

/// <summary>Expands one event type of a function's <c>Events</c> (S3, SQS, Schedule, ...). Registered by its <c>Type</c>.</summary>
public interface IEventSource
{
    /// <summary>The value of the event's <c>Type</c>, for example <c>SQS</c>.</summary>
    string Type { get; }

    void Expand(FunctionEventContext context);
}
