using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// One entry of an HTTP API's <c>Auth.Authorizers</c> (or the built-in IAM authorizer): its kind — JWT when it has a
/// <c>JwtConfiguration</c>, else a Lambda request authorizer — its checks, and the OpenAPI security scheme it becomes.
/// </summary>
public sealed class HttpApiAuthorizer
{
    public const string IamName = "AWS_IAM";

    private enum Kind { Iam, Jwt, Request }

    private readonly SamResource _api;
    private readonly JObject _config;
    private readonly Kind _kind;

    private HttpApiAuthorizer(SamResource api, string name, JObject config, Kind kind)
    {
        _api = api;
        Name = name;
        _config = config;
        _kind = kind;
    }

    public string Name { get; }

    /// <summary>The authorizer's own <c>AuthorizationScopes</c> (used when it is the API's default).</summary>
    public JArray DefaultScopes => Scalars.IsTruthy(_config["AuthorizationScopes"]) && _config["AuthorizationScopes"] is JArray scopes ? scopes : [];

    /// <summary>The Lambda function to grant invoke permission to, when <c>EnableFunctionDefaultPermissions</c> asks for it.</summary>
    public JToken? FunctionNeedingPermission =>
        _kind == Kind.Request && _config["EnableFunctionDefaultPermissions"] is JValue { Type: JTokenType.Boolean } enable && (bool)enable!
            ? _config["FunctionArn"]
            : null;

    public static HttpApiAuthorizer Iam(SamResource api) => new(api, IamName, [], Kind.Iam);

    /// <summary>Reads and checks one configured authorizer.</summary>
    public static HttpApiAuthorizer Read(SamResource api, string name, JObject config)
    {
        var jwt = config["JwtConfiguration"];
        var kind = Scalars.IsTruthy(jwt) ? Kind.Jwt : Kind.Request;
        var authorizer = new HttpApiAuthorizer(api, name, config, kind);
        if (kind == Kind.Jwt && jwt is not JObject) throw authorizer.Invalid("Property 'JwtConfiguration' should be a map.", jwt);
        authorizer.CheckProperties();
        if (kind == Kind.Jwt)
        {
            if (!Scalars.IsTruthy(config["IdentitySource"])) throw authorizer.Invalid($"{name} OAuth2 Authorizer must define 'IdentitySource'.");
        }
        else
        {
            if (!Scalars.IsTruthy(config["FunctionArn"])) throw authorizer.Invalid($"{name} Lambda Authorizer must define 'FunctionArn'.");
            if (!Scalars.IsTruthy(config["AuthorizerPayloadFormatVersion"]))
                throw authorizer.Invalid($"{name} Lambda Authorizer must define 'AuthorizerPayloadFormatVersion'.");
            if (config["EnableFunctionDefaultPermissions"] is { Type: not JTokenType.Null and not JTokenType.Boolean } enable)
                throw authorizer.Invalid($"Property 'Authorizers.{name}.EnableFunctionDefaultPermissions' should be a boolean.", enable);
        }
        return authorizer;
    }

    /// <summary>Which properties belong to which kind of authorizer.</summary>
    private void CheckProperties()
    {
        var scopes = _config["AuthorizationScopes"];
        if (IsSet(scopes) && scopes is not JArray) throw Invalid("AuthorizationScopes must be a list.", scopes);
        var isJwt = _kind == Kind.Jwt;
        foreach (var (property, forJwt) in (ReadOnlySpan<(string, bool)>)[
            ("AuthorizationScopes", true), ("JwtConfiguration", true), ("IdentitySource", true),
            ("FunctionArn", false), ("FunctionInvokeRole", false), ("Identity", false),
            ("AuthorizerPayloadFormatVersion", false), ("EnableSimpleResponses", false)])
        {
            // An empty JwtConfiguration counts as none.
            var set = property == "JwtConfiguration" ? Scalars.IsTruthy(_config[property]) : IsSet(_config[property]);
            if (set && forJwt != isJwt)
                throw Invalid(DiagnosticCatalog.HttpAuthDetails.OnlyForKind(property, oauth2: forJwt), _config[property]);
        }
        if (IsSet(_config["EnableFunctionDefaultPermissions"]) && isJwt)
            throw Invalid(DiagnosticCatalog.HttpAuthDetails.OnlyForKind("EnableFunctionDefaultPermissions", oauth2: false), _config["EnableFunctionDefaultPermissions"]);
    }

    /// <summary>The <c>components.securitySchemes</c> entry.</summary>
    public JObject SecurityScheme(string partition) => _kind switch
    {
        Kind.Iam => new JObject
        {
            ["type"] = "apiKey",
            ["name"] = "Authorization",
            ["in"] = "header",
            ["x-amazon-apigateway-authtype"] = "awsSigv4",
        },
        Kind.Jwt => new JObject
        {
            ["type"] = "oauth2",
            ["x-amazon-apigateway-authorizer"] = new JObject
            {
                ["jwtConfiguration"] = JwtConfiguration(),
                ["identitySource"] = _config["IdentitySource"]!.DeepClone(),
                ["type"] = "jwt",
            },
        },
        _ => new JObject
        {
            ["type"] = "apiKey",
            ["name"] = "Unused",
            ["in"] = "header",
            ["x-amazon-apigateway-authorizer"] = RequestAuthorizer(partition),
        },
    };

    /// <summary>JWT settings with the keys in lower case, as API Gateway's extension spells them.</summary>
    private JObject JwtConfiguration()
    {
        var jwt = (JObject)_config["JwtConfiguration"]!;
        var result = new JObject();
        foreach (var p in jwt.Properties()) result[p.Name.ToLowerInvariant()] = p.Value.DeepClone();
        return result;
    }

    private JObject RequestAuthorizer(string partition)
    {
        var authorizer = new JObject
        {
            ["type"] = "request",
            ["authorizerUri"] = Intrinsics.Sub(
                $"arn:{partition}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{__FunctionArn__}}/invocations",
                new JObject { ["__FunctionArn__"] = _config["FunctionArn"]!.DeepClone() }),
        };
        // FunctionInvokeRole: NONE means API Gateway calls the function with its own permission.
        if (Scalars.IsTruthy(_config["FunctionInvokeRole"]) && !(_config["FunctionInvokeRole"] is JValue { Type: JTokenType.String } role && (string)role! == "NONE"))
            authorizer["authorizerCredentials"] = _config["FunctionInvokeRole"]!.DeepClone();
        var identityToken = _config["Identity"];
        if (Scalars.IsTruthy(identityToken))
        {
            if (identityToken is not JObject identity) throw Invalid($"Property 'Auth.Authorizers.{Name}.Identity' should be a map.", identityToken);
            if (identity["ReauthorizeEvery"] is { Type: not JTokenType.Null } ttl) authorizer["authorizerResultTtlInSeconds"] = ttl.DeepClone();
            authorizer["identitySource"] = IdentitySource(identity);
        }
        authorizer["authorizerPayloadFormatVersion"] = _config["AuthorizerPayloadFormatVersion"]!.DeepClone();
        if (Scalars.IsTruthy(_config["EnableSimpleResponses"])) authorizer["enableSimpleResponses"] = _config["EnableSimpleResponses"]!.DeepClone();
        return authorizer;
    }

    /// <summary><c>Identity</c> headers, query strings, stage variables and context as API Gateway identity sources.</summary>
    private JArray IdentitySource(JObject identity)
    {
        var sources = new JArray();
        foreach (var (key, prefix) in (ReadOnlySpan<(string, string)>)[
            ("Headers", "$request.header."), ("QueryStrings", "$request.querystring."), ("StageVariables", "$stageVariables."), ("Context", "$context.")])
        {
            var values = identity[key];
            if (!Scalars.IsTruthy(values)) continue;
            if (values is not JArray list) throw Invalid($"Property 'Authorizers.{Name}.Identity.{key}' should be a list.", values);
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JValue { Type: JTokenType.String } item) throw Invalid($"Property 'Authorizers.{Name}.Identity.{key}[{i}]' should be a string.", list[i]);
                sources.Add(prefix + (string)item!);
            }
        }
        return sources;
    }

    private static bool IsSet(JToken? token) => token is not null && token.Type != JTokenType.Null;

    private SamException Invalid(string message, JToken? node = null) => _api.Invalid(message, node ?? _config);
}
