using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Policies;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Rules;

/// <summary>What a schedule invokes: its ARN, and the action (with the name suffix of its policy) the scheduler's role needs.</summary>
public sealed record ScheduleTarget(JToken Arn, string Action, string PolicySuffix);

/// <summary>
/// <c>ScheduleV2</c>: an EventBridge Scheduler schedule, and (unless <c>RoleArn</c> is given) the role the scheduler
/// assumes to invoke the target and reach the dead-letter queue. Functions and state machines share it.
/// </summary>
public sealed class ScheduleV2EventSource : IEventSource
{

    public string Type => "ScheduleV2";

    public void Link(FunctionEventContext context) => EventSpecs.ScheduleV2.Validate(context);

    public void Expand(FunctionEventContext context) =>
        Expand(context, new ScheduleTarget(context.FunctionArn, "lambda:InvokeFunction", "LambdaPolicy"));

    public static void Expand(IEventContext context, ScheduleTarget invoked)
    {
        EventSpecs.ScheduleV2.Validate(context);
        var id = context.LogicalId;
        var schedule = new JObject { ["ScheduleExpression"] = context.Get("ScheduleExpression")!.DeepClone() };
        if (PythonValues.IsTruthy(context.Get("State"))) schedule["State"] = context.Get("State")!.DeepClone();
        var name = context.Get("Name");
        if (PythonValues.IsTruthy(context.Get("OmitName")))
        {
            // Without a name CloudFormation generates one, so one template can be deployed as several stacks.
            if (PythonValues.IsTruthy(name)) throw context.InvalidByLogicalId("Name cannot be set when OmitName is True", name);
        }
        else
        {
            schedule["Name"] = PythonValues.IsTruthy(name) ? name!.DeepClone() : id;
        }
        schedule.SetIf("Description", context.Get("Description")?.DeepClone());
        var window = context.Get("FlexibleTimeWindow");
        schedule["FlexibleTimeWindow"] = PythonValues.IsTruthy(window) ? window!.DeepClone() : new JObject { ["Mode"] = "OFF" };
        EventSpecs.ScheduleV2.CopyPassThrough(context.Properties, schedule);

        JToken? queueArn = null;
        if (context.Get("DeadLetterConfig") is { } dlq)
        {
            RuleDeadLetterQueues.Validate(dlq, context.InvalidByLogicalId);
            // The scheduler's role, not a queue policy, grants the delivery.
            queueArn = RuleDeadLetterQueues.QueueArn(dlq, id, ruleArn: null, context.Emit, context.InvalidByLogicalId);
        }

        var roleArn = context.Get("RoleArn");
        if (!PythonValues.IsTruthy(roleArn))
        {
            var roleId = id + "Role";
            var policies = new JArray(RolePolicy.Single(id + invoked.PolicySuffix, invoked.Action, invoked.Arn));
            if (queueArn is not null) policies.Add(RolePolicy.Single(id + "SQSPolicy", "sqs:SendMessage", queueArn));
            var role = new JObject
            {
                ["AssumeRolePolicyDocument"] = ExecutionRoleBuilder.DefaultAssumeRolePolicy("scheduler.amazonaws.com"),
                ["Policies"] = policies,
            };
            role.SetIf("PermissionsBoundary", context.Get("PermissionsBoundary")?.DeepClone());
            context.Emit(roleId, CfnResource.Create("AWS::IAM::Role", role));
            roleArn = Intrinsics.GetAtt(roleId, "Arn");
        }

        var target = new JObject { ["Arn"] = invoked.Arn.DeepClone(), ["RoleArn"] = roleArn!.DeepClone() };
        target.SetIf("Input", context.Get("Input")?.DeepClone());
        if (context.Get("DeadLetterConfig") is not null) target["DeadLetterConfig"] = new JObject { ["Arn"] = queueArn };
        target.SetIf("RetryPolicy", context.Get("RetryPolicy")?.DeepClone());
        schedule["Target"] = target;
        context.Emit(id, CfnResource.Create("AWS::Scheduler::Schedule", schedule));
    }
}
