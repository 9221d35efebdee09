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
        Prop("PackageType", passThrough: true, schema: Json.Enum("Zip", "Image")),
        Prop("Description", globals: 5, passThrough: true, schema: Json.String),
        Prop("FunctionName", TypeOf(V.String | V.Map), passThrough: true, omitFalsy: true, schema: Json.String),
        Prop("Handler", globals: 1, passThrough: true, schema: Json.String),
        Prop("MemorySize", globals: 6, passThrough: true, schema: Json.Integer),
        Prop("DeadLetterQueue", ShouldBe(V.Map), globals: 4, schema: Json.Object),
        Prop("Role", ShouldBe(V.String), schema: Json.String),
        Prop("AssumeRolePolicyDocument", ShouldBe(V.Map), globals: 22, schema: Json.Object),
        Prop("Policies", TypeOf(V.String | V.Map, items: V.String | V.Map), schema: Json.Of("string", "object", "array")),
        Prop("PermissionsBoundary", ShouldBe(V.String), globals: 19, schema: Json.String),
        Prop("Runtime", globals: 2, passThrough: true, schema: Json.String),
        Prop("Timeout", globals: 7, passThrough: true, schema: Json.Integer),
        Prop("VpcConfig", globals: 8, passThrough: true, schema: Json.Object),
        Prop("Environment", TypeOf(V.Intrinsic, keys: ["Variables"]), globals: 9, passThrough: true, schema: Json.Object),
        Prop("Events", EventMap, schema: Json.Events),
        Prop("Tags", ShouldBe(V.Map), globals: 10, schema: Json.Tags),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 11, schema: Json.Boolean),
        Prop("Tracing", TypeOf(V.String | V.Map), globals: 12, schema: Json.Enum("Active", "PassThrough", "Disabled")),
        Prop("KmsKeyArn", globals: 13, passThrough: true, schema: Json.String),
        Prop("DeploymentPreference", ShouldBe(V.Map), globals: 17, schema: Json.Object),
        Prop("Layers", TypeOf(V.Intrinsic, items: V.String | V.Map), globals: 16, passThrough: true, schema: Json.Array),
        Prop("ReservedConcurrentExecutions", globals: 20, passThrough: true, schema: Json.Integer),
        Prop("FileSystemConfigs", globals: 24, passThrough: true, schema: Json.Array),
        Prop("CodeSigningConfigArn", globals: 25, passThrough: true, schema: Json.String),
        Prop("Architectures", globals: 26, passThrough: true, schema: Json.Array),
        Prop("EventInvokeConfig", ShouldBe(V.Map), globals: 23, schema: Json.Object),
        Prop("AutoPublishAlias", TypeOf(V.String | V.Intrinsic), globals: 14, schema: Json.String),
        Prop("AutoPublishCodeSha256", TypeOf(V.String | V.Intrinsic), schema: Json.String),
        Prop("AutoPublishAliasAllProperties", TypeOf(V.Boolean), globals: 15, schema: Json.Boolean),
        Prop("SnapStart", ShouldBe(V.Map), globals: 27, passThrough: true, schema: Json.Object),
        Prop("EphemeralStorage", globals: 28, passThrough: true, schema: Json.Object),
        Prop("RuntimeManagementConfig", globals: 30, passThrough: true, schema: Json.Object),
        Prop("LoggingConfig", globals: 31, passThrough: true, schema: Json.Object),
        Prop("RecursiveLoop", globals: 32, passThrough: true, schema: Json.String),
        Prop("FunctionUrlConfig", ShouldBe(V.Map), globals: 29, schema: Json.Object),
        Prop("CapacityProviderConfig", ShouldBe(V.Map), globals: 36, schema: Json.Object),
        Prop("FunctionScalingConfig", ShouldBe(V.Map), globals: 37, passThrough: true, schema: Json.Object),
        Prop("VersionDeletionPolicy", OneOfStrings("Delete", "Retain"), globals: 39, schema: Json.String),
        Prop("DurableConfig", ShouldBe(V.Map), globals: 35, passThrough: true, schema: Json.Object),
        Prop("ImageConfig", passThrough: true, schema: Json.Object),
        Prop("TenancyConfig", globals: 34, passThrough: true, schema: Json.Object),
        Prop("PublishToLatestPublished", globals: 38, passThrough: true, schema: Json.Boolean),
        Prop("CodeUri", globals: 3, schema: Json.Of("string", "object")),
        Prop("InlineCode", schema: Json.String),
        Prop("ImageUri", schema: Json.String),
        Prop("RolePath", globals: 18, schema: Json.String),
        Prop("VersionDescription", schema: Json.String),
        Prop("ProvisionedConcurrencyConfig", globals: 21, schema: Json.Object),
        Prop("SourceKMSKeyArn", globals: 33, schema: Json.String),
    ]);
}
