using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Policies;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// One GraphQL API being expanded: its id, the <c>ApiId</c> every AppSync resource refers to, and how its generated
/// resources are emitted (each carries the API's <c>Condition</c>, <c>DependsOn</c>, <c>DeletionPolicy</c>,
/// <c>UpdateReplacePolicy</c> and <c>Metadata</c>).
/// </summary>
public sealed class GraphQLApiBuild(SamResource api, TransformContext context)
{
    public const string ServicePrincipal = "appsync.amazonaws.com";

    public SamResource Api { get; } = api;

    public TransformContext Context { get; } = context;

    public string Id => Api.LogicalId;

    public string SchemaId => Id + "Schema";

    /// <summary><c>Fn::GetAtt [Api, ApiId]</c>, a new token per use.</summary>
    public JObject ApiIdRef => Intrinsics.GetAtt(Id, "ApiId");

    /// <summary>Emits a generated resource with the API's attributes.</summary>
    public JObject Emit(string logicalId, string type, JObject properties)
    {
        var resource = CfnResource.Create(type, properties).WithPassThrough(Api);
        if (Api.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn.DeepClone();
        if (Api.Metadata is { } metadata) resource["Metadata"] = metadata.DeepClone();
        Context.Emit(Api, logicalId, resource);
        return resource;
    }

    /// <summary>A role AppSync assumes (for logging or a data source): no tags, and managed policies only when given.</summary>
    public void EmitRole(string logicalId, JToken? managedPolicyArn = null)
    {
        var properties = new JObject { ["AssumeRolePolicyDocument"] = ExecutionRoleBuilder.DefaultAssumeRolePolicy(ServicePrincipal) };
        if (managedPolicyArn is not null) properties["ManagedPolicyArns"] = new JArray(managedPolicyArn);
        Emit(logicalId, "AWS::IAM::Role", properties);
    }

    /// <summary>A property value when it is set (not absent or null), copied.</summary>
    public static JToken? Value(JObject map, string name) => map[name] is { Type: not JTokenType.Null } value ? value.DeepClone() : null;

    /// <summary>A copy of a settings map of the model without its null fields (the reference leaves unset fields out), nested maps too.</summary>
    public static JObject Settings(JObject map)
    {
        var copy = new JObject();
        foreach (var property in map.Properties())
        {
            if (property.Value.Type == JTokenType.Null) continue;
            copy[property.Name] = property.Value is JObject nested ? Settings(nested) : property.Value.DeepClone();
        }
        return copy;
    }

    /// <summary>A property value when Python reads it as true (set, not empty, not false or 0), copied.</summary>
    public static JToken? TruthyValue(JObject map, string name) => Scalars.IsTruthy(map[name]) ? map[name]!.DeepClone() : null;
}
