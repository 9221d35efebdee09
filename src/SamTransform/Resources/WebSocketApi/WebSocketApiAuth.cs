using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.WebSocketApi;

/// <summary>
/// A WebSocket API's <c>Auth</c>, which applies to its <c>$connect</c> route: <c>AWS_IAM</c>, <c>NONE</c>, or
/// <c>CUSTOM</c> — a Lambda <c>REQUEST</c> authorizer (<c>AuthArn</c>, <c>IdentitySource</c>, <c>InvokeRole</c>,
/// <c>Name</c>) with, unless it has an invoke role, the permission for API Gateway to call it.
/// </summary>
internal sealed class WebSocketApiAuth
{
    private const string Iam = "AWS_IAM";
    private const string Custom = "CUSTOM";
    private const string None = "NONE";

    private readonly SamResource _api;
    private readonly JObject _auth;
    private readonly string _type;

    private WebSocketApiAuth(SamResource api, JObject auth, string type)
    {
        _api = api;
        _auth = auth;
        _type = type;
    }

    /// <summary>
    /// Checks the settings. The type is matched in any case when checked, but only its upper-case spelling
    /// makes an IAM or custom authorizer: any other spelling means no authorization (<c>NONE</c>), as in the reference.
    /// </summary>
    public static WebSocketApiAuth Read(SamResource api, JObject auth)
    {
        var typeToken = auth["AuthType"];
        if (!Scalars.IsTruthy(typeToken)) throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.AuthTypeRequired, auth);
        if (typeToken is not JValue { Type: JTokenType.String } text) throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.AuthTypeNotAString, typeToken);
        var type = (string)text!;
        var upper = type.ToUpperInvariant();
        if (upper is not (Iam or Custom or None)) throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.AuthTypeUnknown, typeToken);
        if (upper != Custom && auth.Count > 1) throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.NoSettingsForAuthType(upper), auth);
        if (upper == Custom && !Scalars.IsTruthy(auth["AuthArn"]))
            throw api.Invalid(DiagnosticCatalog.WebSocketApiDetails.AuthArnRequired, (JToken?)auth.Property("AuthArn", StringComparison.Ordinal) ?? auth);
        return new WebSocketApiAuth(api, auth, type);
    }

    private bool IsCustom => _type == Custom;

    /// <summary>Sets <c>AuthorizationType</c> (and the authorizer) on the <c>$connect</c> route's properties.</summary>
    public void ApplyTo(JObject route, string authorizerId)
    {
        route["AuthorizationType"] = _type is Iam or Custom ? _type : None;
        if (IsCustom) route["AuthorizerId"] = Intrinsics.Ref(authorizerId);
    }

    /// <summary>The custom authorizer and, without an invoke role, its invoke permission.</summary>
    public void Emit(TransformContext context, string authorizerId)
    {
        if (!IsCustom) return;
        var arn = _auth["AuthArn"]!;
        var properties = new JObject
        {
            ["ApiId"] = Intrinsics.Ref(_api.LogicalId),
            ["AuthorizerType"] = "REQUEST",
            ["AuthorizerUri"] = Intrinsics.Sub(
                "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthArn}/invocations",
                new JObject { ["AuthArn"] = arn.DeepClone() }),
        };
        var invokeRole = _auth["InvokeRole"];
        properties.SetIf("AuthorizerCredentialsArn", invokeRole);
        properties.SetIf("IdentitySource", _auth["IdentitySource"]);
        properties["Name"] = Scalars.IsTruthy(_auth["Name"]) ? _auth["Name"]!.DeepClone() : authorizerId;
        context.EmitOrReplace(_api, authorizerId, CfnResource.Create("AWS::ApiGatewayV2::Authorizer", properties));

        if (Scalars.IsTruthy(invokeRole)) return;
        context.EmitOrReplace(_api, _api.LogicalId + "AuthorizerPermission", AuthorizerPermission.Create(_api.LogicalId, arn));
    }
}
