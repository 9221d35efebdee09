using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources;

namespace SamTransform.Events;

/// <summary>What an event source sees: the function, its generated resources and the event's own definition.</summary>
public sealed class FunctionEventContext
{
    public required TransformContext Transform { get; init; }

    /// <summary>The SAM function the event belongs to.</summary>
    public required SamResource Function { get; init; }

    public required string EventId { get; init; }

    /// <summary>The event's definition (<c>Type</c>, <c>Properties</c>).</summary>
    public required JObject Event { get; init; }

    /// <summary>The generated <c>AWS::Lambda::Function</c>.</summary>
    public required JObject LambdaFunction { get; init; }

    /// <summary>The generated execution role, or null when the template gives its own <c>Role</c>.</summary>
    public JObject? Role { get; init; }

    /// <summary>The logical id of the alias when <c>AutoPublishAlias</c> is set.</summary>
    public string? AliasLogicalId { get; init; }

    public JObject Properties => Event["Properties"] as JObject ?? new JObject();

    /// <summary>What an event should invoke: the alias when there is one, else the function.</summary>
    public JObject FunctionRef => Intrinsics.Ref(AliasLogicalId ?? Function.LogicalId);

    public JObject FunctionArn => AliasLogicalId is { } alias ? Intrinsics.Ref(alias) : Intrinsics.GetAtt(Function.LogicalId, "Arn");

    /// <summary>An error about this event ("Event with id [E] is invalid. ...").</summary>
    public SamException Invalid(string message, JToken? node = null) => new(message, node ?? Event) { EventId = EventId };

    public void Emit(string logicalId, JObject resource) => Transform.Emit(Function, logicalId, resource.WithPassThrough(Function));

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

    public void AddRoleInlinePolicy(JObject policy)
    {
        if (Role is null) return;
        var props = CfnResource.Props(Role);
        if (props["Policies"] is not JArray list)
        {
            list = [];
            props["Policies"] = list;
        }
        list.Add(policy);
    }
}
