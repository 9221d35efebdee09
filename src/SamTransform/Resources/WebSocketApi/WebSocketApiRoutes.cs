using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.WebSocketApi;

/// <summary>
/// The <c>Routes</c> of a WebSocket API: per route key, an <c>AWS::ApiGatewayV2::Route</c>, its Lambda proxy
/// <c>Integration</c> and the <c>AWS::Lambda::Permission</c> for API Gateway to call the function, named
/// <c>{Api}{Key}Route</c> and so on with the key capitalized (<c>$connect</c> → <c>Connect</c>).
/// </summary>
internal static class WebSocketApiRoutes
{
    public const string Connect = "$connect";
    private static readonly HashSet<string> SpecialKeys = new(StringComparer.Ordinal) { Connect, "$disconnect", "$default" };

    /// <summary>Route properties copied to the route as they are, when not null.</summary>
    private static readonly string[] RouteProperties =
        ["ApiKeyRequired", "ModelSelectionExpression", "OperationName", "RequestModels", "RouteResponseSelectionExpression"];

    /// <summary>The logical id part of a route key: without the <c>$</c> of a special key, capitalized as Python does.</summary>
    public static string IdPart(string key) => PythonStringMethods.Capitalize(key.StartsWith('$') ? key[1..] : key);

    /// <summary>
    /// Checks and emits every route, in the order written; returns the routes' logical ids. Keys that differ only in
    /// case (<c>send</c>, <c>Send</c>) make the same ids: the later route replaces the earlier, as in the reference. A route's settings have
    /// template parameters resolved. <paramref name="auth"/> is read at the first route, after its key and request
    /// parameters are checked (the reference's order of errors).
    /// </summary>
    public static List<string> Emit(SamResource api, JObject routes, JToken stageName, Func<WebSocketApiAuth?> auth, TransformContext context)
    {
        var routeIds = new List<string>();
        WebSocketApiAuth? connectAuth = null;
        var authRead = false;
        foreach (var route in routes.Properties())
        {
            var key = route.Name;
            if (!SpecialKeys.Contains(key) && !PythonStringMethods.IsAlnum(key))
                throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.RouteKeyNotAlphanumeric(key), route);
            if (ParameterResolver.Resolve(route.Value, context.ParameterValues) is not JObject config)
                throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.RouteNotAMap(key), route.Value);
            var requestParameters = config["RequestParameters"];
            if (Scalars.IsTruthy(requestParameters) && key != Connect)
                throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.RequestParametersOnlyOnConnect, requestParameters);
            if (!authRead)
            {
                connectAuth = auth();
                authRead = true;
            }
            if (!config.ContainsKey("FunctionArn")) throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.RouteWithoutFunction, route);

            var prefix = api.LogicalId + IdPart(key);
            var routeId = prefix + "Route";
            var integrationId = prefix + "Integration";
            var functionArn = config["FunctionArn"]!;

            var properties = new JObject { ["ApiId"] = Intrinsics.Ref(api.LogicalId) };
            foreach (var name in RouteProperties) properties.SetIf(name, config[name]);
            if (key == Connect) connectAuth?.ApplyTo(properties, prefix + "Authorizer");
            if (Scalars.IsTruthy(requestParameters)) properties["RequestParameters"] = requestParameters!.DeepClone();
            properties["RouteKey"] = key;
            properties["Target"] = new JObject
            {
                ["Fn::Join"] = new JArray("/", new JArray("integrations", Intrinsics.Ref(integrationId))),
            };
            context.EmitOrReplace(api, routeId, CfnResource.Create("AWS::ApiGatewayV2::Route", properties));

            var integration = new JObject
            {
                ["ApiId"] = Intrinsics.Ref(api.LogicalId),
                ["IntegrationType"] = "AWS_PROXY",
                ["IntegrationUri"] = Intrinsics.Sub(
                    "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionArn}/invocations",
                    new JObject { ["FunctionArn"] = functionArn.DeepClone() }),
            };
            integration.SetIf("TimeoutInMillis", config["IntegrationTimeout"]);
            context.EmitOrReplace(api, integrationId, CfnResource.Create("AWS::ApiGatewayV2::Integration", integration));

            var permission = new JObject { ["Action"] = "lambda:InvokeFunction" };
            permission.SetIf("FunctionName", functionArn);
            permission["Principal"] = "apigateway.amazonaws.com";
            permission["SourceArn"] = SourceArn(api.LogicalId, stageName, key);
            context.EmitOrReplace(api, prefix + "Permission", CfnResource.Create("AWS::Lambda::Permission", permission));
            routeIds.Add(routeId);
        }
        return routeIds;
    }

    /// <summary>The route's execute-api ARN: the stage name written into the text, or an intrinsic one as a variable.</summary>
    private static JObject SourceArn(string apiId, JToken stageName, string key)
    {
        const string Prefix = "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${";
        if (stageName is JValue { Type: JTokenType.String } text)
            return Intrinsics.Sub($"{Prefix}{apiId}.ApiId}}/{(string)text!}/{key}");
        return Intrinsics.Sub($"{Prefix}{apiId}.ApiId}}/${{__StageName__}}/{key}", new JObject { ["__StageName__"] = stageName.DeepClone() });
    }
}
