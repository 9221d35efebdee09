using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::LayerVersion</c>, in SAM's validation order.</summary>
    public static TypeSpec LayerVersion { get; } = new("AWS::Serverless::LayerVersion",
    [
        Prop("LayerName", TypeOf(V.String | V.Map)),
        Prop("Description", ShouldBe(V.String), passThrough: true),
        Prop("PublishLambdaVersion", TypeOf(V.Boolean | V.Intrinsic), globals: 1),
        Prop("ContentUri", TypeOf(V.String | V.Map), required: true),
        Prop("CompatibleArchitectures", TypeOf(V.Intrinsic, items: V.String | V.Map)),
        Prop("CompatibleRuntimes", TypeOf(V.Intrinsic, items: V.String | V.Map), passThrough: true),
        Prop("LicenseInfo", ShouldBe(V.String)),
        Prop("RetentionPolicy", ShouldBe(V.String)),
    ]);
}
