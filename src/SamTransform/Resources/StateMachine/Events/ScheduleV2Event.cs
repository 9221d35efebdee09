using SamTransform.Events.Rules;

namespace SamTransform.Resources.StateMachine.Events;

/// <summary><c>ScheduleV2</c>: an EventBridge Scheduler schedule that starts the state machine (shared with functions).</summary>
public sealed class ScheduleV2Event : IStateMachineEventSource
{
    public string Type => "ScheduleV2";

    public void Expand(StateMachineEventContext context) =>
        ScheduleV2EventSource.Expand(context, new ScheduleTarget(context.TargetArn, "states:StartExecution", "StartExecutionPolicy"));
}
