using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources;

namespace SamTransform.Events;

/// <summary>What an event source sees: the function, its generated resources and the event's own definition.</summary>
public sealed class FunctionEventContext : IEventContext
{
    private string? _logicalId;

    public required TransformContext Transform { get; init; }

    /// <summary>The SAM function the event belongs to.</summary>
    public required SamResource Function { get; init; }

    public required string EventId { get; init; }

    /// <summary>The event's definition (<c>Type</c>, <c>Properties</c>).</summary>
    public required JObject Event { get; init; }

    /// <summary>The generated execution role, or null when the template gives its own <c>Role</c>.</summary>
    public JObject? Role { get; init; }

    /// <summary>The logical id of the alias when <c>AutoPublishAlias</c> is set.</summary>
    public string? AliasLogicalId { get; init; }

    /// <summary>The id of the event's main generated resource: the function id followed by the event id.</summary>
    public string LogicalId
    {
        get => _logicalId ?? Function.LogicalId + EventId;
        init => _logicalId = value;
    }

    public JObject Properties => Event["Properties"] as JObject ?? new JObject();

    /// <summary>A property of the event, or null when it is absent or null (the reference treats both alike).</summary>
    public JToken? Get(string name) => Properties[name] is { Type: not JTokenType.Null } value ? value : null;

    /// <summary>The logical id of what the event invokes: the alias when there is one, else the function.</summary>
    public string TargetLogicalId => AliasLogicalId ?? Function.LogicalId;

    /// <summary>What an event should invoke: the alias when there is one, else the function.</summary>
    public JObject FunctionRef => Intrinsics.Ref(TargetLogicalId);

    public JObject FunctionArn => AliasLogicalId is { } alias ? Intrinsics.Ref(alias) : Intrinsics.GetAtt(Function.LogicalId, "Arn");

    /// <summary>The function's <c>Condition</c>, when it has one.</summary>
    public JToken? Condition => Function.Condition;

    /// <summary>An error about this event: "Event with id [EventId] is invalid. ...".</summary>
    public SamException Invalid(string message, JToken? node = null) => new(message, node ?? Event) { EventId = EventId };

    /// <summary>
    /// An error about this event that the reference reports under the event's generated logical id
    /// ("Event with id [FunctionEvent] is invalid. ...").
    /// </summary>
    public SamException InvalidByLogicalId(string message, JToken? node = null) => new(message, node ?? Event) { EventId = LogicalId };

    /// <summary>An error the reference reports as if the event were a resource of its own ("Resource with id [FunctionEvent] ...").</summary>
    public SamException InvalidAsResource(string message, JToken? node = null) => new(message, node ?? Event) { ResourceIdOverride = LogicalId };

    /// <summary>A copy of this context for a resource the event derives (an SNS event's SQS mapping, ...).</summary>
    public FunctionEventContext Derive(string logicalId, JObject properties) => new()
    {
        Transform = Transform,
        Function = Function,
        EventId = EventId,
        Event = new JObject { ["Type"] = Event["Type"]?.DeepClone(), ["Properties"] = properties },
        Role = Role,
        AliasLogicalId = AliasLogicalId,
        LogicalId = logicalId,
    };

    /// <summary>
    /// Adds a generated resource carrying the function's <c>Condition</c>, <c>DeletionPolicy</c> and
    /// <c>UpdateReplacePolicy</c>. (The function expander propagates tags to what its events emit.)
    /// </summary>
    public void Emit(string logicalId, JObject resource) => Emit(logicalId, resource, null);

    /// <summary>As <see cref="Emit(string, JObject)"/>, saying what the resource is for the event ("permission").</summary>
    public void Emit(string logicalId, JObject resource, string? what) =>
        Transform.Emit(Function, logicalId, resource.WithPassThrough(Function), IEventContext.Reason(EventId, Event, resource, what));

    /// <summary>
    /// With <c>PropagateTags</c>, a template resource an event merges into (an S3 bucket) takes the function's own tags
    /// in place of its tags, as the reference assigns them to every resource an event returns.
    /// </summary>
    public void ApplyPropagatedTags(JObject mergedResource)
    {
        if (Tags.Propagated(Function) is { } tags) CfnResource.Props(mergedResource)["Tags"] = tags;
    }

    public void AddRoleManagedPolicy(JToken arn)
    {
        if (Role is null) return;
        var props = CfnResource.Props(Role);
        if (props["ManagedPolicyArns"] is not JArray list)
        {
            list = [];
            props["ManagedPolicyArns"] = list;
        }
        if (!list.Any(x => JToken.DeepEquals(x, arn))) list.Add(arn);
    }

    /// <summary>The AWS managed policy <c>service-role/NAME</c> in the target partition.</summary>
    public void AddRoleServicePolicy(string name) => AddRoleManagedPolicy(Transform.Arns.ServiceRoleManagedPolicy(name));

    public void AddRoleInlinePolicy(JObject policy)
    {
        if (Role is null) return;
        RolePolicies().Add(policy);
    }

    /// <summary>
    /// Adds an inline policy unless the role already has it, or another policy with the same document (two events
    /// of one function that need the same permissions share one policy, as in the reference).
    /// </summary>
    public void AddRoleInlinePolicyOnce(JObject policy)
    {
        if (Role is null) return;
        var list = RolePolicies();
        foreach (var existing in list)
            if (JToken.DeepEquals(existing, policy) || JToken.DeepEquals(existing["PolicyDocument"], policy["PolicyDocument"]))
                return;
        list.Add(policy);
    }

    private JArray RolePolicies()
    {
        var props = CfnResource.Props(Role!);
        if (props["Policies"] is not JArray list)
        {
            list = [];
            props["Policies"] = list;
        }
        return list;
    }
}
