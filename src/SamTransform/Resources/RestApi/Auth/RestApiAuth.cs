using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi.Auth;

/// <summary>
/// The <c>Auth</c> of an <c>AWS::Serverless::Api</c>: its authorizers as security schemes of the Swagger document,
/// the <c>DefaultAuthorizer</c> and <c>ApiKeyRequired</c> on every method with an integration (preflight methods as
/// <c>AddDefaultAuthorizerToCorsPreflight</c> / <c>AddApiKeyRequiredToCorsPreflight</c> say, both true by default),
/// IAM credentials (<c>InvokeRole</c>), and the permissions that let API Gateway call the Lambda authorizers.
/// </summary>
public static class RestApiAuth
{
    /// <summary>The keys SAM accepts in an API's <c>Auth</c>.</summary>
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "Authorizers", "DefaultAuthorizer", "InvokeRole", "AddDefaultAuthorizerToCorsPreflight", "AddApiKeyRequiredToCorsPreflight",
        "ApiKeyRequired", "ResourcePolicy", "UsagePlan",
    };

    /// <summary>The API's <c>Auth</c> map when it sets anything (null for none or an empty map).</summary>
    public static JObject? Of(SamResource api)
    {
        var auth = api.Get("Auth");
        if (auth is null) return null;
        if (auth is not JObject map) throw api.Invalid(RestAuthDetails.AuthNotAMap, auth);
        return map.Count == 0 ? null : map;
    }

    /// <summary>
    /// The authorizers of an <c>Auth</c> map by name (null when it has no <c>Authorizers</c>), in the reference's order,
    /// with the built-in IAM authorizer last when it is the default.
    /// </summary>
    public static List<RestAuthorizer>? Authorizers(SamResource api, JObject auth)
    {
        var configured = auth["Authorizers"];
        var list = new List<RestAuthorizer>();
        if (configured is not null && configured.Type != JTokenType.Null)
        {
            if (configured is not JObject map) throw api.Invalid(RestAuthDetails.AuthorizersNotAMap, configured);
            foreach (var entry in Py27Repr.DictOrder(map))
            {
                if (entry.Value is not JObject config) throw api.Invalid(RestAuthDetails.AuthorizerNotAMap(entry.Name), entry.Value);
                list.Add(RestAuthorizer.Read(api, entry.Name, config));
            }
        }
        if (DefaultName(api, auth) == RestAuthorizer.IamName) list.Add(RestAuthorizer.Iam());
        return list;
    }

    /// <summary>The <c>DefaultAuthorizer</c>, when set.</summary>
    private static string? DefaultName(SamResource api, JObject auth)
    {
        var value = auth["DefaultAuthorizer"];
        if (value is null || value.Type == JTokenType.Null) return null;
        if (value is not JValue { Type: JTokenType.String } text) throw api.Invalid(RestAuthDetails.DefaultAuthorizerNotAString, value);
        return (string)text!;
    }

    /// <summary>
    /// Applies the API's <c>Auth</c> to its definition (the document, or null for a <c>DefinitionUri</c>) and emits the
    /// authorizers' permissions.
    /// </summary>
    public static void Apply(SamResource api, TransformContext context, JToken? body)
    {
        if (Of(api) is not { } written) return;
        var auth = ResolveParameters(written, context);
        foreach (var key in written.Properties())
            if (!Keys.Contains(key.Name)) throw api.Invalid(RestAuthDetails.InvalidAuth, key);
        if (body is null) throw api.Invalid(RestAuthDetails.OnlyInlineSwagger, written);
        var document = RestApiDefinition.TryOpen(body) ?? throw api.Invalid(RestAuthDetails.InvalidSwagger, written);

        var authorizers = Authorizers(api, auth) ?? [];
        var defaultName = DefaultName(api, auth);
        // SAM edits the document in a session of its own, which copies it when opened and when written back.
        Py27Dict.Copy(document.Root);
        foreach (var authorizer in OrderForDefinitions(authorizers))
            RestSecurity.SetScheme(document, authorizer.Name, authorizer.SecurityScheme(api, context.Arns.Partition), unicodeName: true);

        // Without any authorizer (AWS_IAM as the default counts as one) the default is ignored, even an unknown one.
        if (defaultName is not null && authorizers.Count > 0)
        {
            var authorizer = authorizers.FirstOrDefault(a => a.Name == defaultName)
                ?? throw api.Invalid(RestAuthDetails.UnknownDefaultAuthorizer(defaultName), auth["DefaultAuthorizer"]);
            var names = new HashSet<string>(authorizers.Select(a => a.Name), StringComparer.Ordinal) { RestAuthorizer.IamName };
            var scopes = authorizer.Scopes ?? [];
            var withPreflight = IsTrueOrUnset(auth["AddDefaultAuthorizerToCorsPreflight"]);
            foreach (var (path, method, definition) in RestSecurity.DefaultTargets(document, withPreflight).ToList())
            {
                RestSecurity.ApplyDefaultAuthorizer(document, path, method, definition, defaultName, scopes, names);
            }
        }

        if (Scalars.IsTruthy(auth["ApiKeyRequired"]))
        {
            RestSecurity.AddApiKeySchemeIfMissing(document);
            foreach (var (path, method, definition) in RestSecurity.DefaultTargets(document, IsTrueOrUnset(auth["AddApiKeyRequiredToCorsPreflight"])).ToList())
                RestSecurity.ApplyDefaultApiKey(document, path, method, definition);
        }
        if (Scalars.IsTruthy(auth["ResourcePolicy"]))
            ResourcePolicies.AddToEveryPath(document, ResourcePolicies.Read(auth["ResourcePolicy"]!), api.Get("StageName")!);
        Py27Dict.Copy(document.Root);

        foreach (var authorizer in authorizers)
            if (authorizer.FunctionNeedingPermission is { } function)
                context.Emit(api, api.LogicalId + authorizer.Name + "AuthorizerPermission", LambdaPermissions.Create(function.DeepClone(), "apigateway.amazonaws.com",
                    Intrinsics.Sub($"arn:{context.Arns.Partition}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{__ApiId__}}/authorizers/*",
                        new JObject { ["__ApiId__"] = Intrinsics.Ref(api.LogicalId) })).WithPassThrough(api));
    }

    /// <summary>
    /// A copy of <c>Auth</c> with references to template parameters replaced by their values, as SAM reads it; every
    /// other node keeps its marks (template strings stay unicode for the deployment hash).
    /// </summary>
    internal static T ResolveParameters<T>(T written, TransformContext context) where T : JToken
    {
        var copy = (T)written.DeepClone();
        if (copy is not JContainer container) return copy;
        foreach (var node in container.Descendants().OfType<JObject>().Where(o => Intrinsics.IsIntrinsic(o, "Ref") || Intrinsics.IsIntrinsic(o, "Fn::Sub")).ToList())
        {
            if (node.Parent is null) continue;
            var resolved = ParameterResolver.Resolve(node, context.ParameterValues);
            if (resolved is not JObject) node.Replace(resolved);
        }
        return copy;
    }

    /// <summary>The authorizers in the order SAM writes their schemes: the 2.7 order of the dict it builds of them.</summary>
    private static IEnumerable<RestAuthorizer> OrderForDefinitions(List<RestAuthorizer> authorizers)
    {
        var byName = authorizers.ToDictionary(a => a.Name, StringComparer.Ordinal);
        return Py27Dict.IterationOrder(authorizers.Select(a => a.Name).ToList()).Select(name => byName[name]);
    }

    private static bool IsTrueOrUnset(JToken? flag) => flag is null || flag.Type == JTokenType.Null || Scalars.IsTruthy(flag);
}
