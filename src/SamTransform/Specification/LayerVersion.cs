using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::LayerVersion</c>, in SAM's validation order.</summary>
    public static TypeSpec LayerVersion { get; } = new("AWS::Serverless::LayerVersion",
    [
        Prop("LayerName", TypeOf(V.String | V.Map), schema: Json.String),
        Prop("Description", ShouldBe(V.String), passThrough: true, schema: Json.String),
        Prop("PublishLambdaVersion", TypeOf(V.Boolean | V.Intrinsic), globals: 1, schema: Json.Boolean),
        Prop("ContentUri", TypeOf(V.String | V.Map), required: true, schema: Json.Of("string", "object")),
        Prop("CompatibleArchitectures", TypeOf(V.Intrinsic, items: V.String | V.Map), schema: Json.Array),
        Prop("CompatibleRuntimes", TypeOf(V.Intrinsic, items: V.String | V.Map), passThrough: true, schema: Json.Array),
        Prop("LicenseInfo", ShouldBe(V.String), schema: Json.String),
        Prop("RetentionPolicy", ShouldBe(V.String), schema: Json.String),
    ]);
}
