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

/// <summary>The <c>HttpApi</c> event type of functions.</summary>
public static partial class EventSpecs
{
    /// <summary>
    /// What SAM checks when it reads the event as a resource of its own: the types of <c>Stage</c>, <c>Auth</c>,
    /// <c>TimeoutInMillis</c> and <c>PayloadFormatVersion</c>, in that order (<c>Path</c>, <c>Method</c>, <c>ApiId</c>
    /// and <c>RouteSettings</c> are checked before, when the route is read).
    /// </summary>
    public static TypeSpec HttpApi { get; } = new("HttpApi",
    [
        Prop("Path"), Prop("Method"), Prop("ApiId"), Text("Stage"), MapOf("Auth"), Int("TimeoutInMillis"), Prop("RouteSettings"),
        Text("PayloadFormatVersion"),
    ]);
}
