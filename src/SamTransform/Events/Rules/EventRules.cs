using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Events.Rules;

/// <summary>What the EventBridge rule events of functions and state machines share: the rule's state and its one target.</summary>
internal static class EventRules
{
    public const string LambdaTargetSuffix = "LambdaTarget";

    /// <summary><c>State</c>, or <c>Enabled</c> turned into a state; not both.</summary>
    public static void ApplyState(IEventContext context, JObject rule)
    {
        var state = context.Get("State");
        var enabled = context.Get("Enabled");
        if (PythonValues.IsTruthy(state) && enabled is not null)
            throw context.Invalid("State and Enabled Properties cannot both be specified.", enabled);
        if (PythonValues.IsTruthy(state)) rule["State"] = state!.DeepClone();
        if (enabled is not null) rule["State"] = PythonValues.IsTruthy(enabled) ? "ENABLED" : "DISABLED";
    }

    /// <summary>The rule's target <paramref name="arn"/>, with input, dead-letter queue and retry policy when configured.</summary>
    public static JObject Target(IEventContext context, JToken arn, JToken id, bool withInputPath)
    {
        var target = new JObject { ["Arn"] = arn, ["Id"] = id };
        target.SetInput(context, "Input");
        if (withInputPath)
        {
            target.SetInput(context, "InputPath");
            target.SetInput(context, "InputTransformer");
        }
        if (context.Get("DeadLetterConfig") is { } dlq)
        {
            RuleDeadLetterQueues.Validate(dlq, context.InvalidByLogicalId);
            var queueArn = RuleDeadLetterQueues.QueueArn(dlq, context.LogicalId, Intrinsics.GetAtt(context.LogicalId, "Arn"), context.Emit, context.InvalidByLogicalId);
            target["DeadLetterConfig"] = new JObject { ["Arn"] = queueArn };
        }
        target.SetInput(context, "RetryPolicy");
        return target;
    }

    private static void SetInput(this JObject target, IEventContext context, string name)
    {
        if (context.Get(name) is { } value) target[name] = value.DeepClone();
    }
}
