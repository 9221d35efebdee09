using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

/// <summary>The <c>Api</c> event type of a function (REST APIs), in SAM's validation order.</summary>
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
}
