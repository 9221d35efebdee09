using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;
using SamTransform.Resources.Application;

namespace SamTransform.Resources;

/// <summary>
/// <c>AWS::Serverless::Application</c> → <c>AWS::CloudFormation::Stack</c>. <c>Location</c> is a template URL, or an
/// <c>ApplicationId</c> and <c>SemanticVersion</c> whose template <see cref="ApplicationLookupStage"/> obtained.
/// </summary>
public sealed class ApplicationExpander : IResourceExpander
{
    public const string SamType = "AWS::Serverless::Application";

    public string ResourceType => SamType;

    public IReadOnlySet<string> Properties => SamSpecs.Application.Names;

    /// <summary>
    /// SAM's application step before the resource is checked: a missing <c>Location</c>, then a repository location's
    /// checks and look-up (its errors come before an unknown property or a property of the wrong type).
    /// </summary>
    public void Prepare(SamResource application, TransformContext context)
    {
        // Absent is this message; null is the validation's "Missing required property".
        if (!application.Properties.ContainsKey("Location")) throw application.Invalid("Resource is missing the required [Location] property.");
        if (application.Get("Location") is JObject repository) RepositoryTemplateUrl(application, repository, context);
    }

    public void Expand(SamResource application, TransformContext context)
    {
        SamSpecs.Application.Validate(application);
        var location = application.Get("Location")!;
        var templateUrl = location is JObject repository ? RepositoryTemplateUrl(application, repository, context) : location;

        var properties = new JObject();
        properties.SetIf("Parameters", application.Get("Parameters")?.DeepClone());
        properties.SetIf("NotificationARNs", application.Get("NotificationARNs")?.DeepClone());
        properties["Tags"] = BuildTags(application, location);
        properties.SetIf("TimeoutInMinutes", application.Get("TimeoutInMinutes")?.DeepClone());
        properties["TemplateURL"] = PythonTruthy(templateUrl) ? templateUrl.DeepClone() : "";

        var stack = CfnResource.Create("AWS::CloudFormation::Stack", properties).WithPassThrough(application);
        if (application.DependsOn is { } dependsOn) stack["DependsOn"] = dependsOn.DeepClone();
        context.Emit(application, application.LogicalId, stack);
    }

    /// <summary>The checks the reference makes on a repository location, then the URL the look-up stage obtained.</summary>
    private static JToken RepositoryTemplateUrl(SamResource application, JObject location, TransformContext context)
    {
        foreach (var key in (string[])["ApplicationId", "SemanticVersion"])
            if (location[key] is null)
                throw application.Invalid($"Resource is missing the required [{key}] property.", location);
        var applicationId = location["ApplicationId"]!;
        if (applicationId.Type == JTokenType.Null) throw application.Invalid("Property 'ApplicationId' is required.", applicationId);
        if (applicationId is JObject)
            throw application.Invalid("Property 'ApplicationId' cannot be resolved. Only FindInMap and Ref intrinsic functions are supported.", applicationId);
        var semanticVersion = location["SemanticVersion"]!;
        if (!PythonTruthy(semanticVersion)) throw application.Invalid("Property 'SemanticVersion' cannot be blank.", semanticVersion);
        if (semanticVersion is JObject)
            throw application.Invalid("Property 'SemanticVersion' cannot be resolved. Only FindInMap and Ref intrinsic functions are supported.", semanticVersion);

        var outcome = context.State<ApplicationLookups>().ByKey.GetValueOrDefault(ApplicationLookups.Key(applicationId, semanticVersion));
        if (outcome?.Error is { } error)
            throw new SamException(error, applicationId) { ResourceIdOverride = outcome.ErrorResourceId };
        return outcome?.TemplateUrl is { } url ? new JValue(url) : JValue.CreateString("");
    }

    private static readonly (string Property, string Tag)[] RepositoryTags =
        [("ApplicationId", "serverlessrepo:applicationId"), ("SemanticVersion", "serverlessrepo:semanticVersion")];

    /// <summary>SAM's tag, the repository tags naming the application and version, then the template's own tags.</summary>
    private static JArray BuildTags(SamResource application, JToken location)
    {
        var tags = Tags.Build(application, application.Get("Tags"));
        var index = 1;
        if (location is JObject repository)
        {
            foreach (var (key, tag) in RepositoryTags)
                if (PythonTruthy(repository[key]))
                    tags.Insert(index++, new JObject { ["Key"] = tag, ["Value"] = repository[key]!.DeepClone() });
        }
        return tags;
    }

    private static bool PythonTruthy(JToken? value) => Events.PythonValues.IsTruthy(value);
}
