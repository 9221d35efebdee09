using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.Pipeline;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi.Auth;

/// <summary>
/// One authorizer of a REST API: an entry of <c>Auth.Authorizers</c> — a Cognito user pool authorizer when it names a
/// <c>UserPoolArn</c>, else a Lambda authorizer (<c>FunctionPayloadType</c> <c>TOKEN</c>, the default, or
/// <c>REQUEST</c>) — or the built-in <c>AWS_IAM</c>. Knows its checks, the Swagger security scheme it becomes and
/// whether SAM grants API Gateway permission to invoke its function.
/// </summary>
public sealed class RestAuthorizer
{
    public const string IamName = "AWS_IAM";

    private enum Kind { Iam, Cognito, Token, Request }

    private readonly JObject _config;
    private readonly Kind _kind;
    private readonly JObject? _identity;

    private RestAuthorizer(string name, JObject config, Kind kind, JObject? identity)
    {
        Name = name;
        _config = config;
        _kind = kind;
        _identity = identity;
    }

    public string Name { get; }

    public bool IsIam => _kind == Kind.Iam;

    /// <summary>The authorizer's own <c>AuthorizationScopes</c>, when it sets them.</summary>
    public JArray? Scopes => _config["AuthorizationScopes"] as JArray;

    /// <summary>The function API Gateway calls, when SAM adds the permission to call it.</summary>
    public JToken? FunctionNeedingPermission =>
        Scalars.IsTruthy(_config["FunctionArn"]) && !(_config["DisableFunctionDefaultPermissions"] is JValue { Type: JTokenType.Boolean } disable && (bool)disable!)
            ? _config["FunctionArn"]
            : null;

    /// <summary>The built-in IAM authorizer (a <c>DefaultAuthorizer</c> or an event's <c>Authorizer</c> of <c>AWS_IAM</c>).</summary>
    public static RestAuthorizer Iam() => new(IamName, [], Kind.Iam, null);

    /// <summary>Reads and checks one entry of <c>Auth.Authorizers</c>.</summary>
    /// <remarks>
    /// The reference's order: the kind (an unknown payload type), a REQUEST authorizer's identity (a map naming a
    /// source), the scopes, <c>DisableFunctionDefaultPermissions</c>, any other authorizer's identity (a map when
    /// set), then the types of a REQUEST authorizer's sources.
    /// </remarks>
    public static RestAuthorizer Read(SamResource api, string name, JObject config)
    {
        var kind = Scalars.IsTruthy(config["UserPoolArn"]) ? Kind.Cognito : PayloadType(api, name, config);
        var identityToken = config["Identity"];
        var identity = identityToken as JObject;
        if (kind == Kind.Request)
        {
            if (Scalars.IsTruthy(identityToken) && identity is null) throw api.Invalid(RestAuthDetails.RequestIdentityNotAMap(name), identityToken);
            if (!NamesSource(identity) && !NoCaching(identity)) throw api.Invalid(RestAuthDetails.RequestIdentityRequired(name), identityToken ?? config);
        }
        var scopes = config["AuthorizationScopes"];
        if (scopes is not null && scopes.Type != JTokenType.Null && scopes is not JArray) throw api.Invalid(RestAuthDetails.ScopesNotAList(name), scopes);
        var disable = config["DisableFunctionDefaultPermissions"];
        if (disable is not null && disable.Type is not (JTokenType.Null or JTokenType.Boolean))
            throw api.Invalid(RestAuthDetails.DisableNotABoolean(name), disable);
        if (kind != Kind.Request && Scalars.IsTruthy(identityToken) && identity is null)
            throw api.Invalid(RestAuthDetails.IdentityNotAMap, identityToken);

        var authorizer = new RestAuthorizer(name, config, kind, identity);
        if (kind == Kind.Request) authorizer.CheckRequestIdentity(api);
        return authorizer;
    }

    private static readonly string[] SourceKeys = ["Headers", "QueryStrings", "StageVariables", "Context"];

    /// <summary>Whether a REQUEST authorizer's identity names a source (any of them set, not empty).</summary>
    private static bool NamesSource(JObject? identity) => identity is not null && SourceKeys.Any(key => Scalars.IsTruthy(identity[key]));

    /// <summary><c>ReauthorizeEvery: 0</c>: the authorizer does not cache, and needs no identity source.</summary>
    private static bool NoCaching(JObject? identity) => identity?["ReauthorizeEvery"] is JValue { Type: JTokenType.Integer } ttl && (long)ttl == 0;

    private static Kind PayloadType(SamResource api, string name, JObject config)
    {
        var type = config["FunctionPayloadType"];
        if (type is null || type.Type == JTokenType.Null) return Kind.Token;
        var text = type is JValue value ? Scalars.ToText(value) : Py27Repr.Str(type);
        return text switch
        {
            "TOKEN" => Kind.Token,
            "REQUEST" => Kind.Request,
            _ => throw api.Invalid(RestAuthDetails.InvalidPayloadType(name, text), type),
        };
    }

    /// <summary>A REQUEST authorizer needs an identity source, unless it does not cache (<c>ReauthorizeEvery: 0</c>).</summary>
    private void CheckRequestIdentity(SamResource api)
    {
        if (IdentitySources(api).Count > 0 || NoCaching(_identity)) return;
        throw api.Invalid(RestAuthDetails.RequestIdentityRequired(Name), _identity ?? _config);
    }

    /// <summary>The Swagger security scheme (<c>securityDefinitions</c> entry) for the authorizer, built in SAM's key order.</summary>
    public JObject SecurityScheme(SamResource api, string partition)
    {
        var scheme = new JObject
        {
            ["type"] = "apiKey",
            ["name"] = HeaderName(),
            ["in"] = "header",
            ["x-amazon-apigateway-authtype"] = _kind switch { Kind.Iam => "awsSigv4", Kind.Cognito => "cognito_user_pools", _ => "custom" },
        };
        if (_kind != Kind.Iam) scheme["x-amazon-apigateway-authorizer"] = _kind == Kind.Cognito ? CognitoAuthorizer() : LambdaAuthorizer(api, partition);
        return scheme;
    }

    private JToken HeaderName()
    {
        if (_kind is Kind.Iam) return "Authorization";
        if (_kind is Kind.Request) return "Unused";
        return _identity?["Header"] is { Type: not JTokenType.Null } header && Scalars.IsTruthy(header) ? header.DeepClone() : "Authorization";
    }

    private JObject CognitoAuthorizer()
    {
        var pools = _config["UserPoolArn"]!;
        var authorizer = new JObject
        {
            ["type"] = "cognito_user_pools",
            ["providerARNs"] = pools is JArray list ? list.DeepClone() : new JArray(pools.DeepClone()),
        };
        if (_identity?["ValidationExpression"] is { } expression && Scalars.IsTruthy(expression))
            authorizer["identityValidationExpression"] = expression.DeepClone();
        return authorizer;
    }

    private JObject LambdaAuthorizer(SamResource api, string partition)
    {
        var authorizer = new JObject
        {
            ["type"] = _kind == Kind.Request ? "request" : "token",
            ["authorizerUri"] = Intrinsics.Sub(
                $"arn:{partition}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{__FunctionArn__}}/invocations",
                new JObject { ["__FunctionArn__"] = _config["FunctionArn"]?.DeepClone() ?? JValue.CreateNull() }),
        };
        // NONE: API Gateway calls the function with the permission SAM adds, not with a role.
        if (_config["FunctionInvokeRole"] is { } role && Scalars.IsTruthy(role) && !(role is JValue { Type: JTokenType.String } text && (string)text! == "NONE"))
            authorizer["authorizerCredentials"] = role.DeepClone();
        if (_kind == Kind.Request)
        {
            var sources = IdentitySources(api);
            if (sources.Count > 0)
            {
                var joined = new JValue(string.Join(", ", sources));
                authorizer["identitySource"] = Py27Strings.MarkUnicode(joined);
            }
        }
        else if (_identity?["ValidationExpression"] is { } expression && Scalars.IsTruthy(expression))
        {
            authorizer["identityValidationExpression"] = expression.DeepClone();
        }
        if (_identity?["ReauthorizeEvery"] is { Type: not JTokenType.Null } ttl) authorizer["authorizerResultTtlInSeconds"] = ttl.DeepClone();
        return authorizer;
    }

    /// <summary>A REQUEST authorizer's identity sources: headers, query strings, stage variables and context, in that order.</summary>
    private List<string> IdentitySources(SamResource api)
    {
        var sources = new List<string>();
        if (_identity is null) return sources;
        foreach (var (key, prefix) in (ReadOnlySpan<(string, string)>)[
            ("Headers", "method.request.header."), ("QueryStrings", "method.request.querystring."), ("StageVariables", "stageVariables."), ("Context", "context.")])
        {
            var values = _identity[key];
            if (values is null || values.Type == JTokenType.Null) continue;
            if (values is not JArray list) throw api.Invalid(RestAuthDetails.IdentityListNotAList(Name, key), values);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JValue { Type: JTokenType.String } item) throw api.Invalid(RestAuthDetails.IdentityItemNotAString(Name, key, i), list[i]);
                sources.Add(prefix + (string)item!);
            }
        }
        return sources;
    }
}
