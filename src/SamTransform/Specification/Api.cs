using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary>
    /// <c>AWS::Serverless::Api</c>, in SAM's validation order: first its "Type of property" checks, then the "should be"
    /// ones. <c>stage</c> marks the properties the <c>AWS::ApiGateway::Stage</c> takes as they are.
    /// </summary>
    public static TypeSpec Api { get; } = new("AWS::Serverless::Api",
    [
        Prop("Name", TypeOf(V.String | V.Map), globals: 2, schema: Json.String),
        Prop("StageName", TypeOf(V.String | V.Map), required: true, schema: Json.String),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 20, schema: Json.Boolean),
        Prop("DefinitionUri", TypeOf(V.String | V.Map), globals: 3, schema: Json.Of("string", "object")),
        Prop("MergeDefinitions", TypeOf(V.Boolean), globals: 6, schema: Json.Boolean),
        Prop("CacheClusterEnabled", TypeOf(V.Boolean | V.Intrinsic), globals: 4, stage: 2, schema: Json.Boolean),
        Prop("EndpointConfiguration", TypeOf(V.String | V.Map), globals: 8, schema: Json.Of("string", "object")),
        Prop("MethodSettings", TypeOf(V.List | V.Map), globals: 9, stage: 7, schema: Json.Array),
        Prop("BinaryMediaTypes", TypeOf(V.List | V.Map), globals: 10, schema: Json.Array),
        Prop("MinimumCompressionSize", TypeOf(V.Integer | V.Intrinsic), globals: 11, schema: Json.Integer),
        Prop("Cors", TypeOf(V.String | V.Map), globals: 12, schema: Json.Of("string", "object")),
        Prop("TracingEnabled", TypeOf(V.Boolean | V.Intrinsic), globals: 16, stage: 5, schema: Json.Boolean),
        Prop("FailOnWarnings", TypeOf(V.Boolean | V.Intrinsic), schema: Json.Boolean),
        Prop("DisableExecuteApiEndpoint", TypeOf(V.Boolean | V.Intrinsic), schema: Json.Boolean),
        Prop("AlwaysDeploy", TypeOf(V.Boolean), globals: 19, schema: Json.Boolean),
        Prop("Policy", TypeOf(V.String | V.Map), schema: Json.Of("string", "object")),
        Prop("DefinitionBody", ShouldBe(V.Map), schema: Json.Object),
        Prop("Variables", ShouldBe(V.Map), globals: 7, stage: 6, schema: Json.Object),
        Prop("Tags", ShouldBe(V.Map), schema: Json.Tags),
        Prop("AccessLogSetting", ShouldBe(V.Map), globals: 14, stage: 1, schema: Json.Object),
        Prop("CanarySetting", ShouldBe(V.Map), globals: 15, stage: 4, schema: Json.Object),
        Prop("Auth", ShouldBe(V.Map), globals: 1, schema: Json.Object),
        Prop("GatewayResponses", ShouldBe(V.Map), globals: 13, schema: Json.Object),
        Prop("Models", ShouldBe(V.Map), schema: Json.Object),
        Prop("Domain", ShouldBe(V.Map), globals: 18, schema: Json.Object),
        Prop("Description", ShouldBe(V.String), schema: Json.String),
        Prop("Mode", ShouldBe(V.String), schema: Json.String),
        // Of the numbers only those written 3.<one digit> pass (3.0, 3.5, 3.10, 03.5; not 3, 3.05, 2.5 or 13.0).
        Prop("OpenApiVersion", ShouldBe(V.String, alsoAccepted: V.Float, alsoAcceptedWhen: v => IsOneDecimalThree((double)v)), globals: 17, schema: Json.String),
        Prop("CacheClusterSize", ShouldBe(V.String), globals: 5, stage: 3, schema: Json.String),
        Prop("ApiKeySourceType", ShouldBe(V.String), schema: Json.String),
        Prop("SecurityPolicy", ShouldBe(V.String), globals: 21, schema: Json.String),
        Prop("EndpointAccessMode", ShouldBe(V.String), globals: 22, schema: Json.String),
    ]);

    /// <summary>A number whose shortest decimal form is 3 and one digit after the point (3.0 to 3.9).</summary>
    private static bool IsOneDecimalThree(double value) => value is >= 3.0 and < 4.0 && Math.Round(value, 1) == value;
}
