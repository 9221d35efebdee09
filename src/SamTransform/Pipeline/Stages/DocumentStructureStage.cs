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
            // A SAM resource's logical id is checked when the resource is expanded (ResourceExpansionStage).
            context.AddResource(new SamResource(property.Name, definition) { KeyIsNotText = NonStringKeyAnnotation.IsOn(property) });
        }
        // The first SAM resource whose Properties is not a map stops the transform before anything else is read.
        foreach (var resource in context.Resources)
            if (SamTypes.ResourceTypes.Contains(resource.Type, StringComparer.Ordinal)
                && resource.Definition["Properties"] is { Type: not JTokenType.Object and not JTokenType.Null } properties)
                throw new SamException("Attribute 'Properties' should be a map.", properties) { ResourceIdOverride = resource.LogicalId };
    }
}
