using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary>
    /// <c>AWS::Serverless::CapacityProvider</c>, in SAM's validation order (the fields inside <c>VpcConfig</c>,
    /// <c>InstanceRequirements</c> and <c>ScalingConfig</c> are checked afterwards, all at once, by the expander's model).
    /// </summary>
    public static TypeSpec CapacityProvider { get; } = new("AWS::Serverless::CapacityProvider",
    [
        Prop("CapacityProviderName", TypeOf(V.String | V.Map), schema: Json.String),
        Prop("VpcConfig", ShouldBe(V.Map), globals: 1, required: true, schema: Json.Object),
        Prop("OperatorRole", TypeOf(V.String | V.Map), globals: 2, schema: Json.String),
        Prop("Tags", ShouldBe(V.Map), globals: 3, schema: Json.Object),
        Prop("PropagateTags", TypeOf(V.Boolean), globals: 7, schema: Json.Boolean),
        Prop("InstanceRequirements", ShouldBe(V.Map), globals: 4, schema: Json.Object),
        Prop("ScalingConfig", ShouldBe(V.Map), globals: 5, schema: Json.Object),
        Prop("KmsKeyArn", TypeOf(V.String | V.Map), globals: 6, schema: Json.String),
    ]);
}
