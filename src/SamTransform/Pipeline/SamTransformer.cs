using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Pipeline.Stages;
using SamTransform.Reading;
using SamTransform.Resources;
using SamTransform.Resources.Application;

namespace SamTransform.Pipeline;

/// <summary>
/// The transform: a fixed sequence of stages over a working copy of the template.
/// <code>
/// var result = SamTransformer.Transform(TemplateReader.ReadFile("template.yaml").Template!, new TransformOptions { Region = "eu-west-1" });
/// </code>
/// </summary>
public static class SamTransformer
{
    /// <summary>The stages in the order they run. Later features add stages here, not inside other stages.</summary>
    public static IReadOnlyList<ITransformStage> DefaultStages(ResourceExpanderRegistry registry) =>
    [
        new DocumentStructureStage(),
        new ParameterValuesStage(),
        new ImplicitApiStage(ApiKind.Rest),
        new ImplicitApiStage(ApiKind.Http),
        new GlobalsStage(),
        new LocalArtifactsStage(),
        // Repository look-ups happen before any resource is expanded (a bad mapping fails the whole document).
        new ApplicationLookupStage(),
        new ApiRoutesStage(ApiKind.Rest),
        new ApiRoutesStage(ApiKind.Http),
        // Embedded-connector errors are reported with the resources' errors: keep this stage right before expansion.
        new EmbeddedConnectorsStage(),
        new ResourceExpansionStage(registry),
        new DeploymentPreferenceStage(),
        new ConnectorDependenciesStage(),
        new ReferenceRewriteStage(),
        // Runs only when everything else succeeded: waits for nested application templates still being prepared.
        new ApplicationWaitStage(),
    ];

    public static TransformResult Transform(JObject template, TransformOptions? options = null) =>
        Transform(template, options ?? new TransformOptions(), DefaultStages(ResourceExpanderRegistry.Default));

    public static TransformResult Transform(JObject template, TransformOptions options, IReadOnlyList<ITransformStage> stages)
    {
        if (DocumentDepth.FirstTooDeep(template, TemplateReader.MaxDepth) is { } tooDeep)
            return new TransformResult(null, [DiagnosticCatalog.NestingTooDeep(TemplateReader.MaxDepth, SourceLocation.Nearest(tooDeep))]);

        // One copy of the whole document per transform; the caller's object is never changed.
        var working = (JObject)template.DeepClone();
        var context = new TransformContext(working, options);
        foreach (var stage in stages)
        {
            context.StageStart = context.Diagnostics.Count;
            try
            {
                stage.Run(context);
            }
            catch (SamException ex)
            {
                context.Report(ex, ex.ResourceIdOverride);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The safety net: a bug in a stage is a located diagnostic, never a crash of the caller.
                context.Report(DiagnosticCatalog.InternalError(ex, context.LocationOf(null), null));
            }
            if (context.HasErrors && stage.HaltsOnErrors) break;
        }

        if (context.HasErrors) return new TransformResult(null, Order(context.Diagnostics)) { Origins = context.Origins, Reasons = context.Reasons, Resources = context.Resources };
        return new TransformResult(Assemble(context), context.Diagnostics) { Origins = context.Origins, Reasons = context.Reasons, Resources = context.Resources };
    }

    /// <summary>Reads and transforms a file in one call.</summary>
    public static TransformResult TransformFile(string path, TransformOptions? options = null)
    {
        var read = TemplateReader.ReadFile(path);
        if (!read.Succeeded) return new TransformResult(null, read.Diagnostics);
        return Transform(read.Template!, options);
    }

    /// <summary>
    /// Errors ordered as the reference orders causes: by logical id (stable), causes without one by their order key
    /// (an event's id) or message.
    /// </summary>
    private static List<Diagnostic> Order(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.ResourceId ?? d.OrderKey ?? d.Message, StringComparer.Ordinal)];

    private static JObject Assemble(TransformContext context)
    {
        var output = new JObject();
        foreach (var property in context.Template.Properties())
        {
            switch (property.Name)
            {
                case "Transform":
                    continue;
                case "Resources":
                    output["Resources"] = context.Output;
                    break;
                case "Conditions" when property.Value is JObject { Count: 0 }:
                    continue;
                default:
                    output[property.Name] = property.Value;
                    break;
            }
        }
        if (output["Resources"] is null) output["Resources"] = context.Output;
        return output;
    }
}
