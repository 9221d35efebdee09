using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::StateMachine</c>, in SAM's validation order.</summary>
    public static TypeSpec StateMachine { get; } = new("AWS::Serverless::StateMachine",
    [
        Prop("Definition", ShouldBe(V.Map), schema: Json.Object),
        Prop("DefinitionUri", TypeOf(V.String | V.Map), schema: Json.Of("string", "object")),
        Prop("Logging", ShouldBe(V.Map), outputName: "LoggingConfiguration", schema: Json.Object),
        Prop("Role", ShouldBe(V.String), schema: Json.String),
        Prop("DefinitionSubstitutions", ShouldBe(V.Map), schema: Json.Object),
        Prop("Events", EventMap, schema: Json.Events),
        Prop("Name", ShouldBe(V.String), outputName: "StateMachineName", schema: Json.String),
        Prop("Type", ShouldBe(V.String), outputName: "StateMachineType", schema: Json.String),
        Prop("Tags", ShouldBe(V.Map), schema: Json.Tags),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 1, schema: Json.Boolean),
        Prop("Policies", TypeOf(V.String | V.NonEmptyMap, items: V.String | V.Map), schema: Json.Of("string", "object", "array")),
        Prop("Tracing", ShouldBe(V.Map), outputName: "TracingConfiguration", schema: Json.Object),
        Prop("PermissionsBoundary", ShouldBe(V.String), schema: Json.String),
        Prop("UseAliasAsEventTarget", TypeOf(V.Boolean), schema: Json.Boolean),
        Prop("RolePath", schema: Json.String),
        Prop("AutoPublishAlias", schema: Json.String),
        Prop("DeploymentPreference", schema: Json.Object),
    ]);
}
