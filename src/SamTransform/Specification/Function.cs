using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary>
    /// <c>AWS::Serverless::Function</c>. SAM validates the checked properties in this order; the pass-through ones are
    /// listed in the order SAM writes them on the <c>AWS::Lambda::Function</c>.
    /// </summary>
    public static TypeSpec Function { get; } = new("AWS::Serverless::Function",
    [
        Prop("PackageType", passThrough: true),
        Prop("Description", globals: 5, passThrough: true),
        Prop("FunctionName", TypeOf(V.String | V.Map), passThrough: true, omitFalsy: true),
        Prop("Handler", globals: 1, passThrough: true),
        Prop("MemorySize", globals: 6, passThrough: true),
        Prop("DeadLetterQueue", ShouldBe(V.Map), globals: 4),
        Prop("Role", ShouldBe(V.String)),
        Prop("AssumeRolePolicyDocument", ShouldBe(V.Map), globals: 22),
        Prop("Policies", TypeOf(V.String | V.Map, items: V.String | V.Map)),
        Prop("PermissionsBoundary", ShouldBe(V.String), globals: 19),
        Prop("Runtime", globals: 2, passThrough: true),
        Prop("Timeout", globals: 7, passThrough: true),
        Prop("VpcConfig", globals: 8, passThrough: true),
        Prop("Environment", TypeOf(V.Intrinsic, keys: ["Variables"]), globals: 9, passThrough: true),
        Prop("Events", EventMap),
        Prop("Tags", ShouldBe(V.Map), globals: 10),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 11),
        Prop("Tracing", TypeOf(V.String | V.Map), globals: 12),
        Prop("KmsKeyArn", globals: 13, passThrough: true),
        Prop("DeploymentPreference", ShouldBe(V.Map), globals: 17),
        Prop("Layers", TypeOf(V.Intrinsic, items: V.String | V.Map), globals: 16, passThrough: true),
        Prop("ReservedConcurrentExecutions", globals: 20, passThrough: true),
        Prop("FileSystemConfigs", globals: 24, passThrough: true),
        Prop("CodeSigningConfigArn", globals: 25, passThrough: true),
        Prop("Architectures", globals: 26, passThrough: true),
        Prop("EventInvokeConfig", ShouldBe(V.Map), globals: 23),
        Prop("AutoPublishAlias", TypeOf(V.String | V.Intrinsic), globals: 14),
        Prop("AutoPublishCodeSha256", TypeOf(V.String | V.Intrinsic)),
        Prop("AutoPublishAliasAllProperties", TypeOf(V.Boolean), globals: 15),
        Prop("SnapStart", ShouldBe(V.Map), globals: 27, passThrough: true),
        Prop("EphemeralStorage", globals: 28, passThrough: true),
        Prop("RuntimeManagementConfig", globals: 30, passThrough: true),
        Prop("LoggingConfig", globals: 31, passThrough: true),
        Prop("RecursiveLoop", globals: 32, passThrough: true),
        Prop("FunctionUrlConfig", ShouldBe(V.Map), globals: 29),
        Prop("CapacityProviderConfig", ShouldBe(V.Map), globals: 36),
        Prop("FunctionScalingConfig", ShouldBe(V.Map), globals: 37, passThrough: true),
        Prop("VersionDeletionPolicy", OneOfStrings("Delete", "Retain"), globals: 39),
        Prop("DurableConfig", ShouldBe(V.Map), globals: 35, passThrough: true),
        Prop("ImageConfig", passThrough: true),
        Prop("TenancyConfig", globals: 34, passThrough: true),
        Prop("PublishToLatestPublished", globals: 38, passThrough: true),
        Prop("CodeUri", globals: 3),
        Prop("InlineCode"),
        Prop("ImageUri"),
        Prop("RolePath", globals: 18),
        Prop("VersionDescription"),
        Prop("ProvisionedConcurrencyConfig", globals: 21),
        Prop("SourceKMSKeyArn", globals: 33),
    ]);
}
