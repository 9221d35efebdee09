using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Application;

/// <summary>
/// Before any resource is expanded: resolves each application's <c>ApplicationId</c> and <c>SemanticVersion</c>
/// (parameter references, then <c>Fn::FindInMap</c>) and asks the repository for its template, once per distinct
/// pair. Errors are kept and reported by the resource they concern when it is expanded.
/// </summary>
public sealed class ApplicationLookupStage : ITransformStage
{
    public string Name => "applications";

    public void Run(TransformContext context)
    {
        var lookups = context.State<ApplicationLookups>();
        var mappings = context.Template["Mappings"] as JObject ?? new JObject();
        foreach (var resource in context.Resources)
        {
            if (resource.Type != ApplicationExpander.SamType) continue;
            if (resource.Definition["Properties"] is not JObject properties || properties["Location"] is not JObject location) continue;
            if (location["ApplicationId"] is not { Type: not JTokenType.Null } || location["SemanticVersion"] is not { Type: not JTokenType.Null }) continue;

            var applicationId = Resolve(location, "ApplicationId", context, mappings);
            var semanticVersion = Resolve(location, "SemanticVersion", context, mappings);
            var key = ApplicationLookups.Key(applicationId, semanticVersion);
            if (applicationId is JObject || semanticVersion is JObject || lookups.ByKey.ContainsKey(key)) continue;
            lookups.ByKey[key] = Look(resource, applicationId, semanticVersion, context, lookups);
        }
    }

    /// <summary>Resolves one location value and writes it back, as the expander and the tags use the resolved value.</summary>
    private static JToken Resolve(JObject location, string name, TransformContext context, JObject mappings)
    {
        var original = location[name]!;
        var resolved = FindInMapResolver.Resolve(ParameterResolver.Resolve(original, context.ParameterValues), mappings);
        if (!JToken.DeepEquals(original, resolved)) location[name] = resolved;
        return location[name]!;
    }

    private static ApplicationLookups.Outcome Look(SamResource resource, JToken applicationId, JToken semanticVersion, TransformContext context, ApplicationLookups lookups)
    {
        var id = resource.LogicalId;
        if (applicationId.Type != JTokenType.String) return new(null, "Property 'Location.ApplicationId' should be a string.", id);
        if (semanticVersion.Type != JTokenType.String) return new(null, "Property 'Location.SemanticVersion' should be a string.", id);
        var application = (string)applicationId!;
        if (application.StartsWith("{{resolve:", StringComparison.Ordinal))
            return new(null, "Serverless Application Repostiory does not support dynamic reference in 'ApplicationId' property.", id);
        try
        {
            var template = context.Options.ApplicationResolver.CreateTemplate(application, (string)semanticVersion!);
            if (template.Status != ApplicationTemplateStatus.Active) lookups.PendingTemplates.Add(new(template, applicationId));
            return new(template.TemplateUrl);
        }
        catch (ApplicationLookupException ex)
        {
            return new(null, ex.Message, id);
        }
    }
}
