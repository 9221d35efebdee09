using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Policies;

namespace SamTransform.Resources.StateMachine.Events;

/// <summary>What a state machine's event source sees: the state machine, what the event starts and the event's definition.</summary>
public sealed class StateMachineEventContext : IEventContext
{
    public required TransformContext Transform { get; init; }

    public required SamResource StateMachine { get; init; }

    public required string EventId { get; init; }

    public required JObject Event { get; init; }

    /// <summary>What the event starts: the alias with <c>UseAliasAsEventTarget</c>, else the state machine.</summary>
    public required string TargetLogicalId { get; init; }

    public string LogicalId => StateMachine.LogicalId + EventId;

    public JObject Properties => Event["Properties"] as JObject ?? new JObject();

    public JToken? Get(string name) => Properties[name] is { Type: not JTokenType.Null } value ? value : null;

    /// <summary>The ARN of what the event starts (a state machine's or alias' <c>Ref</c> is its ARN).</summary>
    public JObject TargetArn => Intrinsics.Ref(TargetLogicalId);

    // A state machine's event errors reach the reference's report unwrapped: "Event with id [X] is invalid. ...".
    public SamException Invalid(string message, JToken? node = null) =>
        new(message, node ?? Event) { EventId = EventId, Standalone = true };

    public SamException InvalidByLogicalId(string message, JToken? node = null) =>
        new(message, node ?? Event) { EventId = LogicalId, Standalone = true };

    public SamException InvalidAsResource(string message, JToken? node = null) =>
        new(message, node ?? Event) { ResourceIdOverride = LogicalId };

    public void Emit(string logicalId, JObject resource) =>
        Transform.Emit(StateMachine, logicalId, resource.WithPassThrough(StateMachine), IEventContext.Reason(EventId, Event, resource));

    /// <summary>
    /// The role EventBridge (or another <paramref name="service"/>) assumes to start an execution
    /// (<c>LogicalIdRole</c>, bounded by the state machine's <c>PermissionsBoundary</c>); returns its ARN.
    /// </summary>
    public JObject EmitStartExecutionRole(string service = "events.amazonaws.com")
    {
        var roleId = LogicalId + "Role";
        var role = new JObject
        {
            ["AssumeRolePolicyDocument"] = ExecutionRoleBuilder.DefaultAssumeRolePolicy(service),
            ["Policies"] = new JArray(RolePolicy.Single(roleId + "StartExecutionPolicy", "states:StartExecution", TargetArn)),
        };
        role.SetIf("PermissionsBoundary", StateMachine.Get("PermissionsBoundary")?.DeepClone());
        var resource = CfnResource.Create("AWS::IAM::Role", role);
        Transform.Emit(StateMachine, roleId, resource.WithPassThrough(StateMachine), IEventContext.Reason(EventId, Event, resource, "role that starts the execution"));
        return Intrinsics.GetAtt(roleId, "Arn");
    }

    /// <summary>
    /// The rule's one target: what the event starts, the role EventBridge uses (<c>RoleArn</c> when the event gives
    /// one) and the id from <c>Target.Id</c> or made from the event's logical id.
    /// </summary>
    public JObject RuleTarget(bool withInputPath, JToken? roleArn = null)
    {
        var id = Get("Target") is JObject target && target["Id"] is { } given
            ? given.DeepClone()
            : SamTransform.Events.Rules.RuleDeadLetterQueues.TargetId(LogicalId, "StepFunctionsTarget");
        var ruleTarget = SamTransform.Events.Rules.EventRules.Target(this, TargetArn, id, withInputPath);
        ruleTarget["RoleArn"] = roleArn?.DeepClone() ?? EmitStartExecutionRole();
        return ruleTarget;
    }
}
