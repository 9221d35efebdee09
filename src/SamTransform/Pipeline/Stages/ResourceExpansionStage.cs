using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Reading;
using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Copies plain CloudFormation resources to the output, then hands each SAM resource to the expander for its type.
/// An error in one resource does not stop the others, so all of a template's errors are reported at once.
/// </summary>
public sealed class ResourceExpansionStage(ResourceExpanderRegistry registry) : ITransformStage
{
    public string Name => "resources";

    public void Run(TransformContext context)
    {
        foreach (var resource in context.Resources)
            if (registry.Find(resource.Type) is null)
                context.SetOutput(resource.LogicalId, resource.Definition);

        // OrderBy is stable: document order within a phase.
        foreach (var resource in context.Resources.OrderBy(r => registry.Find(r.Type)?.Phase ?? 0))
        {
            var expander = registry.Find(resource.Type);
            if (expander is null) continue;
            try
            {
                CheckPropertiesMap(resource);
                expander.Prepare(resource, context);
                CheckPropertyNames(resource, expander);
                expander.Expand(resource, context);
            }
            catch (SamException ex)
            {
                context.Report(ex, resource.LogicalId);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A shape the expander did not anticipate: report it at the resource and go on with the others.
                context.Report(DiagnosticCatalog.InternalError(ex, context.LocationOf(resource.LogicalId), resource.LogicalId));
            }
        }
    }

    private static void CheckPropertiesMap(SamResource resource)
    {
        var properties = resource.Definition["Properties"];
        if (properties is not null && properties.Type != JTokenType.Object && properties.Type != JTokenType.Null)
            throw resource.Invalid("Attribute 'Properties' should be a map.", properties);
    }

    private static void CheckPropertyNames(SamResource resource, IResourceExpander expander)
    {
        foreach (var property in resource.Properties.Properties())
            if (!expander.Properties.Contains(property.Name))
                throw resource.Invalid($"property {property.Name} not defined for resource of type {resource.Type}", property);
    }
}
