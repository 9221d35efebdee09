using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Pipeline.Stages;

/// <summary>Checks the document's shape and builds the resource list the later stages work on.</summary>
public sealed class DocumentStructureStage : ITransformStage
{
    public string Name => "structure";

    public void Run(TransformContext context)
    {
        var resources = context.Template["Resources"];
        if (resources is not JObject map || map.Count == 0)
            throw new SamDocumentException("Structure of the SAM template is invalid. 'Resources' section is required", resources ?? context.Template);
        foreach (var property in map.Properties())
        {
            if (property.Value is not JObject definition)
                throw new SamDocumentException("Structure of the SAM template is invalid. All 'Resources' must be Objects. If you're using YAML, this may be an indentation issue.", property.Value);
            var resource = new SamResource(property.Name, definition);
            if (resource.Type.StartsWith(SamTypes.ResourcePrefix, StringComparison.Ordinal) && (NonStringKeyAnnotation.IsOn(property) || !IsValidLogicalId(property.Name)))
                context.Report(new SamException("Logical ids must be alphanumeric.", property), property.Name);
            context.AddResource(resource);
        }
        // The first SAM resource whose Properties is not a map stops the transform before anything else is read.
        if (context.HasErrors) return;
        foreach (var resource in context.Resources)
            if (SamTypes.ResourceTypes.Contains(resource.Type, StringComparer.Ordinal)
                && resource.Definition["Properties"] is { Type: not JTokenType.Object and not JTokenType.Null } properties)
                throw new SamException("Attribute 'Properties' should be a map.", properties) { ResourceIdOverride = resource.LogicalId };
    }

    /// <summary>CloudFormation's rule for logical ids: 1 to 255 ASCII letters and digits.</summary>
    private static bool IsValidLogicalId(string id) => id.Length <= 255 && SamResource.IsAlphanumericId(id);
}
