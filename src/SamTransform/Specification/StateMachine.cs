using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::StateMachine</c>, in SAM's validation order.</summary>
    public static TypeSpec StateMachine { get; } = new("AWS::Serverless::StateMachine",
    [
        Prop("Definition", ShouldBe(V.Map)),
        Prop("DefinitionUri", TypeOf(V.String | V.Map)),
        Prop("Logging", ShouldBe(V.Map), outputName: "LoggingConfiguration"),
        Prop("Role", ShouldBe(V.String)),
        Prop("DefinitionSubstitutions", ShouldBe(V.Map)),
        Prop("Events", EventMap),
        Prop("Name", ShouldBe(V.String), outputName: "StateMachineName"),
        Prop("Type", ShouldBe(V.String), outputName: "StateMachineType"),
        Prop("Tags", ShouldBe(V.Map)),
        Prop("PropagateTags", TypeOf(V.Boolean | V.Intrinsic), globals: 1),
        Prop("Policies", TypeOf(V.String | V.NonEmptyMap, items: V.String | V.Map)),
        Prop("Tracing", ShouldBe(V.Map), outputName: "TracingConfiguration"),
        Prop("PermissionsBoundary", ShouldBe(V.String)),
        Prop("UseAliasAsEventTarget", TypeOf(V.Boolean)),
        Prop("RolePath"),
        Prop("AutoPublishAlias"),
        Prop("DeploymentPreference"),
    ]);
}
