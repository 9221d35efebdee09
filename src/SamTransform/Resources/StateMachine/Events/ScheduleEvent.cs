using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Events.Rules;
using static SamTransform.Events.EventSchema;

namespace SamTransform.Resources.StateMachine.Events;

/// <summary><c>Schedule</c>: an EventBridge rule with a schedule expression that starts the state machine.</summary>
public sealed class ScheduleEvent : IStateMachineEventSource
{
    private static readonly EventSchema Schema = new("Schedule",
    [
        Str("Schedule", required: true), Str("Input"), Bool("Enabled"), Str("State"), Str("Name"), Str("Description"),
        Map("DeadLetterConfig"), Map("RetryPolicy"), Map("Target"), Str("RoleArn"),
    ]);

    public string Type => "Schedule";

    public void Expand(StateMachineEventContext context)
    {
        Schema.Validate(context);
        var rule = new JObject { ["ScheduleExpression"] = context.Get("Schedule")!.DeepClone() };
        EventRules.ApplyState(context, rule);
        rule.SetIf("Name", context.Get("Name")?.DeepClone());
        rule.SetIf("Description", context.Get("Description")?.DeepClone());
        rule["Targets"] = new JArray(context.RuleTarget(withInputPath: false, context.Get("RoleArn")));
        context.Emit(context.LogicalId, CfnResource.Create("AWS::Events::Rule", rule));
    }
}
