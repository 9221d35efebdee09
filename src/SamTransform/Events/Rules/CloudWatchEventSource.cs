using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Rules;

/// <summary>
/// <c>CloudWatchEvent</c> and <c>EventBridgeRule</c> (the same thing under its newer name): an EventBridge rule with an
/// event pattern targeting the function.
/// </summary>
public sealed class CloudWatchEventSource(string type) : IEventSource
{

    public string Type => type;

    public void Link(FunctionEventContext context) => (type == "CloudWatchEvent" ? EventSpecs.CloudWatchEvent : EventSpecs.EventBridgeRule).Validate(context);

    public void Expand(FunctionEventContext context)
    {
        var rule = new JObject();
        rule.SetIf("EventBusName", context.Get("EventBusName")?.DeepClone());
        rule.SetIf("EventPattern", context.Get("Pattern")?.DeepClone());
        rule.SetIf("Name", context.Get("RuleName")?.DeepClone());
        var targetId = context.Get("Target") is JObject target && target["Id"] is { } id
            ? id.DeepClone()
            : RuleDeadLetterQueues.TargetId(context.LogicalId, EventRules.LambdaTargetSuffix);
        var ruleTarget = EventRules.Target(context, context.FunctionArn, targetId, withInputPath: true);
        EventRules.ApplyState(context, rule);
        rule["Targets"] = new JArray(ruleTarget);
        context.Emit(context.LogicalId, CfnResource.Create("AWS::Events::Rule", rule));
        LambdaPermissions.Emit(context, "events.amazonaws.com", sourceArn: Intrinsics.GetAtt(context.LogicalId, "Arn"));
    }
}
