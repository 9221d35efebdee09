namespace SamTransform.Resources.StateMachine.Events;

/// <summary>Expands one event type of a state machine's <c>Events</c>. Registered by its <c>Type</c>.</summary>
public interface IStateMachineEventSource
{
    string Type { get; }

    void Expand(StateMachineEventContext context);
}
