using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

/// <summary>The push event types of a function (S3, SNS, logs, IoT, Alexa, Cognito), in SAM's validation order.</summary>
public static partial class EventSpecs
{
    public static TypeSpec S3 { get; } = new("S3",
    [
        Text("Bucket", required: true),
        Prop("Events", TypeOf(V.String, items: V.String), required: true),
        Prop("Filter", TypeOf(V.Map)),
    ]);

    /// <summary>The pass-through properties are copied to the subscription.</summary>
    public static TypeSpec Sns { get; } = new("SNS",
    [
        Text("Topic", required: true),
        Text("Region", passThrough: true),
        Prop("FilterPolicy", passThrough: true),
        Prop("FilterPolicyScope", passThrough: true),
        Prop("SqsSubscription", TypeOf(V.Boolean | V.Map)),
        MapOf("RedrivePolicy", passThrough: true),
    ]);

    public static TypeSpec CloudWatchLogs { get; } = new("CloudWatchLogs", [Text("LogGroupName", required: true), Text("FilterPattern", required: true)]);

    public static TypeSpec IoTRule { get; } = new("IoTRule", [Text("Sql", required: true), Text("AwsIotSqlVersion")]);

    public static TypeSpec AlexaSkill { get; } = new("AlexaSkill", [Text("SkillId")]);

    public static TypeSpec Cognito { get; } = new("Cognito",
    [
        Text("UserPool", required: true),
        Prop("Trigger", TypeOf(V.String, items: V.String), required: true),
    ]);
}
