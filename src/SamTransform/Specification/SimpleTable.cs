using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::SimpleTable</c>, in SAM's validation order.</summary>
    public static TypeSpec SimpleTable { get; } = new("AWS::Serverless::SimpleTable",
    [
        Prop("PrimaryKey", TypeOf(V.Map)),
        Prop("ProvisionedThroughput", TypeOf(V.Map)),
        Prop("TableName", TypeOf(V.String | V.Map)),
        Prop("Tags", ShouldBe(V.Map)),
        Prop("SSESpecification", ShouldBe(V.Map), globals: 1, passThrough: true),
        Prop("PointInTimeRecoverySpecification", passThrough: true),
    ]);
}
