using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary><c>AWS::Serverless::Application</c>, in SAM's validation order.</summary>
    public static TypeSpec Application { get; } = new("AWS::Serverless::Application",
    [
        Prop("Location", TypeOf(V.String | V.Map), required: true, schema: Json.Of("string", "object")),
        Prop("Parameters", ShouldBe(V.Map), passThrough: true, schema: Json.Object),
        Prop("NotificationARNs", TypeOf(V.Intrinsic, items: V.String | V.Map), passThrough: true, schema: Json.Array),
        Prop("Tags", ShouldBe(V.Map), schema: Json.Tags),
        Prop("TimeoutInMinutes", TypeOf(V.Integer | V.Intrinsic), passThrough: true, schema: Json.Integer),
        Prop("TemplateUrl"),
    ]);
}
