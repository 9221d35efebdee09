using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::HttpApi</c>, in SAM's validation order.</summary>
    public static TypeSpec HttpApi { get; } = new("AWS::Serverless::HttpApi",
    [
        Prop("StageName", TypeOf(V.String | V.Map)),
        Prop("Tags", ShouldBe(V.Map), globals: 4),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 10),
        Prop("DefinitionBody", ShouldBe(V.Map)),
        Prop("DefinitionUri", TypeOf(V.String | V.Map)),
        Prop("StageVariables", ShouldBe(V.Map), globals: 3),
        Prop("CorsConfiguration", TypeOf(V.Boolean | V.Map), globals: 5),
        Prop("AccessLogSettings", ShouldBe(V.Map), globals: 2),
        Prop("DefaultRouteSettings", ShouldBe(V.Map), globals: 6),
        Prop("Auth", ShouldBe(V.Map), globals: 1),
        Prop("RouteSettings", ShouldBe(V.Map), globals: 8),
        Prop("Domain", ShouldBe(V.Map), globals: 7),
        Prop("FailOnWarnings", TypeOf(V.Boolean | V.Intrinsic), globals: 9),
        Prop("Description", ShouldBe(V.String)),
        Prop("DisableExecuteApiEndpoint", TypeOf(V.Boolean | V.Intrinsic)),
        Prop("Name"),
    ]);
}
