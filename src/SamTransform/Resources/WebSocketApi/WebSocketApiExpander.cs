using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources.WebSocketApi;

/// <summary>
/// <c>AWS::Serverless::WebSocketApi</c> → an <c>AWS::ApiGatewayV2::Api</c> with <c>ProtocolType: WEBSOCKET</c>, a
/// route, Lambda integration and invoke permission per entry of <c>Routes</c>, the <c>$connect</c> route's
/// authorization, the stage, and the custom domain with its mappings and Route 53 records. Unlike the other SAM
/// resources, only <c>DependsOn</c> is carried over (to the API): <c>Condition</c> and the deletion policies are not.
/// </summary>
public sealed class WebSocketApiExpander : IResourceExpander
{
    public const string SamResourceType = "AWS::Serverless::WebSocketApi";
    private const string SamTagName = "websocketapi:createdBy";
    private const string ImplicitStageName = "default";

    public string ResourceType => SamResourceType;

    public IReadOnlySet<string> Properties => SamSpecs.WebSocketApi.Names;

    public void Expand(SamResource api, TransformContext context)
    {
        SamSpecs.WebSocketApi.Validate(api);
        var routes = (JObject)api.Get("Routes")!;
        if (routes.Count == 0) throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.NoRoutes, routes);
        CheckIpAddressType(api);

        var tags = Tags(api);
        var propagated = Scalars.IsTruthy(api.Get("PropagateTags")) ? tags : new JObject { [SamTagName] = "SAM" };
        context.Emit(api, api.LogicalId, Api(api, tags));

        var stageName = api.Get("StageName") ?? ImplicitStageName;
        var stageId = StageLogicalId(api.LogicalId, stageName);
        if (api.Get("Domain") is { } domain)
            ApiGatewayV2Domain.Apply(api, context, domain, ParameterResolver.Resolve(domain, context.ParameterValues), (JObject)propagated.DeepClone(),
                stageId, ApiGatewayV2DomainOptions.WebSocketApi);
        if (stageName is JValue { Type: JTokenType.String } named && (string)named! == "$default")
            throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.DefaultStageName, named);

        // Auth and the routes' settings have template parameters resolved.
        var authWritten = api.Get("Auth");
        var auth = authWritten is null ? null : ParameterResolver.Resolve(authWritten, context.ParameterValues);
        var hasAuth = Scalars.IsTruthy(auth);
        if (hasAuth && !routes.ContainsKey(WebSocketApiRoutes.Connect))
            throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.AuthWithoutConnect, auth);
        WebSocketApiAuth? connectAuth = null;
        WebSocketApiAuth? ReadAuth() => !hasAuth ? null
            : auth is JObject map ? WebSocketApiAuth.Read(api, map)
            : throw api.Invalid(DiagnosticCatalog.PropertyShouldBe("Auth", "map"), auth);
        var routeIds = WebSocketApiRoutes.Emit(api, routes, stageName, () => connectAuth = ReadAuth(), context);

        var stage = ApiGatewayV2Stage.Create(api, stageName, propagated, passThrough: false);
        if (Scalars.IsTruthy(api.Get("RouteSettings"))) stage["DependsOn"] = new JArray(routeIds);
        context.EmitOrReplace(api, stageId, stage);
        connectAuth?.Emit(context, api.LogicalId + WebSocketApiRoutes.IdPart(WebSocketApiRoutes.Connect) + "Authorizer");
    }

    /// <summary><c>ipv4</c> or <c>dualstack</c>, or an intrinsic function.</summary>
    private static void CheckIpAddressType(SamResource api)
    {
        var type = api.Get("IpAddressType");
        if (type is null || Intrinsics.IsIntrinsic(type)) return;
        if (type is not JValue { Type: JTokenType.String } text || (string)text! is not ("ipv4" or "dualstack"))
            throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.IpAddressType, type);
    }

    /// <summary>The API's tags (a map, or an intrinsic the SAM tag is added into, as the reference does) and SAM's own.</summary>
    private static JObject Tags(SamResource api)
    {
        var tags = api.Get("Tags") is JObject own ? (JObject)own.DeepClone() : new JObject();
        tags[SamTagName] = "SAM";
        return tags;
    }

    private static JObject Api(SamResource api, JObject tags)
    {
        var properties = new JObject();
        foreach (var (name, outputName) in SamSpecs.WebSocketApi.PassThrough) properties.SetIf(outputName, api.Get(name));
        properties["Name"] = api.Get("Name")?.DeepClone() ?? api.LogicalId;
        properties["ProtocolType"] = "WEBSOCKET";
        properties["RouteSelectionExpression"] = api.Get("RouteSelectionExpression")!.DeepClone();
        properties["Tags"] = tags;
        var resource = CfnResource.Create("AWS::ApiGatewayV2::Api", properties);
        if (api.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn.DeepClone();
        return resource;
    }

    /// <summary>
    /// <c>{Api}DefaultStage</c> for the implicit stage (<c>default</c>), <c>{Api}{Name}Stage</c> for another name as
    /// written (not alphanumeric: an invalid id), <c>{Api}Stage</c> for an intrinsic name.
    /// </summary>
    private static string StageLogicalId(string apiId, JToken stageName) => stageName is JValue { Type: JTokenType.String } text
        ? apiId + ((string)text! == ImplicitStageName ? "Default" : (string)text!) + "Stage"
        : apiId + "Stage";
}
