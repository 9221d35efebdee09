using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Resources.Connectors;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// After every resource is expanded, in one walk over the output: a <c>DependsOn</c> naming a connector is pointed at
/// the resources the connector generated; event source mappings from a connector's source to its destination function
/// wait for its policy; resources a profile marks as dependent wait for the policy too.
/// </summary>
public sealed class ConnectorDependenciesStage : ITransformStage
{
    public string Name => "connector-dependencies";

    public void Run(TransformContext context)
    {
        var state = context.State<ConnectorState>();
        if (state.IsEmpty) return;

        foreach (var property in context.Output.Properties())
        {
            if (property.Value is not JObject resource) continue;
            RewriteDependsOn(resource, state);
            if (state.EventSourceMappingDependencies.Count > 0 && CfnResource.TypeOf(resource) == "AWS::Lambda::EventSourceMapping")
                AddEventSourceMappingDependencies(resource, state);
        }
        foreach (var (resourceId, policyId) in state.ResourceDependencies)
            if (context.Output[resourceId] is JObject resource) resource.AddDependsOn(policyId);
    }

    private static void RewriteDependsOn(JObject resource, ConnectorState state)
    {
        var dependsOn = resource["DependsOn"];
        IEnumerable<JToken> entries = dependsOn switch
        {
            JArray array => array,
            JValue { Type: JTokenType.String } single => [single],
            _ => [],
        };
        var names = entries.Select(e => e.Type == JTokenType.String ? (string)e! : null).ToList();
        if (!names.Any(n => n is not null && state.Generated.ContainsKey(n))) return;

        var rewritten = new JArray();
        var replacements = new List<string>();
        foreach (var (entry, name) in entries.Zip(names))
        {
            if (name is not null && state.Generated.TryGetValue(name, out var generated)) replacements.AddRange(generated);
            else rewritten.Add(entry.DeepClone());
        }
        resource["DependsOn"] = rewritten;
        foreach (var id in replacements) resource.AddDependsOn(id);
    }

    private static void AddEventSourceMappingDependencies(JObject mapping, ConnectorState state)
    {
        var properties = mapping["Properties"] as JObject;
        var function = Intrinsics.ReferencedLogicalId(properties?["FunctionName"]);
        var source = Intrinsics.ReferencedLogicalId(properties?["EventSourceArn"]);
        if (function is null || source is null) return;
        if (state.EventSourceMappingDependencies.TryGetValue((source, function), out var policies))
            foreach (var policy in policies) mapping.AddDependsOn(policy);
    }
}
