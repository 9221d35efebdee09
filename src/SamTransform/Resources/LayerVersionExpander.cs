using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// <c>AWS::Serverless::LayerVersion</c> → <c>AWS::Lambda::LayerVersion</c> under a content-hashed logical id, so a
/// change publishes a new version; <c>Ref</c>s to the SAM id are rewritten to the new id afterwards.
/// </summary>
public sealed class LayerVersionExpander : IResourceExpander
{
    public string ResourceType => "AWS::Serverless::LayerVersion";

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "LayerName", "Description", "ContentUri", "CompatibleRuntimes", "CompatibleArchitectures", "LicenseInfo", "RetentionPolicy", "PublishLambdaVersion",
    };

    public static JObject BuildProperties(SamResource layer, TransformContext context)
    {
        var contentUri = layer.Get("ContentUri") ?? throw layer.Invalid("Missing required property 'ContentUri'.");
        var properties = new JObject
        {
            ["Content"] = CodeUris.ToCode(layer, "ContentUri", contentUri, context, "S3Bucket", "S3Key", "S3ObjectVersion"),
            ["LayerName"] = layer.Get("LayerName") ?? layer.LogicalId,
        };
        properties.SetIf("Description", layer.Get("Description"));
        properties.SetIf("CompatibleRuntimes", layer.Get("CompatibleRuntimes"));
        properties.SetIf("CompatibleArchitectures", layer.Get("CompatibleArchitectures"));
        properties.SetIf("LicenseInfo", layer.Get("LicenseInfo"));
        return properties;
    }

    public void Expand(SamResource layer, TransformContext context)
    {
        var properties = BuildProperties(layer, context);
        var resource = CfnResource.Create("AWS::Lambda::LayerVersion", properties);
        if (layer.Condition is { } condition) resource["Condition"] = condition;
        if (layer.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn;

        var hashInput = new JObject { [layer.LogicalId] = resource.DeepClone() };
        var logicalId = layer.LogicalId + LogicalIdHasher.Hash(hashInput);

        resource["DeletionPolicy"] = RetentionPolicy(layer, context);
        if (layer.UpdateReplacePolicy is { } urp) resource["UpdateReplacePolicy"] = urp;
        if (layer.Metadata is { } metadata) resource["Metadata"] = metadata;
        context.Emit(layer, logicalId, resource);
        context.State<ResourceReferences>().Rename(layer.LogicalId, logicalId);
    }

    private static string RetentionPolicy(SamResource layer, TransformContext context)
    {
        var token = layer.Get("RetentionPolicy");
        if (token is null) return layer.DeletionPolicy?.Type == JTokenType.String ? (string)layer.DeletionPolicy! : "Retain";
        var resolved = ParameterResolver.Resolve(token, context.ParameterValues);
        if (resolved.Type == JTokenType.String)
        {
            var text = (string)resolved!;
            if (text.Equals("Retain", StringComparison.OrdinalIgnoreCase)) return "Retain";
            if (text.Equals("Delete", StringComparison.OrdinalIgnoreCase)) return "Delete";
        }
        throw layer.Invalid("'RetentionPolicy' must be one of the following options: ['Retain', 'Delete'].", token);
    }
}
