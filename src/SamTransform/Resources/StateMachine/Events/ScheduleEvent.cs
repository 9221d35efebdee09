using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Events.Rules;
using SamTransform.Specification;

namespace SamTransform.Resources.StateMachine.Events;

/// <summary><c>Schedule</c>: an EventBridge rule with a schedule expression that starts the state machine.</summary>
public sealed class ScheduleEvent : IStateMachineEventSource
{

    public string Type => "Schedule";

    public void Expand(StateMachineEventContext context)
    {
        EventSpecs.StateMachineSchedule.Validate(context);
        var rule = new JObject { ["ScheduleExpression"] = context.Get("Schedule")!.DeepClone() };
        EventRules.ApplyState(context, rule);
        rule.SetIf("Name", context.Get("Name")?.DeepClone());
        rule.SetIf("Description", context.Get("Description")?.DeepClone());
        rule["Targets"] = new JArray(context.RuleTarget(withInputPath: false, context.Get("RoleArn")));
        context.Emit(context.LogicalId, CfnResource.Create("AWS::Events::Rule", rule));
    }
}
