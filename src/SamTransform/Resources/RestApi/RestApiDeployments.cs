using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;
using SamTransform.Pipeline;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// The <c>AWS::ApiGateway::Deployment</c> of a REST API: <c>&lt;ApiId&gt;Deployment</c> and the first 10 hex digits of
/// the hash of the API's definition (<see cref="RestApiDeploymentHash"/>), described with all 40.
/// </summary>
internal static class RestApiDeployments
{
    /// <summary>The 40 hex digits for the definition (the document as SAM built it, or its S3 location).</summary>
    public static string Hash(TransformContext context, JToken definition, JToken? openApiVersion = null, JToken? domain = null, string? functionNames = null)
    {
        var text = RestApiDeploymentHash.Text(definition, openApiVersion, domain, functionNames);
        context.Options.HashedTextObserver?.Invoke(text);
        return LogicalIdHasher.Sha1Hex(text);
    }

    /// <summary>
    /// The names (<c>FunctionName</c>, parameters filled in) of the functions whose <c>Api</c> events route to the API,
    /// as the hash joins them; empty when none has one.
    /// </summary>
    public static string FunctionNames(TransformContext context, string apiId)
    {
        var names = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var route in ApiKind.Rest.Routes(context).ByEvent.Values)
            if (route.ApiLogicalId == apiId && !route.IsStateMachineEvent
                && context.FindResource(route.FunctionId) is { } function && function.Get("FunctionName") is { } name)
                names[function.LogicalId] = Py27Strings.MarkUnicode(ParameterResolver.Resolve(name, context.ParameterValues));
        return names.Count == 0 ? "" : RestApiDeploymentHash.FunctionNames(RestApiKind.ResourceIds(context), names);
    }

    public static string LogicalId(string apiId, string hash) => RestApiDeploymentHash.DeploymentId(apiId, hash);

    public static string Description(string hash) => RestApiDeploymentHash.Description(hash);
}
