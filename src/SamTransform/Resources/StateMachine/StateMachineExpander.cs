using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;
using SamTransform.Policies;
using SamTransform.Resources.StateMachine.Events;

namespace SamTransform.Resources.StateMachine;

/// <summary>
/// <c>AWS::Serverless::StateMachine</c> → <c>AWS::StepFunctions::StateMachine</c>, its execution role (unless <c>Role</c>
/// is given), a version and alias for <c>AutoPublishAlias</c>, and the resources of its events.
/// </summary>
public sealed class StateMachineExpander(StateMachineEventSourceRegistry events) : IResourceExpander
{
    public const string CreatedByKey = "stateMachine:createdBy";

    public StateMachineExpander() : this(StateMachineEventSourceRegistry.Default) { }

    public string ResourceType => "AWS::Serverless::StateMachine";

    public IReadOnlySet<string> Properties => SamSpecs.StateMachine.Names;

    /// <summary>Policy templates become policy documents before anything else is checked, as for functions.</summary>
    public void Prepare(SamResource stateMachine, TransformContext context) => FunctionPolicies.ExpandTemplates(stateMachine);

    public void Expand(SamResource stateMachine, TransformContext context)
    {
        SamSpecs.StateMachine.Validate(stateMachine);
        var id = stateMachine.LogicalId;
        var lastBefore = context.Output.Last;
        var eventSources = ResolveEvents(stateMachine, context);

        var properties = new JObject();
        StateMachineDefinitions.Apply(stateMachine, properties);
        var role = stateMachine.Get("Role");
        if (PythonValues.IsTruthy(role) && PythonValues.IsTruthy(stateMachine.Get("Policies")))
            throw stateMachine.Invalid("Specify either 'Role' or 'Policies' (but not both at the same time) or neither of them", role);
        var roleIsGenerated = !PythonValues.IsTruthy(role);
        properties["RoleArn"] = roleIsGenerated ? Intrinsics.GetAtt(id + "Role", "Arn") : role!.DeepClone();
        SamSpecs.StateMachine.CopyPassThrough(stateMachine, properties);
        properties["Tags"] = BuildTags(stateMachine);

        var resource = CfnResource.Create("AWS::StepFunctions::StateMachine", properties).WithPassThrough(stateMachine);
        if (stateMachine.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn.DeepClone();
        if (stateMachine.Metadata is { } metadata) resource["Metadata"] = metadata.DeepClone();
        context.Emit(stateMachine, id, resource);
        if (roleIsGenerated) context.Emit(stateMachine, id + "Role", BuildRole(stateMachine, context), "execution role");

        StateMachineVersions.Create(stateMachine, context);
        var targetId = StateMachineVersions.EventTarget(stateMachine, context);
        foreach (var (eventId, definition, source) in eventSources)
        {
            source.Expand(new StateMachineEventContext
            {
                Transform = context,
                StateMachine = stateMachine,
                EventId = eventId,
                Event = definition,
                TargetLogicalId = targetId,
            });
        }
        Tags.PropagateToGenerated(stateMachine, lastBefore, context.Output);
    }

    /// <summary>
    /// The source of each event, found before anything else is checked (as the reference links events first); an event
    /// it cannot place is an error about the state machine.
    /// </summary>
    private List<(string EventId, JObject Definition, IStateMachineEventSource Source)> ResolveEvents(SamResource stateMachine, TransformContext context)
    {
        var result = new List<(string, JObject, IStateMachineEventSource)>();
        if (stateMachine.Get("Events") is not JObject eventsMap) return result;
        foreach (var property in eventsMap.Properties())
        {
            if (property.Value is not JObject definition)
                throw new SamException($"'{PythonValues.TypeName(property.Value)}' object has no attribute 'get'", property.Value) { EventId = property.Name };
            var type = definition["Type"];
            if (type is not JValue { Type: JTokenType.String } typeName || events.Find((string)typeName!) is not { } source)
                throw UnhandledEventType.For(stateMachine.Type, property.Name, definition, SamTypes.StateMachineEventTypes, context);
            if (definition["Properties"] is { Type: not JTokenType.Object } eventProperties)
                throw ApiKind.PropertiesNotAMap((string)type!, eventProperties, stateMachine.LogicalId, property.Name);
            result.Add((property.Name, definition, source));
        }
        return result;
    }

    /// <summary>SAM's own tag first, then the template's.</summary>
    private static JArray BuildTags(SamResource stateMachine)
    {
        var tags = Tags.Build(stateMachine, stateMachine.Get("Tags"), addSamTag: false);
        tags.AddFirst(new JObject { ["Key"] = CreatedByKey, ["Value"] = "SAM" });
        return tags;
    }

    /// <summary>The execution role Step Functions assumes: the policies written, and X-Ray's when tracing is enabled.</summary>
    private static JObject BuildRole(SamResource stateMachine, TransformContext context)
    {
        var builder = new ExecutionRoleBuilder(context, stateMachine, stateMachine.LogicalId + "Role");
        builder.AddPolicies(FunctionPolicies.Read(stateMachine.Get("Policies"), stateMachine));
        if (stateMachine.Get("Tracing") is JObject tracing && tracing["Enabled"] is JValue { Type: JTokenType.Boolean } enabled && (bool)enabled!)
            builder.AddManagedArn(context.Arns.XrayPolicyArn());
        var role = builder.Build(ExecutionRoleBuilder.DefaultAssumeRolePolicy("states.amazonaws.com"), BuildTags(stateMachine),
            stateMachine.Get("PermissionsBoundary")?.DeepClone(), stateMachine.Get("RolePath")?.DeepClone());
        // The reference always lists the managed policies, even when there are none.
        var roleProperties = CfnResource.Props(role);
        roleProperties["ManagedPolicyArns"] ??= new JArray();
        return role;
    }
}
