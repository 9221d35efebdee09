using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources;

/// <summary>
/// <c>AWS::Serverless::LayerVersion</c> → <c>AWS::Lambda::LayerVersion</c> under a logical id hashed from the layer as
/// written, so a change publishes a new version; references to the SAM id are rewritten to the new id afterwards.
/// </summary>
public sealed class LayerVersionExpander : IResourceExpander
{
    private static readonly string[] RetentionPolicies = ["Retain", "Delete"];
    private static readonly HashSet<string> Architectures = new(StringComparer.Ordinal) { "x86_64", "arm64" };

    public string ResourceType => "AWS::Serverless::LayerVersion";

    public IReadOnlySet<string> Properties => SamSpecs.LayerVersion.Names;

    /// <summary>The generated layer's properties (also hashed into a publishing function's version id).</summary>
    public static JObject BuildProperties(SamResource layer, TransformContext context)
    {
        var contentUri = layer.Get("ContentUri")!;
        var properties = new JObject
        {
            ["Content"] = CodeUris.ToCode(layer, "ContentUri", contentUri, context, "S3Bucket", "S3Key", "S3ObjectVersion"),
            ["LayerName"] = Scalars.IsTruthy(layer.Get("LayerName")) ? layer.Get("LayerName") : layer.LogicalId,
        };
        properties.SetIf("Description", layer.Get("Description"));
        properties.SetIf("CompatibleRuntimes", layer.Get("CompatibleRuntimes"));
        properties.SetIf("CompatibleArchitectures", layer.Get("CompatibleArchitectures"));
        properties.SetIf("LicenseInfo", layer.Get("LicenseInfo"));
        return properties;
    }

    /// <summary>
    /// The generated id: the SAM id followed by the hash of <c>{id: definition}</c>, the definition as written (but for a
    /// <c>RetentionPolicy</c> given by a parameter, which SAM has replaced by its value) without the attributes that do
    /// not change the layer's content.
    /// </summary>
    public static string GeneratedLogicalId(SamResource layer, TransformContext context)
    {
        var definition = new JObject();
        foreach (var p in layer.Definition.Properties())
            if (p.Name is not ("DeletionPolicy" or "UpdateReplacePolicy" or "Metadata"))
                definition[p.Name] = p.Value.DeepClone();
        if (definition["Properties"] is JObject properties && Intrinsics.IsIntrinsic(properties["RetentionPolicy"], "Ref"))
            properties["RetentionPolicy"] = ParameterResolver.Resolve(properties["RetentionPolicy"]!, context.ParameterValues);
        return layer.LogicalId + LogicalIdHasher.Hash(new JObject { [layer.LogicalId] = definition });
    }

    public void Expand(SamResource layer, TransformContext context)
    {
        SamSpecs.LayerVersion.Validate(layer);
        var deletionPolicy = RetentionPolicy(layer, context);
        // SAM names the layer version before it reads the content, so errors about the content carry the new id.
        var logicalId = GeneratedLogicalId(layer, context);
        JObject properties;
        try
        {
            properties = BuildProperties(layer, context);
        }
        catch (SamException ex) when (ex.ResourceIdOverride is null)
        {
            throw new SamException(ex.Message, ex.Node) { ResourceIdOverride = logicalId };
        }
        if (layer.Get("CompatibleArchitectures") is { } architectures && !Intrinsics.IsIntrinsic(architectures)
            && (architectures is not JArray list || list.Any(a => a.Type != JTokenType.String || !Architectures.Contains((string)a!))))
            throw new SamException("CompatibleArchitectures needs to be a list of 'x86_64' or 'arm64'", architectures) { ResourceIdOverride = logicalId };

        var resource = CfnResource.Create("AWS::Lambda::LayerVersion", properties);
        if (layer.Condition is { } condition) resource["Condition"] = condition;
        if (layer.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn;
        resource["DeletionPolicy"] = deletionPolicy;
        if (layer.UpdateReplacePolicy is { } urp) resource["UpdateReplacePolicy"] = urp;
        if (layer.Metadata is { } metadata) resource["Metadata"] = metadata;
        context.Emit(layer, logicalId, resource, new EmitReason("layer version", HashedId: true));
        context.State<ResourceReferences>().Rename(layer.LogicalId, logicalId);
    }

    /// <summary><c>RetentionPolicy</c> (any case, or through a parameter) wins over the <c>DeletionPolicy</c> attribute; the default is Retain.</summary>
    private static JToken RetentionPolicy(SamResource layer, TransformContext context)
    {
        var token = layer.Get("RetentionPolicy");
        if (token is null) return layer.DeletionPolicy?.DeepClone() ?? "Retain";
        var value = token;
        if (Intrinsics.IsIntrinsic(token, "Ref")) value = ParameterResolver.Resolve(token, context.ParameterValues);
        if (Intrinsics.IsIntrinsic(value))
            throw layer.Invalid($"'RetentionPolicy' does not accept intrinsic functions, please use one of the following options: {Scalars.PythonList(RetentionPolicies)}", token);
        if (value.Type == JTokenType.Object)
            throw layer.Invalid($"Invalid 'RetentionPolicy' type, please use one of the following options: {Scalars.PythonList(RetentionPolicies)}", token);
        if (value.Type != JTokenType.String && !ReferenceEquals(value, token))
            throw layer.Invalid("Could not resolve parameter for 'RetentionPolicy' or parameter is not a String.", token);
        var text = value.Type == JTokenType.String ? (string)value! : "";
        return RetentionPolicies.FirstOrDefault(p => p.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? throw layer.Invalid($"'RetentionPolicy' must be one of the following options: {Scalars.PythonList(RetentionPolicies)}.", token);
    }
}
