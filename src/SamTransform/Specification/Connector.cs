using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::Connector</c>, in SAM's validation order.</summary>
    public static TypeSpec Connector { get; } = new("AWS::Serverless::Connector",
    [
        Prop("Source", TypeOf(V.Map), required: true, schema: Json.Object),
        Prop("Destination", TypeOf(V.Map, items: V.Map), required: true, schema: Json.Of("object", "array")),
        Prop("Permissions", TypeOf(V.Intrinsic, items: V.String), required: true, schema: Json.Array),
    ]);
}
