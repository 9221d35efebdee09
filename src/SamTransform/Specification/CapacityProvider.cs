using static SamTransform.Specification.Declare;
using static SamTransform.Specification.ModelValueKind;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary>
    /// <c>AWS::Serverless::CapacityProvider</c>, in SAM's validation order. After the type checks SAM checks the whole
    /// resource against its field model (<see cref="TypeSpec.FieldModel"/>: the fields inside <c>VpcConfig</c>,
    /// <c>InstanceRequirements</c> and <c>ScalingConfig</c>, all problems at once).
    /// </summary>
    public static TypeSpec CapacityProvider { get; } = new("AWS::Serverless::CapacityProvider",
    [
        Prop("CapacityProviderName", TypeOf(V.String | V.Map), schema: Json.String),
        Prop("VpcConfig", ShouldBe(V.Map), globals: 1, required: true, schema: Json.Object, modelKind: ModelValueKind.Model, modelFields:
        [
            new("SecurityGroupIds", StringListOrIntrinsic),
            new("SubnetIds", StringListOrIntrinsic, Required: true),
        ]),
        Prop("OperatorRole", TypeOf(V.String | V.Map), globals: 2, schema: Json.String),
        Prop("Tags", ShouldBe(V.Map), globals: 3, schema: Json.Object),
        Prop("PropagateTags", TypeOf(V.Boolean), globals: 7, schema: Json.Boolean, modelKind: ModelValueKind.Boolean),
        Prop("InstanceRequirements", ShouldBe(V.Map), globals: 4, schema: Json.Object, modelKind: ModelValueKind.Model, modelFields: CapacityProviderModel.InstanceRequirements),
        Prop("ScalingConfig", ShouldBe(V.Map), globals: 5, schema: Json.Object, modelKind: ModelValueKind.Model, modelFields:
        [
            new("MaxVCpuCount", IntegerOrIntrinsic),
            new("AverageCPUUtilization", NumberOrIntrinsic),
        ]),
        Prop("KmsKeyArn", TypeOf(V.String | V.Map), globals: 6, schema: Json.String),
    ]);
}

/// <summary>The nested fields of <see cref="SamSpecs.CapacityProvider"/> the expander also reads.</summary>
public static class CapacityProviderModel
{
    /// <summary>
    /// <c>InstanceRequirements</c>: SAM's short names, each with the <c>AWS::Lambda::CapacityProvider</c> name it is
    /// written under (<see cref="CloudFormationName"/>).
    /// </summary>
    public static readonly ModelField[] InstanceRequirements =
    [
        new("Architectures", StringListOrIntrinsic),
        new("AllowedTypes", StringListOrIntrinsic),
        new("ExcludedTypes", StringListOrIntrinsic),
    ];

    /// <summary>The CloudFormation name of an <see cref="InstanceRequirements"/> field.</summary>
    public static string CloudFormationName(string field) => field switch
    {
        "AllowedTypes" => "AllowedInstanceTypes",
        "ExcludedTypes" => "ExcludedInstanceTypes",
        _ => field,
    };
}
