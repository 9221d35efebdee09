using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Rules;

/// <summary><c>Schedule</c>: an EventBridge rule with a schedule expression targeting the function.</summary>
public sealed class ScheduleEventSource : IEventSource
{

    public string Type => "Schedule";

    public void Link(FunctionEventContext context) => EventSpecs.Schedule.Validate(context);

    public void Expand(FunctionEventContext context)
    {
        var rule = new JObject { ["ScheduleExpression"] = context.Get("Schedule")!.DeepClone() };
        EventRules.ApplyState(context, rule);
        rule.SetIf("Name", context.Get("Name")?.DeepClone());
        rule.SetIf("Description", context.Get("Description")?.DeepClone());
        var target = EventRules.Target(context, context.FunctionArn, RuleDeadLetterQueues.TargetId(context.LogicalId, EventRules.LambdaTargetSuffix), withInputPath: false);
        rule["Targets"] = new JArray(target);
        context.Emit(context.LogicalId, CfnResource.Create("AWS::Events::Rule", rule));
        LambdaPermissions.Emit(context, "events.amazonaws.com", sourceArn: Intrinsics.GetAtt(context.LogicalId, "Arn"));
    }
}
