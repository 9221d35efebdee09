using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::WebSocketApi</c>, in SAM's validation order.</summary>
    public static TypeSpec WebSocketApi { get; } = new("AWS::Serverless::WebSocketApi",
    [
        Prop("ApiKeySelectionExpression", ShouldBe(V.String), globals: 2, passThrough: true),
        Prop("AccessLogSettings", ShouldBe(V.Map), globals: 1),
        Prop("Auth", ShouldBe(V.Map)),
        Prop("DefaultRouteSettings", ShouldBe(V.Map), globals: 3),
        Prop("Description", ShouldBe(V.String), passThrough: true),
        Prop("DisableExecuteApiEndpoint", TypeOf(V.Boolean | V.Intrinsic), globals: 4, passThrough: true),
        Prop("Domain", ShouldBe(V.Map), globals: 6),
        Prop("DisableSchemaValidation", TypeOf(V.Boolean | V.Intrinsic), globals: 5, passThrough: true),
        Prop("FailOnWarnings", TypeOf(V.Boolean | V.Intrinsic), globals: 7),
        Prop("IpAddressType", ShouldBe(V.String), globals: 8, passThrough: true),
        Prop("Name", ShouldBe(V.String)),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 9),
        Prop("Routes", ShouldBe(V.Map), required: true),
        Prop("RouteSettings", ShouldBe(V.Map), globals: 11),
        Prop("RouteSelectionExpression", ShouldBe(V.String), globals: 10, required: true),
        Prop("StageName", TypeOf(V.String | V.Map)),
        Prop("StageVariables", ShouldBe(V.Map), globals: 12),
        Prop("Tags", ShouldBe(V.Map), globals: 13),
    ]);
}
