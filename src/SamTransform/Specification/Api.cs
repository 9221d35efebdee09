using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary>
    /// <c>AWS::Serverless::Api</c>, in SAM's validation order: first its "Type of property" checks, then the "should be"
    /// ones. (Which properties the expander implements is its own list.)
    /// </summary>
    public static TypeSpec Api { get; } = new("AWS::Serverless::Api",
    [
        Prop("Name", TypeOf(V.String | V.Map), globals: 2),
        Prop("StageName", TypeOf(V.String | V.Map), required: true),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 20),
        Prop("DefinitionUri", TypeOf(V.String | V.Map), globals: 3),
        Prop("MergeDefinitions", TypeOf(V.Boolean), globals: 6),
        Prop("CacheClusterEnabled", TypeOf(V.Boolean | V.Intrinsic), globals: 4),
        Prop("EndpointConfiguration", TypeOf(V.String | V.Map), globals: 8),
        Prop("MethodSettings", TypeOf(V.List | V.Map), globals: 9),
        Prop("BinaryMediaTypes", TypeOf(V.List | V.Map), globals: 10),
        Prop("MinimumCompressionSize", TypeOf(V.Integer | V.Intrinsic), globals: 11),
        Prop("Cors", TypeOf(V.String | V.Map), globals: 12),
        Prop("TracingEnabled", TypeOf(V.Boolean | V.Intrinsic), globals: 16),
        Prop("FailOnWarnings", TypeOf(V.Boolean | V.Intrinsic)),
        Prop("DisableExecuteApiEndpoint", TypeOf(V.Boolean | V.Intrinsic)),
        Prop("AlwaysDeploy", TypeOf(V.Boolean), globals: 19),
        Prop("Policy", TypeOf(V.String | V.Map)),
        Prop("DefinitionBody", ShouldBe(V.Map)),
        Prop("Variables", ShouldBe(V.Map), globals: 7),
        Prop("Tags", ShouldBe(V.Map)),
        Prop("AccessLogSetting", ShouldBe(V.Map), globals: 14),
        Prop("CanarySetting", ShouldBe(V.Map), globals: 15),
        Prop("Auth", ShouldBe(V.Map), globals: 1),
        Prop("GatewayResponses", ShouldBe(V.Map), globals: 13),
        Prop("Models", ShouldBe(V.Map)),
        Prop("Domain", ShouldBe(V.Map), globals: 18),
        Prop("Description", ShouldBe(V.String)),
        Prop("Mode", ShouldBe(V.String)),
        // Of the numbers only 3.0 passes (3.5, 2.0 and the integer 3 do not).
        Prop("OpenApiVersion", ShouldBe(V.String, alsoAccepted: V.Float, alsoAcceptedWhen: v => (double)v == 3.0), globals: 17),
        Prop("CacheClusterSize", ShouldBe(V.String), globals: 5),
        Prop("ApiKeySourceType", ShouldBe(V.String)),
        Prop("SecurityPolicy", ShouldBe(V.String), globals: 21),
        Prop("EndpointAccessMode", ShouldBe(V.String), globals: 22),
    ]);
}
