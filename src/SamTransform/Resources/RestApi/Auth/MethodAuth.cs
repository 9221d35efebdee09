using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi.Auth;

/// <summary>
/// The <c>Auth</c> of an <c>Api</c> event: its <c>Authorizer</c> (one of the API's, <c>AWS_IAM</c>, or <c>NONE</c> to
/// opt out of the API's default), <c>AuthorizationScopes</c>, <c>InvokeRole</c> (IAM) and <c>ApiKeyRequired</c>, checked
/// against the API's <c>Auth</c> and written on the event's method.
/// </summary>
internal static class MethodAuth
{
    /// <summary>The event's <c>Auth</c>, when it sets anything.</summary>
    private static JObject? Of(ApiRoute route) => route.Properties["Auth"] is JObject { Count: > 0 } auth ? auth : null;

    /// <summary>The reference's checks of the event's <c>Auth</c> (before the route is added).</summary>
    public static void Validate(ApiRoute route, JObject? apiProperties)
    {
        if (Of(route) is not { } auth) return;
        // An API whose Auth is not a map reports that alone: its events' Auth is not checked against it.
        if (apiProperties?["Auth"] is { Type: not JTokenType.Null and not JTokenType.Object }) return;
        if (auth["ResourcePolicy"] is { } policy && Scalars.IsTruthy(policy)) ResourcePolicies.Read(policy);
        var apiAuth = apiProperties?["Auth"] as JObject;
        // The event reads the API's Auth through the API's own checks: a problem there is the API's error.
        if (apiAuth?["Authorizers"] is { Type: not JTokenType.Null and not JTokenType.Object } authorizersToken)
            throw new SamException(RestAuthDetails.AuthorizersNotAMap, authorizersToken) { ResourceIdOverride = route.ApiLogicalId };
        var (method, path) = (route.Method, route.Path);
        var authorizer = auth["Authorizer"];
        var scopes = auth["AuthorizationScopes"];
        if (scopes is not null && scopes.Type != JTokenType.Null && scopes is not JArray)
            throw ApiKind.EventError(route, RestMethodAuthDetails.ScopesNotAList, scopes);
        if (authorizer is not null && authorizer.Type != JTokenType.Null)
        {
            if (authorizer is not JValue { Type: JTokenType.String } text)
                throw ApiKind.EventError(route, RestMethodAuthDetails.AuthorizerNotAString(PythonRepr.Repr(authorizer, PythonRepr.Python3), method, path), authorizer);
            var name = (string)text!;
            var authorizers = apiAuth?["Authorizers"] as JObject;
            if (name is not (RestAuthorizer.IamName or "NONE"))
            {
                if (authorizers is null || authorizers.Count == 0)
                    throw ApiKind.EventError(route, RestMethodAuthDetails.NoApiAuthorizers(name, method, path), authorizer);
                if (!authorizers.ContainsKey(name)) throw ApiKind.EventError(route, RestMethodAuthDetails.UnknownAuthorizer(name, method, path), authorizer);
            }
            if (name == "NONE" && !Scalars.IsTruthy(apiAuth?["DefaultAuthorizer"]))
                throw ApiKind.EventError(route, RestMethodAuthDetails.NoneWithoutDefault(method, path), authorizer);
        }
        else if (scopes is not null && scopes.Type != JTokenType.Null)
        {
            throw ApiKind.EventError(route, RestMethodAuthDetails.ScopesWithoutAuthorizer, scopes);
        }
        if (auth["ApiKeyRequired"] is JValue { Type: JTokenType.Boolean } required && !(bool)required! && !Scalars.IsTruthy(apiAuth?["ApiKeyRequired"]))
            throw ApiKind.EventError(route, RestMethodAuthDetails.ApiKeyFalseWithoutApiKey(method, path), required);
        if (Scalars.IsTruthy(auth["OverrideApiAuth"]) && !IsSet(authorizer) && !IsSet(auth["ApiKeyRequired"]) && !IsSet(auth["ResourcePolicy"]))
            throw ApiKind.EventError(route, RestMethodAuthDetails.OverrideWithoutAuth, auth);
    }

    /// <summary>Writes the event's authorizer, IAM credentials and API key on its method of the document.</summary>
    public static void Apply(TransformContext context, ApiRoute route, OpenApiDocument document, JObject apiProperties)
    {
        var apiAuth = apiProperties["Auth"] as JObject;
        if (Of(route) is not { } auth)
        {
            // The IAM credentials of an API whose default authorizer is AWS_IAM go on the methods of events without Auth.
            if (apiAuth?["DefaultAuthorizer"] is JValue { Type: JTokenType.String } byDefault && (string)byDefault! == RestAuthorizer.IamName)
                foreach (var definition in document.MethodDefinitions(route.Path, route.Method))
                    RestSecurity.SetIamCredentials(document, definition, apiAuth["InvokeRole"], context.Arns.Partition);
            return;
        }
        var (path, method) = (route.Path, route.Method);
        if (auth["ResourcePolicy"] is { } policy && Scalars.IsTruthy(policy) && apiProperties["StageName"] is { } stage)
            ResourcePolicies.AddToPath(document, RestApiAuth.ResolveParameters((JObject)policy, context), path, stage);
        if (auth["Authorizer"] is JValue { Type: JTokenType.String } text)
        {
            var name = (string)text!;
            var scopes = auth["AuthorizationScopes"] as JArray;
            if (scopes is null && name != "NONE" && (apiAuth?["Authorizers"] as JObject)?[name] is JObject config && config["AuthorizationScopes"] is JArray own)
                scopes = own;
            RestSecurity.AddMethodAuthorizer(document, path, method, name, scopes ?? []);
            if (name == RestAuthorizer.IamName)
            {
                // The event's InvokeRole, even written empty (then no credentials), else the API's.
                var role = auth.ContainsKey("InvokeRole") ? auth["InvokeRole"] ?? JValue.CreateNull() : apiAuth?["InvokeRole"];
                if (role is not { Type: JTokenType.Null })
                    foreach (var definition in document.MethodDefinitions(path, method))
                        RestSecurity.SetIamCredentials(document, definition, role, context.Arns.Partition);
            }
        }
        if (auth["ApiKeyRequired"] is { Type: not JTokenType.Null } required)
            RestSecurity.SetMethodApiKey(document, path, method, Scalars.IsTruthy(required));
    }

    /// <summary>
    /// An event with <c>OverrideApiAuth: true</c> on an API whose definition the template writes: its <c>Auth</c> is
    /// checked and written on its method there, when the definition has that method.
    /// </summary>
    public static void ApplyOverride(TransformContext context, ApiRoute route, JObject apiProperties)
    {
        if (Of(route) is not { } auth || !Scalars.IsTruthy(auth["OverrideApiAuth"])) return;
        Validate(route, apiProperties);
        if (RestApiDefinition.TryOpen(apiProperties["DefinitionBody"]) is not { } document || !document.HasIntegration(route.Path, route.Method)) return;
        Py27Dict.Copy(document.Root);
        Apply(context, route, document, apiProperties);
        Py27Dict.Copy(document.Root);
    }

    private static bool IsSet(JToken? token) => token is not null && token.Type != JTokenType.Null;
}
