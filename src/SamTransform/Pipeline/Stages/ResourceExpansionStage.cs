using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Reading;
using SamTransform.Resources;
using SamTransform.Validation;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Copies plain CloudFormation resources to the output, then hands each SAM resource to the expander for its type
/// (a SAM type without one is an error; one whose logical id is not alphanumeric is reported and not expanded).
/// An error in one resource does not stop the others, so all of a template's errors are reported at once; an error
/// in an API's definition (<see cref="SamDocumentException.Halts"/>) stops the stage and is reported alone.
/// </summary>
public sealed class ResourceExpansionStage(ResourceExpanderRegistry registry) : ITransformStage
{
    public string Name => "resources";

    public void Run(TransformContext context)
    {
        foreach (var resource in context.Resources)
        {
            if (registry.Find(resource.Type) is not null) continue;
            // A SAM type reaches the output only expanded: one without an expander is an error, never passed through.
            if (SamTypes.InSamNamespace(resource.Type)) context.Report(Unhandled(resource));
            else context.SetOutput(resource.LogicalId, resource.Definition);
        }

        // OrderBy is stable: document order within a phase.
        foreach (var resource in context.Resources.OrderBy(r => registry.Find(r.Type)?.Phase ?? 0))
        {
            var expander = registry.Find(resource.Type);
            if (expander is null) continue;
            try
            {
                // SAM checks the id when it comes to the resource: the resource's other errors are not reported.
                if (!resource.HasValidLogicalId) throw resource.Invalid(DiagnosticCatalog.LogicalIdNotAlphanumeric);
                if (!expander.ValidatesOwnProperties) CheckPropertiesMap(resource);
                expander.Prepare(resource, context);
                if (!expander.ValidatesOwnProperties) CheckPropertyNames(resource, expander);
                expander.Expand(resource, context);
            }
            catch (SamDocumentException ex) when (ex.Halts)
            {
                // The reference stops at an error in an API's definition: it is the only one reported.
                context.Diagnostics.RemoveRange(context.StageStart, context.Diagnostics.Count - context.StageStart);
                context.Report(ex, resource.LogicalId);
                return;
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

    /// <summary>A SAM type without an expander: one this tool does not implement yet, or one SAM does not define.</summary>
    private static Diagnostic Unhandled(SamResource resource)
    {
        var typeNode = resource.Definition["Type"];
        var at = SourceLocation.Nearest(typeNode);
        return SamTypes.ResourceTypes.Contains(resource.Type, StringComparer.Ordinal)
            ? DiagnosticCatalog.SamResourceTypeNotSupported(resource.LogicalId, resource.Type, at, typeNode?.Path)
            : DiagnosticCatalog.UnknownSamResourceType(resource.LogicalId, resource.Type, ClosestSamType(resource.Type), at, typeNode?.Path);
    }

    /// <summary>The SAM type a misspelt one was meant to be, compared by the name after the prefix (any case).</summary>
    private static string? ClosestSamType(string type)
    {
        var name = type[SamTypes.ResourcePrefix.Length..];
        var names = SamTypes.ResourceTypes.Select(t => t[SamTypes.ResourcePrefix.Length..]).ToList();
        var closest = names.Contains(name, StringComparer.Ordinal) ? name : Suggestions.Closest(name, names);
        return closest is null ? null : SamTypes.ResourcePrefix + closest;
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
