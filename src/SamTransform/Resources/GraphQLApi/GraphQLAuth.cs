using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Specification;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>Auth</c>: the default provider (<c>AuthenticationType</c> and its configuration) and the <c>Additional</c> ones
/// (<c>AdditionalAuthenticationProviders</c>, where a user pool's <c>DefaultAction</c> is dropped). Every
/// <c>AWS_LAMBDA</c> provider gets a Lambda permission for AppSync, numbered in order.
/// </summary>
public static class GraphQLAuth
{
    /// <summary>SAM's name of a provider's configuration → CloudFormation's, and the type that uses it.</summary>
    private static readonly (string Sam, string Cfn, string Type)[] Configurations =
    [
        ("LambdaAuthorizer", "LambdaAuthorizerConfig", GraphQLApiModel.Lambda),
        ("OpenIDConnect", "OpenIDConnectConfig", GraphQLApiModel.OpenIdConnect),
        ("UserPool", "UserPoolConfig", GraphQLApiModel.CognitoUserPools),
    ];

    /// <summary>Checks the providers and writes them into the API's properties; returns the Lambda authorizers' ARNs.</summary>
    public static List<JToken> Apply(SamResource api, JObject auth, JObject properties)
    {
        var authorizers = new List<JToken>();
        var provider = Provider(api, auth, additional: false, authorizers);
        foreach (var p in provider.Properties()) properties[p.Name] = p.Value;
        if (auth["Additional"] is JArray { Count: > 0 } additional)
            properties["AdditionalAuthenticationProviders"] = new JArray(additional.Cast<JObject>().Select(a => Provider(api, a, additional: true, authorizers)));
        return authorizers;
    }

    private static JObject Provider(SamResource api, JObject provider, bool additional, List<JToken> authorizers)
    {
        var type = (string)provider["Type"]!;
        var defined = Configurations.Where(c => provider[c.Sam] is { Type: not JTokenType.Null }).ToList();
        if (defined.Count > 1) throw api.Invalid(GraphQL.MoreThanOneAuthConfiguration, provider);

        var result = new JObject { ["AuthenticationType"] = provider["Type"]!.DeepClone() };
        foreach (var (sam, cfn, configType) in Configurations)
        {
            if (configType != type) continue;
            if (provider[sam] is not JObject config) throw api.Invalid(GraphQL.AuthConfigurationRequired(sam, type), provider);
            if (!Scalars.IsTruthy(config)) continue;
            var copy = GraphQLApiBuild.Settings(config);
            if (additional) copy.Remove("DefaultAction");
            result[cfn] = copy;
            if (type == GraphQLApiModel.Lambda && config["AuthorizerUri"] is { } uri) authorizers.Add(uri);
        }
        return result;
    }

    /// <summary>The Lambda permission of each authorizer: connector <c>&lt;Api&gt;ToLambdaAuthConnector&lt;n&gt;</c>.</summary>
    public static void EmitPermissions(GraphQLApiBuild build, List<JToken> authorizers)
    {
        for (var i = 0; i < authorizers.Count; i++)
        {
            GraphQLConnectors.Emit(build, $"{build.Id}ToLambdaAuthConnector{i + 1}", GraphQLConnectors.Api(build),
                GraphQLConnectors.Destination("AWS::Lambda::Function", authorizers[i].DeepClone(), emptyIsMissing: true), ["Write"]);
        }
    }
}
