using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::WebSocketApi</c>, in SAM's validation order.</summary>
    public static TypeSpec WebSocketApi { get; } = new("AWS::Serverless::WebSocketApi",
    [
        Prop("ApiKeySelectionExpression", ShouldBe(V.String), globals: 2, passThrough: true, schema: Json.String),
        Prop("AccessLogSettings", ShouldBe(V.Map), globals: 1, schema: Json.Object),
        Prop("Auth", ShouldBe(V.Map), schema: Json.Parse("""{"type":"object","additionalProperties":false,"properties":{"AuthType":{"type":"string","enum":["AWS_IAM","CUSTOM","NONE"]},"AuthArn":{"type":"string"},"IdentitySource":{"type":"array","items":{"type":"string"}},"InvokeRole":{"type":"string"},"Name":{"type":"string"}}}""")),
        Prop("DefaultRouteSettings", ShouldBe(V.Map), globals: 3, schema: Json.Object),
        Prop("Description", ShouldBe(V.String), passThrough: true, schema: Json.String),
        Prop("DisableExecuteApiEndpoint", TypeOf(V.Boolean | V.Intrinsic), globals: 4, passThrough: true, schema: Json.Boolean),
        Prop("Domain", ShouldBe(V.Map), globals: 6, schema: Json.Object),
        Prop("DisableSchemaValidation", TypeOf(V.Boolean | V.Intrinsic), globals: 5, passThrough: true, schema: Json.Boolean),
        Prop("FailOnWarnings", TypeOf(V.Boolean | V.Intrinsic), globals: 7, schema: Json.Boolean),
        Prop("IpAddressType", ShouldBe(V.String), globals: 8, passThrough: true, schema: Json.Enum("ipv4", "dualstack")),
        Prop("Name", ShouldBe(V.String), schema: Json.String),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 9, schema: Json.Boolean),
        Prop("Routes", ShouldBe(V.Map), required: true, schema: Json.Parse("""{"type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"FunctionArn":{"type":"string"},"ApiKeyRequired":{"type":"boolean"},"IntegrationTimeout":{"type":"integer"},"ModelSelectionExpression":{"type":"string"},"OperationName":{"type":"string"},"RequestModels":{"type":"object"},"RequestParameters":{"type":"object"},"RouteResponseSelectionExpression":{"type":"string"}}}}""")),
        Prop("RouteSettings", ShouldBe(V.Map), globals: 11, schema: Json.Object),
        Prop("RouteSelectionExpression", ShouldBe(V.String), globals: 10, required: true, schema: Json.String),
        Prop("StageName", TypeOf(V.String | V.Map), schema: Json.String),
        Prop("StageVariables", ShouldBe(V.Map), globals: 12, schema: Json.Object),
        Prop("Tags", ShouldBe(V.Map), globals: 13, schema: Json.Tags),
    ]);
}
