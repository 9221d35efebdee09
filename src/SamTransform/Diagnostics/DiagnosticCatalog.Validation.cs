namespace SamTransform.Diagnostics;

/// <summary>
/// SAM3xxx: the rules of <c>validate</c>. Each factory gives code, default level and message; the validator adds the
/// position, resource and path, and applies the level a user configured.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static Diagnostic Rule(string code, DiagnosticLevel level, string message) => new(code, level, message);

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $"; did you mean '{suggestion}'?";

    // --- SAM input and packaging -----------------------------------------------------------------------------
    public static Diagnostic UnknownSamProperty(string name, string type, string? suggestion) =>
        Rule("SAM3001", DiagnosticLevel.Error, $"'{name}' is not a property of {type}{DidYouMean(suggestion)}");

    public static Diagnostic SamPropertyType(string name, string type, string expected, string actual) =>
        Rule("SAM3002", DiagnosticLevel.Error, $"'{name}' of {type} must be {expected}, not {actual}.");

    public static Diagnostic LocalArtifactMissing(string property, string path, string fullPath) =>
        Rule("SAM3003", DiagnosticLevel.Error, $"{property} '{path}' does not exist relative to the template (looked for '{fullPath}').");

    public static Diagnostic UnknownEventType(string eventId, string type, string? suggestion) =>
        Rule("SAM3004", DiagnosticLevel.Error, $"Event '{eventId}' has type '{type}', which is not a SAM event type{DidYouMean(suggestion)}");

    // --- CloudFormation resource schemas ---------------------------------------------------------------------
    public static Diagnostic SchemaUnknownProperty(string name, string type, string? suggestion) =>
        Rule("SAM3010", DiagnosticLevel.Error, $"'{name}' is not a property of {type}{DidYouMean(suggestion)}");

    public static Diagnostic SchemaType(string what, string type, string expected, string actual) =>
        Rule("SAM3011", DiagnosticLevel.Error, $"{what} of {type} must be {expected}, not {actual}.");

    public static Diagnostic SchemaRequired(string name, string? where, string type) =>
        Rule("SAM3012", DiagnosticLevel.Error, where is null ? $"{type} is missing the required property '{name}'." : $"{where} of {type} is missing the required property '{name}'.");

    public static Diagnostic SchemaEnum(string what, string type, string actual, string allowed, string? suggestion) =>
        Rule("SAM3013", DiagnosticLevel.Error, $"{what} of {type} is {actual}, which is not one of {allowed}{DidYouMean(suggestion)}");

    public static Diagnostic SchemaConstraint(string what, string type, string problem) =>
        Rule("SAM3014", DiagnosticLevel.Error, $"{what} of {type} {problem}.");

    public static Diagnostic SchemaFormat(string what, string type, string value, string format) =>
        Rule("SAM3030", DiagnosticLevel.Error, $"{what} of {type} is {value}, which is not {format}.");

    public static Diagnostic SchemaOther(string what, string type, string problem) =>
        Rule("SAM3015", DiagnosticLevel.Error, $"{what} of {type} is not valid: {problem}.");

    public static Diagnostic ReadOnlyProperty(string name, string type) =>
        Rule("SAM3016", DiagnosticLevel.Warning, $"'{name}' is a read-only attribute of {type}, not an input property; use Fn::GetAtt to read it.");

    public static Diagnostic UnknownResourceType(string type, string? suggestion) =>
        Rule("SAM3017", DiagnosticLevel.Warning, $"No CloudFormation schema describes the resource type '{type}'{(suggestion is null ? "." : DidYouMean(suggestion))}");

    // --- Lambda ----------------------------------------------------------------------------------------------
    public static Diagnostic MemoryTooSmall(long value, long min) =>
        Rule("SAM3101", DiagnosticLevel.Error, $"MemorySize {value} is below the Lambda minimum of {min} MB");

    public static Diagnostic MemoryTooLarge(long value, long max, bool capacityProvider) =>
        Rule("SAM3102", DiagnosticLevel.Error, capacityProvider
            ? $"MemorySize {value} is above the Lambda maximum of {max} MB for functions on a capacity provider"
            : $"MemorySize {value} is above the Lambda maximum of {max} MB");

    public static Diagnostic TimeoutOutOfRange(long value, long min, long max) =>
        Rule("SAM3103", DiagnosticLevel.Error, $"Timeout {value} is outside the Lambda range of {min} to {max} seconds");

    public static Diagnostic EphemeralStorageOutOfRange(long value, long min, long max) =>
        Rule("SAM3104", DiagnosticLevel.Error, $"EphemeralStorage Size {value} is outside the Lambda range of {min} to {max} MB");

    public static Diagnostic EnvironmentTooLarge(long bytes, long max) =>
        Rule("SAM3105", DiagnosticLevel.Error, $"Environment variables take {bytes} bytes, above the Lambda maximum of {max} bytes in total");

    public static Diagnostic TooManyLayers(int count, long max) =>
        Rule("SAM3106", DiagnosticLevel.Error, $"Layers lists {count} layers, above the Lambda maximum of {max}");

    public static Diagnostic HandlerTooLong(int length, long max) =>
        Rule("SAM3107", DiagnosticLevel.Error, $"Handler is {length} characters long, above the Lambda maximum of {max}");

    public static Diagnostic InvalidFunctionName(string name, string problem) =>
        Rule("SAM3108", DiagnosticLevel.Error, $"FunctionName '{name}' {problem}");

    public static Diagnostic DescriptionTooLong(int length, long max) =>
        Rule("SAM3109", DiagnosticLevel.Error, $"Description is {length} characters long, above the Lambda maximum of {max}");

    public static Diagnostic UnknownRuntime(string runtime, string? suggestion) =>
        Rule("SAM3110", DiagnosticLevel.Error, $"Runtime '{runtime}' is not a runtime Lambda offers{DidYouMean(suggestion)}");

    public static Diagnostic DeprecatedRuntime(string runtime, DateOnly since, string? suggestion) =>
        Rule("SAM3111", DiagnosticLevel.Warning, $"Runtime '{runtime}' was deprecated by Lambda on {since:yyyy-MM-dd}{(suggestion is null ? "" : $"; use '{suggestion}'")}");

    // --- APIs and event sources ----------------------------------------------------------------------------
    public static Diagnostic RestIntegrationTimeout(long value, long min, long max) =>
        Rule("SAM3120", DiagnosticLevel.Error, $"REST API integration timeout {value} ms is outside the API Gateway range of {min} to {max} ms");

    public static Diagnostic HttpIntegrationTimeout(long value, long min, long max) =>
        Rule("SAM3121", DiagnosticLevel.Error, $"HTTP API integration timeout {value} ms is outside the API Gateway range of {min} to {max} ms");

    public static Diagnostic WebSocketIntegrationTimeout(long value, long min, long max) =>
        Rule("SAM3123", DiagnosticLevel.Error, $"WebSocket API integration timeout {value} ms is outside the API Gateway range of {min} to {max} ms");

    public static Diagnostic FunctionOutlivesApi(string function, long timeout, string api, long apiSeconds) =>
        Rule("SAM3122", DiagnosticLevel.Warning, $"Function {function} has a Timeout of {timeout} s but the {api} in front of it waits at most {apiSeconds} s; callers get a 504 while the function is still running");

    public static Diagnostic VisibilityTimeoutShorterThanFunction(string queue, long visibility, string function, long timeout) =>
        Rule("SAM3130", DiagnosticLevel.Error, $"Queue {queue} has a VisibilityTimeout of {visibility} s, shorter than the Timeout of {timeout} s of function {function}: Lambda refuses to create the event source mapping (the visibility timeout must be at least the function timeout; AWS advises six times it)");

    public static Diagnostic InvalidScheduleExpression(string expression, string problem) =>
        Rule("SAM3140", DiagnosticLevel.Error, $"Schedule expression '{expression}' is not valid: {problem}");

    // --- ECS, ECR, IAM ---------------------------------------------------------------------------------------
    public static Diagnostic FargateCpuMemory(string cpu, string memory, string allowed) =>
        Rule("SAM3150", DiagnosticLevel.Error, $"Fargate does not offer Cpu {cpu} with Memory {memory}; {allowed}");

    public static Diagnostic FargateNetworkMode(string mode) =>
        Rule("SAM3151", DiagnosticLevel.Error, $"Fargate tasks need NetworkMode 'awsvpc', not '{mode}'");

    public static Diagnostic FargatePrivileged(string container) =>
        Rule("SAM3152", DiagnosticLevel.Error, $"Container '{container}' is privileged, which Fargate does not allow");

    public static Diagnostic InvalidLifecyclePolicy(string problem) =>
        Rule("SAM3160", DiagnosticLevel.Error, $"LifecyclePolicyText is not a valid ECR lifecycle policy: {problem}");

    public static Diagnostic InvalidPolicyDocument(string problem) =>
        Rule("SAM3170", DiagnosticLevel.Error, $"Invalid IAM policy document: {problem}");

    public static Diagnostic AdminPolicy() =>
        Rule("SAM3171", DiagnosticLevel.Warning, "Policy statement allows \"Action\": \"*\" on \"Resource\": \"*\" (full administrator access); grant only the actions and resources the code needs");
}
