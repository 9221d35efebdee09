using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::SimpleTable</c>, in SAM's validation order.</summary>
    public static TypeSpec SimpleTable { get; } = new("AWS::Serverless::SimpleTable",
    [
        Prop("PrimaryKey", TypeOf(V.Intrinsic, values: V.String)),
        Prop("ProvisionedThroughput", TypeOf(V.Intrinsic, values: V.Integer | V.Intrinsic)),
        Prop("TableName", TypeOf(V.String | V.Map), passThrough: true, omitFalsy: true),
        Prop("Tags", ShouldBe(V.Map)),
        Prop("SSESpecification", ShouldBe(V.Map), globals: 1, passThrough: true, omitFalsy: true),
        Prop("PointInTimeRecoverySpecification", passThrough: true, omitFalsy: true),
    ]);
}
