using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources;

/// <summary>
/// The <c>AWS::ApiGatewayV2::Stage</c> of an HTTP or WebSocket API: the stage settings the SAM resource carries
/// (<c>StageVariables</c>, <c>AccessLogSettings</c>, <c>DefaultRouteSettings</c>, <c>RouteSettings</c>), its tags,
/// and automatic deployment.
/// </summary>
public static class ApiGatewayV2Stage
{
    /// <param name="api">The SAM API the stage belongs to.</param>
    /// <param name="stageName">The stage's name (a string or an intrinsic function).</param>
    /// <param name="tags">The stage's tags, or null for none.</param>
    /// <param name="passThrough">Whether the stage carries the API's <c>Condition</c> and deletion policies.</param>
    public static JObject Create(SamResource api, JToken stageName, JObject? tags, bool passThrough)
    {
        var properties = new JObject { ["ApiId"] = Intrinsics.Ref(api.LogicalId), ["StageName"] = stageName.DeepClone() };
        properties.SetIf("StageVariables", api.Get("StageVariables"));
        properties.SetIf("AccessLogSettings", api.Get("AccessLogSettings"));
        properties.SetIf("DefaultRouteSettings", api.Get("DefaultRouteSettings"));
        if (tags is not null) properties["Tags"] = tags.DeepClone();
        properties["AutoDeploy"] = true;
        properties.SetIf("RouteSettings", api.Get("RouteSettings"));
        var stage = CfnResource.Create("AWS::ApiGatewayV2::Stage", properties);
        return passThrough ? stage.WithPassThrough(api) : stage;
    }
}
