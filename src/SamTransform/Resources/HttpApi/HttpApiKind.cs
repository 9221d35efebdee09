using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources;

/// <summary>
/// HTTP APIs for the shared API stages: <c>HttpApi</c> events (the <c>$default</c> route when neither path nor method is
/// given, <c>RouteSettings</c> merged into the API), OpenAPI 3 definitions edited whether SAM generated them or not,
/// route authorizers, payload format versions, and no permission for a route the function's <c>$default</c> route
/// already covers.
/// </summary>
public sealed partial class HttpApiKind : ApiKind
{
    public const string ImplicitId = "ServerlessHttpApi";
    public const string SamResourceType = "AWS::Serverless::HttpApi";

    public override string Name => "http-api";
    public override string EventType => "HttpApi";
    public override string ResourceType => SamResourceType;
    public override string ImplicitApiId => ImplicitId;
    public override string ApiIdProperty => "ApiId";

    public override JObject Skeleton() => HttpApiDefinition.Skeleton();

    /// <summary>
    /// SAM checks a function's HTTP API events in the 2.7 iteration order of their ids: of those that fail when they are
    /// read, the first in that order is reported (their paths are still added in document order).
    /// </summary>
    public override IEnumerable<JProperty>? FailureOrder(JObject events) => Py27Order(events, copies: 0);

    public override OpenApiDocument? TryOpen(JToken? document) => HttpApiDefinition.TryOpen(document);

    /// <summary>Neither path nor method means the <c>$default</c> route on any method.</summary>
    public override bool PrepareEvent(JObject properties)
    {
        if (!Scalars.IsTruthy(properties["Path"]) && !Scalars.IsTruthy(properties["Method"]))
        {
            properties["Path"] = HttpApiDefinition.DefaultPath;
            properties["Method"] = OpenApiDocument.AnyMethod;
        }
        return true;
    }

    public override void OnRouteCollected(ApiRoute route, JObject? api, string? condition)
    {
        if (route.Properties.Property("RouteSettings", StringComparison.Ordinal) is { } routeSettings)
            MergeRouteSettings(route, api, routeSettings.Value, condition);
    }

    public override bool EditsDefinition(ApiRoutes routes, string apiLogicalId) => true;

    public override string DuplicateRouteMessage(string method, string path) => $"API method '{method}' defined multiple times for path '{path}'.";

    /// <summary>
    /// The event's own property checks (<see cref="EventSpecs.HttpApi"/>): an unknown property first, then the types in
    /// SAM's order, reported as if the event were a resource.
    /// </summary>
    public override void CheckEventProperties(ApiRoute route)
    {
        var resourceId = route.FunctionId + route.EventId;
        var spec = EventSpecs.HttpApi;
        if (spec.FirstUnknown(route.Properties) is { } unknown)
            throw new SamException(DiagnosticCatalog.PropertyNotDefined(unknown.Name, spec.TypeName), unknown) { ResourceIdOverride = resourceId };
        if (spec.FirstProblem(route.Properties) is var (message, node))
            throw new SamException(message, node ?? route.Properties) { ResourceIdOverride = resourceId };
    }

    public override void BeforeRoute(TransformContext context, ApiRoute route, SamResource function, JObject? apiProperties)
    {
        if (route.ApiLogicalId == ImplicitId && apiProperties is not null) PropagateTags(function, apiProperties);
    }

    public override void AddRoute(TransformContext context, ApiRoute route, SamResource function, OpenApiDocument document, JObject apiProperties, string? condition)
    {
        var (path, method, properties) = (route.Path, route.Method, route.Properties);
        var uri = Intrinsics.Sub($"arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{IntegrationTarget(context, function)}}}/invocations");
        document.AddHttpApiLambdaIntegration(path, method, uri, condition, properties);

        if (Scalars.IsTruthy(properties["Auth"])) AddAuth(route, document, apiProperties);
        if (Scalars.IsTruthy(properties["TimeoutInMillis"])) document.SetIntegrationField(path, method, "timeoutInMillis", properties["TimeoutInMillis"]!);
        var parameters = PathParameter().Matches(path).Select(m => m.Groups[1].Value).ToList();
        if (parameters.Count > 0) document.AddPathParameters(path, method, parameters);
        if (Scalars.IsTruthy(properties["PayloadFormatVersion"])) document.SetIntegrationField(path, method, "payloadFormatVersion", properties["PayloadFormatVersion"]!);
    }

    public override void AfterRoutes(TransformContext context, ApiRoutes routes)
    {
        foreach (var route in routes.ByEvent.Values)
            if (route.Error is null) route.SkipPermission = CoveredByDefaultRoute(context, route);
    }

    /// <summary>
    /// The route's <c>Auth</c>: its authorizer (or the API's default when only scopes are given) must be one the API
    /// defines, the built-in <c>AWS_IAM</c> when the API enables it, or <c>NONE</c> when the API has a default to opt
    /// out of.
    /// </summary>
    private static void AddAuth(ApiRoute route, OpenApiDocument document, JObject apiProperties)
    {
        var (path, method) = (route.Path, route.Method);
        var auth = (JObject)route.Properties["Auth"]!;
        var apiAuthToken = apiProperties["Auth"] ?? new JObject();
        if (apiAuthToken is not JObject apiAuth)
            throw new SamException("Property 'Auth' should be a map.", apiAuthToken) { ResourceIdOverride = route.ApiLogicalId };

        var authorizer = auth["Authorizer"];
        if (!Scalars.IsTruthy(authorizer))
        {
            authorizer = Scalars.IsTruthy(apiAuth["DefaultAuthorizer"])
                ? apiAuth["DefaultAuthorizer"]
                : throw EventError(route, "'Auth' section requires either an explicit 'Authorizer' set or a 'DefaultAuthorizer' configured on the HttpApi.", auth);
        }
        var name = authorizer is JValue { Type: JTokenType.String } s ? (string)s! : null;
        var shown = name ?? PythonValues.Repr(authorizer);
        var apiAuthorizers = apiAuth.Count == 0 ? apiAuth : apiAuth["Authorizers"];
        // The built-in IAM authorizer is not one of the API's Authorizers.
        var builtInIam = name == HttpApiAuthorizer.IamName && apiAuth["EnableIamAuthorizer"] is JValue { Type: JTokenType.Boolean } iam && (bool)iam!;
        if (name == "NONE")
        {
            if (!Scalars.IsTruthy(apiAuth["DefaultAuthorizer"]))
                throw EventError(route, $"Unable to set Authorizer on API method [{method}] for path [{path}] because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified.", authorizer);
        }
        else if (!builtInIam)
        {
            if (name is null || apiAuthorizers is not JObject defined)
                throw EventError(route, $"Unable to set Authorizer [{shown}] on API method [{method}] for path [{path}]. The method authorizer must be a string with a corresponding dict entry in the api authorizer.", authorizer);
            if (defined.Count == 0)
                throw EventError(route, $"Unable to set Authorizer [{name}] on API method [{method}] for path [{path}] because the related API does not define any Authorizers.", authorizer);
            if (!Scalars.IsTruthy(defined[name]))
                throw EventError(route, $"Unable to set Authorizer [{name}] on API method [{method}] for path [{path}] because it wasn't defined in the API's Authorizers.", authorizer);
        }
        var scopes = auth["AuthorizationScopes"];
        if (Scalars.IsTruthy(scopes) && scopes is not JArray)
            throw EventError(route, $"Unable to set Authorizer on API method [{method}] for path [{path}] because 'AuthorizationScopes' must be a list of strings.", scopes);

        var security = new JArray();
        if (name is not ("NONE" or "AWS_IAM"))
        {
            var definition = (apiAuthorizers as JObject)?[name!];
            if (definition is not null && definition is not JObject)
                throw OpenApiDocument.Invalid($"Type of authorizer '{name}' must be a dictionary", definition);
            var chosen = Scalars.IsTruthy(scopes) ? scopes : definition?["AuthorizationScopes"];
            if (Scalars.IsTruthy(definition) && Scalars.IsTruthy(chosen) && chosen is JArray list) security = list;
        }
        document.AddMethodSecurity(path, method, name!, security, auth);
    }

    /// <summary>
    /// A route of a function that also serves the API's <c>$default</c> route needs no permission of its own: the
    /// default route's permission (any method, any path) covers it.
    /// </summary>
    private static bool CoveredByDefaultRoute(TransformContext context, ApiRoute route)
    {
        if (OpenApiDocument.WithoutTrailingSlash(route.Path) == HttpApiDefinition.DefaultPath) return false;
        if ((context.FindResource(route.ApiLogicalId)?.Definition["Properties"] as JObject)?["DefinitionBody"] is not { } body) return false;
        return HttpApiDefinition.TryOpen(body)?.IntegrationCallsOnly(HttpApiDefinition.DefaultPath, OpenApiDocument.AnyMethod, route.FunctionId) == true;
    }

    /// <summary>
    /// Event <c>RouteSettings</c> go into the API's <c>RouteSettings</c> under the route key (<c>METHOD /path</c>, or
    /// the path alone for any method), wrapped in the function's condition.
    /// </summary>
    private static void MergeRouteSettings(ApiRoute route, JObject? api, JToken settings, string? condition)
    {
        if (api?["Properties"] is not JObject properties) return;
        var key = route.Method == OpenApiDocument.AnyMethod ? route.Path : $"{route.Method.ToUpperInvariant()} {route.Path}";
        var apiSettingsToken = properties["RouteSettings"] ?? new JObject();
        if (apiSettingsToken is not JObject apiSettings)
            throw new SamException("Property 'RouteSettings' should be a map.", apiSettingsToken) { ResourceIdOverride = route.ApiLogicalId };
        var merged = condition is null ? settings : Intrinsics.If(condition, settings.DeepClone(), Intrinsics.NoValue);
        if (merged is not JObject additions) throw new SamException("Property 'RouteSettings' should be a map.", settings) { EventId = route.EventId };
        if (apiSettings.Parent is null) properties["RouteSettings"] = apiSettings;
        if (apiSettings[key] is null) apiSettings[key] = new JObject();
        if (apiSettings[key] is not JObject target) return;
        foreach (var p in additions.Properties()) target[p.Name] = p.Value.DeepClone();
    }

    [GeneratedRegex("{(.*?)}")]
    private static partial Regex PathParameter();
}
