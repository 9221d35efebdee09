using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources;

/// <summary>The permission for API Gateway to call a Lambda authorizer of an API Gateway v2 API (HTTP or WebSocket).</summary>
public static class AuthorizerPermission
{
    public static JObject Create(string apiLogicalId, JToken functionArn) => CfnResource.Create("AWS::Lambda::Permission", new JObject
    {
        ["Action"] = "lambda:InvokeFunction",
        ["FunctionName"] = functionArn.DeepClone(),
        ["Principal"] = "apigateway.amazonaws.com",
        ["SourceArn"] = Intrinsics.Sub(
            "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/authorizers/*",
            new JObject { ["__ApiId__"] = Intrinsics.Ref(apiLogicalId) }),
    });
}
