using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::HttpApi</c>, in SAM's validation order.</summary>
    public static TypeSpec HttpApi { get; } = new("AWS::Serverless::HttpApi",
    [
        Prop("StageName", TypeOf(V.String | V.Map), schema: Json.String),
        Prop("Tags", ShouldBe(V.Map), globals: 4, schema: Json.Tags),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 10, schema: Json.Boolean),
        Prop("DefinitionBody", ShouldBe(V.Map), schema: Json.Object),
        Prop("DefinitionUri", TypeOf(V.String | V.Map), schema: Json.Of("string", "object")),
        Prop("StageVariables", ShouldBe(V.Map), globals: 3, schema: Json.Object),
        Prop("CorsConfiguration", TypeOf(V.Boolean | V.Map), globals: 5, schema: Json.Of("boolean", "object")),
        Prop("AccessLogSettings", ShouldBe(V.Map), globals: 2, schema: Json.Object),
        Prop("DefaultRouteSettings", ShouldBe(V.Map), globals: 6, schema: Json.Object),
        Prop("Auth", ShouldBe(V.Map), globals: 1, schema: Json.Object),
        Prop("RouteSettings", ShouldBe(V.Map), globals: 8, schema: Json.Object),
        Prop("Domain", ShouldBe(V.Map), globals: 7, schema: Json.Object),
        Prop("FailOnWarnings", TypeOf(V.Boolean | V.Intrinsic), globals: 9, schema: Json.Boolean),
        Prop("Description", ShouldBe(V.String), schema: Json.String),
        Prop("DisableExecuteApiEndpoint", TypeOf(V.Boolean | V.Intrinsic), schema: Json.Boolean),
        Prop("Name", schema: Json.String),
    ]);
}
