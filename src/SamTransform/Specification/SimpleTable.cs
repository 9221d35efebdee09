using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::SimpleTable</c>, in SAM's validation order.</summary>
    public static TypeSpec SimpleTable { get; } = new("AWS::Serverless::SimpleTable",
    [
        Prop("PrimaryKey", TypeOf(V.Intrinsic, values: V.String), schema: Json.Object),
        Prop("ProvisionedThroughput", TypeOf(V.Intrinsic, values: V.Integer | V.Intrinsic), schema: Json.Object),
        Prop("TableName", TypeOf(V.String | V.Map), passThrough: true, omitFalsy: true, schema: Json.String),
        Prop("Tags", ShouldBe(V.Map), schema: Json.Tags),
        Prop("SSESpecification", ShouldBe(V.Map), globals: 1, passThrough: true, omitFalsy: true, schema: Json.Object),
        Prop("PointInTimeRecoverySpecification", passThrough: true, omitFalsy: true, schema: Json.Object),
    ]);
}
