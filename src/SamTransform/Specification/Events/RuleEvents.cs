using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

/// <summary>
/// The EventBridge event types (schedules and rules) of functions and state machines, in SAM's validation order. A
/// state machine's <c>Schedule</c> and rule events accept other properties than a function's.
/// </summary>
public static partial class EventSpecs
{
    public static TypeSpec Schedule { get; } = new("Schedule",
    [
        Text("Schedule", required: true), Text("RuleName"), Text("Input"), Bool("Enabled"), Text("State"), Text("Name"),
        Text("Description"), MapOf("DeadLetterConfig"), MapOf("RetryPolicy"),
    ]);

    /// <summary>Shared by functions and state machines; the pass-through properties are copied to the schedule.</summary>
    public static TypeSpec ScheduleV2 { get; } = new("ScheduleV2",
    [
        Text("PermissionsBoundary"), Text("ScheduleExpression", required: true), MapOf("FlexibleTimeWindow"), Text("Name"),
        Text("State"), Text("Description"), Text("StartDate", passThrough: true), Text("EndDate", passThrough: true),
        Text("ScheduleExpressionTimezone", passThrough: true), Text("GroupName", passThrough: true), Text("KmsKeyArn", passThrough: true), Text("Input"), Text("RoleArn"), MapOf("DeadLetterConfig"), MapOf("RetryPolicy"),
        Prop("OmitName", TypeOf(V.Boolean)),
    ]);

    private static SamProperty[] FunctionRule =>
    [
        Text("EventBusName"), Text("RuleName"), MapOf("Pattern"), MapOf("DeadLetterConfig"), MapOf("RetryPolicy"), Text("Input"),
        Text("InputPath"), MapOf("Target"), Bool("Enabled"), Text("State"), MapOf("InputTransformer"),
    ];

    public static TypeSpec CloudWatchEvent { get; } = new("CloudWatchEvent", FunctionRule);

    public static TypeSpec EventBridgeRule { get; } = new("EventBridgeRule", FunctionRule);

    /// <summary>A state machine's <c>Schedule</c>: a target and role of its own, no rule name.</summary>
    public static TypeSpec StateMachineSchedule { get; } = new("Schedule",
    [
        Text("Schedule", required: true), Text("Input"), Bool("Enabled"), Text("State"), Text("Name"), Text("Description"),
        MapOf("DeadLetterConfig"), MapOf("RetryPolicy"), MapOf("Target"), Prop("RoleArn", ShouldBe(V.String, intrinsic: false)),
    ]);

    private static SamProperty[] StateMachineRule =>
    [
        Text("EventBusName"), Text("RuleName"), MapOf("Pattern"), Text("Input"), Text("InputPath"), MapOf("DeadLetterConfig"),
        MapOf("RetryPolicy"), Text("State"), MapOf("Target"), MapOf("InputTransformer"),
    ];

    public static TypeSpec StateMachineCloudWatchEvent { get; } = new("CloudWatchEvent", StateMachineRule);

    public static TypeSpec StateMachineEventBridgeRule { get; } = new("EventBridgeRule", StateMachineRule);
}
