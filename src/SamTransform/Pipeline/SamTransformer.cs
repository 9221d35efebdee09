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
        // Waits for nested application templates still being prepared; runs also after errors in the resources.
        new ApplicationWaitStage(),
    ];

    public static TransformResult Transform(JObject template, TransformOptions? options = null) =>
        Transform(template, options ?? new TransformOptions(), DefaultStages(ResourceExpanderRegistry.Default));

    public static TransformResult Transform(JObject template, TransformOptions options, IReadOnlyList<ITransformStage> stages) =>
        Run(template, options, stages, inPlace: false);

    /// <summary>
    /// The transform without its copy of the template: <paramref name="template"/> itself is the working document, so
    /// the whole input is never in memory twice, and the caller must not use it afterwards (it is changed, and parts
    /// of it are moved into the output). For callers that read a template only to transform it, as the command line.
    /// </summary>
    public static TransformResult TransformInPlace(JObject template, TransformOptions? options = null) =>
        Run(template, options ?? new TransformOptions(), DefaultStages(ResourceExpanderRegistry.Default), inPlace: true);

    private static TransformResult Run(JObject template, TransformOptions options, IReadOnlyList<ITransformStage> stages, bool inPlace)
    {
        if (DocumentDepth.FirstTooDeep(template, TemplateReader.MaxDepth) is { } tooDeep)
            return new TransformResult(null, [DiagnosticCatalog.NestingTooDeep(TemplateReader.MaxDepth, SourceLocation.Nearest(tooDeep))]);

        // At most one copy of the whole document per transform; unless asked, the caller's object is never changed.
        var working = inPlace ? template : (JObject)template.DeepClone();
        var context = new TransformContext(working, options);
        // Once a stage stopped the pipeline, only the stages that run after resource errors do (when it stopped at or after them).
        var halted = false;
        var resourcesExpanded = false;
        foreach (var stage in stages)
        {
            resourcesExpanded |= stage is ResourceExpansionStage;
            if (halted && !(resourcesExpanded && stage.RunsAfterResourceErrors)) continue;
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
            if (context.HasErrors && stage.HaltsOnErrors) halted = true;
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

    /// <summary>
    /// The output document. The sections other than <c>Resources</c> are moved out of the working copy, not copied
    /// (a token that has a parent would be copied by Newtonsoft when added to another object).
    /// </summary>
    private static JObject Assemble(TransformContext context)
    {
        var output = new JObject();
        foreach (var property in context.Template.Properties().ToList())
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
                    property.Remove();
                    output.Add(property);
                    break;
            }
        }
        if (output["Resources"] is null) output["Resources"] = context.Output;
        return output;
    }
}
