using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

/// <summary>The <c>Api</c> event types of functions and state machines (REST APIs), in SAM's validation order.</summary>
public static partial class EventSpecs
{
    public static TypeSpec Api { get; } = new("Api",
    [
        Text("Path", required: true),
        Text("Method", required: true),
        Prop("RestApiId"),
        Text("Stage"),
        MapOf("Auth"),
        MapOf("RequestModel"),
        Prop("RequestParameters", TypeOf(V.List | V.Map)),
        Int("TimeoutInMillis"),
        Text("ResponseTransferMode"),
    ]);

    /// <summary>The <c>Api</c> event type of a state machine.</summary>
    public static TypeSpec StateMachineApi { get; } = new("Api",
    [
        Text("Path", required: true),
        Text("Method", required: true),
        Prop("RestApiId"),
        Text("Stage"),
        MapOf("Auth"),
        Prop("UnescapeMappingTemplate", TypeOf(V.Boolean)),
    ]);
}
