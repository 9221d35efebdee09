using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Adds each <c>HttpApi</c> event's route to its API's OpenAPI document, once per route and in place: the Lambda
/// integration (under the function's condition), the route's authorizer and scopes, timeout, path parameters and
/// payload format version. Runs after <c>Globals</c> (the API's <c>Auth</c> may come from there) and before resources
/// are expanded, so every API is expanded with all of its routes whatever the order of the template. A problem with an
/// event is kept on its route and reported when the function's events are expanded, as the reference reports it while
/// translating the function.
/// </summary>
public sealed partial class HttpApiRoutesStage : ITransformStage
{
    private static readonly HashSet<string> EventProperties =
        new(StringComparer.Ordinal) { "ApiId", "Auth", "Method", "Path", "PayloadFormatVersion", "RouteSettings", "Stage", "TimeoutInMillis" };

    public string Name => "http-api-routes";

    public void Run(TransformContext context)
    {
        var routes = context.State<HttpApiRoutes>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in routes.ByEvent.Values)
        {
            // The reference stops translating a function at its first failing event.
            if (failed.Contains(route.FunctionId)) continue;
            try
            {
                AddRoute(context, routes, route);
            }
            catch (SamException ex)
            {
                route.Error = ex;
                failed.Add(route.FunctionId);
            }
        }
        foreach (var route in routes.ByEvent.Values)
            if (route.Error is null) route.SkipPermission = CoveredByDefaultRoute(context, route);
    }

    private static void AddRoute(TransformContext context, HttpApiRoutes routes, HttpApiRoute route)
    {
        var function = context.FindResource(route.FunctionId)!;
        var properties = route.Properties;
        CheckProperties(route);

        // The implicit-API stage made sure the API exists.
        if (context.FindResource(route.ApiLogicalId) is not { } api) return;
        var apiProperties = api.Definition["Properties"] as JObject;
        if (route.ApiLogicalId == HttpApiRoutes.ImplicitApiId && apiProperties is not null) PropagateTags(function, apiProperties);
        var body = apiProperties?["DefinitionBody"];
        if (!Scalars.IsTruthy(body)) return;
        var document = OpenApiDocument.TryOpen(body)
            ?? throw new SamException("Structure of the SAM template is invalid. Invalid OpenApi document. Invalid values or missing keys for 'openapi' or 'paths' in 'DefinitionBody'.", body) { ResourceIdOverride = api.LogicalId };

        var (path, method) = (route.Path, route.Method);
        if (routes.ManagedApis.Contains(api.LogicalId) && document.HasIntegration(path, method))
            throw EventError(route, $"API method '{method}' defined multiple times for path '{path}'.", properties);
        var condition = function.Condition is JValue { Type: JTokenType.String } c ? (string)c! : null;
        document.AddLambdaIntegration(path, method, IntegrationUri(context, function), condition, properties);

        if (Scalars.IsTruthy(properties["Auth"])) AddAuth(route, document, apiProperties!);
        if (Scalars.IsTruthy(properties["TimeoutInMillis"])) document.AddTimeout(path, method, properties["TimeoutInMillis"]!);
        var parameters = PathParameter().Matches(path).Select(m => m.Groups[1].Value).ToList();
        if (parameters.Count > 0) document.AddPathParameters(path, method, parameters);
        if (Scalars.IsTruthy(properties["PayloadFormatVersion"])) document.AddPayloadFormatVersion(path, method, properties["PayloadFormatVersion"]!);
    }

    /// <summary>The event's own property checks (names and types); intrinsic values are left to CloudFormation.</summary>
    private static void CheckProperties(HttpApiRoute route)
    {
        var resourceId = route.FunctionId + route.EventId;
        foreach (var property in route.Properties.Properties())
        {
            if (!EventProperties.Contains(property.Name))
                throw new SamException($"property {property.Name} not defined for resource of type HttpApi", property) { ResourceIdOverride = resourceId };
            var value = property.Value;
            if (value.Type == JTokenType.Null || Intrinsics.IsIntrinsic(value)) continue;
            if (property.Name is "Auth" or "RouteSettings")
            {
                if (value.Type != JTokenType.Object) throw new SamException($"Property '{property.Name}' should be a map.", value) { ResourceIdOverride = resourceId };
                continue;
            }
            var valid = property.Name switch
            {
                "TimeoutInMillis" => value.Type is JTokenType.Integer or JTokenType.Boolean,
                "PayloadFormatVersion" or "Stage" => value.Type == JTokenType.String,
                _ => true,
            };
            if (!valid) throw new SamException($"Type of property '{property.Name}' is invalid.", value) { ResourceIdOverride = resourceId };
        }
    }

    /// <summary>The invocation URI of the function, or of its alias when it publishes one.</summary>
    private static JObject IntegrationUri(TransformContext context, SamResource function)
    {
        var target = function.LogicalId + ".Arn";
        if (function.Get("AutoPublishAlias") is { } alias
            && ParameterResolver.Resolve(alias, context.ParameterValues) is JValue { Type: JTokenType.String } name && ((string)name!).Length > 0)
            target = VersionAndAlias.AliasLogicalId(function.LogicalId, (string)name!);
        return Intrinsics.Sub($"arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{target}}}/invocations");
    }

    /// <summary>
    /// The route's <c>Auth</c>: its authorizer (or the API's default when only scopes are given) must be one the API
    /// defines, the built-in <c>AWS_IAM</c> when the API enables it, or <c>NONE</c> when the API has a default to opt
    /// out of.
    /// </summary>
    private static void AddAuth(HttpApiRoute route, OpenApiDocument document, JObject apiProperties)
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
    /// Functions tagged with <c>PropagateTags</c> pass their tags to the implicit API SAM creates for their events.
    /// </summary>
    private static void PropagateTags(SamResource function, JObject apiProperties)
    {
        if (function.Get("PropagateTags") is not JValue { Type: JTokenType.Boolean } propagate || !(bool)propagate!) return;
        if (function.Get("Tags") is not JObject tags || Intrinsics.IsIntrinsic(tags)) return;
        if (apiProperties["Tags"] is null) apiProperties["Tags"] = new JObject();
        if (apiProperties["Tags"] is not JObject apiTags) return;
        // SAM adds them before Globals are merged, so they win over Globals.HttpApi.Tags.
        foreach (var tag in tags.Properties()) apiTags[tag.Name] = tag.Value.DeepClone();
    }

    /// <summary>
    /// A route of a function that also serves the API's <c>$default</c> route needs no permission of its own: the
    /// default route's permission (any method, any path) covers it.
    /// </summary>
    private static bool CoveredByDefaultRoute(TransformContext context, HttpApiRoute route)
    {
        if (OpenApiDocument.WithoutTrailingSlash(route.Path) == OpenApiDocument.DefaultPath) return false;
        if ((context.FindResource(route.ApiLogicalId)?.Definition["Properties"] as JObject)?["DefinitionBody"] is not { } body) return false;
        return OpenApiDocument.TryOpen(body)?.IntegrationCallsOnly(OpenApiDocument.DefaultPath, OpenApiDocument.AnyMethod, route.FunctionId) == true;
    }

    private static SamException EventError(HttpApiRoute route, string message, JToken? node) =>
        new(message, node ?? route.Properties) { EventId = route.EventId };

    [GeneratedRegex("{(.*?)}")]
    private static partial Regex PathParameter();
}
