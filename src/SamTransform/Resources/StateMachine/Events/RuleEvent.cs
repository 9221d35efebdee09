using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Events.Rules;
using SamTransform.Specification;

namespace SamTransform.Resources.StateMachine.Events;

/// <summary>
/// <c>CloudWatchEvent</c> and <c>EventBridgeRule</c> (the same thing under its newer name): an EventBridge rule with an
/// event pattern that starts the state machine.
/// </summary>
public sealed class RuleEvent(string type) : IStateMachineEventSource
{

    public string Type => type;

    public void Expand(StateMachineEventContext context)
    {
        (type == "CloudWatchEvent" ? EventSpecs.StateMachineCloudWatchEvent : EventSpecs.StateMachineEventBridgeRule).Validate(context);
        var rule = new JObject();
        rule.SetIf("EventBusName", context.Get("EventBusName")?.DeepClone());
        rule.SetIf("EventPattern", context.Get("Pattern")?.DeepClone());
        rule.SetIf("Name", context.Get("RuleName")?.DeepClone());
        EventRules.ApplyState(context, rule);
        rule["Targets"] = new JArray(context.RuleTarget(withInputPath: true));
        context.Emit(context.LogicalId, CfnResource.Create("AWS::Events::Rule", rule));
    }
}
