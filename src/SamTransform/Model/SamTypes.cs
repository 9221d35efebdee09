namespace SamTransform.Model;

/// <summary>
/// The types AWS SAM defines: its resource types and the event types of functions and state machines. Whether the
/// project implements one is the registries' business (an expander or event source registered for it): a type listed
/// here without one is "not supported yet"; an <c>AWS::Serverless::</c> type not listed here does not exist in SAM.
/// </summary>
public static class SamTypes
{
    public const string ResourcePrefix = "AWS::Serverless::";

    /// <summary>
    /// Every SAM resource type: the eleven AWS's transform (1.110) accepts, then <c>MicrovmImage</c>,
    /// <c>NetworkConnector</c> and <c>WebFunction</c>, which SAM's documentation lists and that release does not know yet.
    /// </summary>
    public static IReadOnlyList<string> ResourceTypes { get; } =
    [
        "AWS::Serverless::Api",
        "AWS::Serverless::Application",
        "AWS::Serverless::CapacityProvider",
        "AWS::Serverless::Connector",
        "AWS::Serverless::Function",
        "AWS::Serverless::GraphQLApi",
        "AWS::Serverless::HttpApi",
        "AWS::Serverless::LayerVersion",
        "AWS::Serverless::SimpleTable",
        "AWS::Serverless::StateMachine",
        "AWS::Serverless::WebSocketApi",
        "AWS::Serverless::MicrovmImage",
        "AWS::Serverless::NetworkConnector",
        "AWS::Serverless::WebFunction",
    ];

    /// <summary>The event types of <c>AWS::Serverless::Function</c> (case-sensitive, as SAM reads them).</summary>
    public static IReadOnlyList<string> FunctionEventTypes { get; } =
    [
        "AlexaSkill", "Api", "CloudWatchEvent", "CloudWatchLogs", "Cognito", "DocumentDB", "DynamoDB", "EventBridgeRule",
        "HttpApi", "IoTRule", "Kinesis", "MQ", "MSK", "S3", "SNS", "SQS", "Schedule", "ScheduleV2", "SelfManagedKafka",
    ];

    /// <summary>The event types of <c>AWS::Serverless::StateMachine</c>.</summary>
    public static IReadOnlyList<string> StateMachineEventTypes { get; } =
        ["Api", "CloudWatchEvent", "EventBridgeRule", "Schedule", "ScheduleV2"];

    /// <summary>
    /// Whether a resource type is in SAM's namespace (compared ignoring case: CloudFormation has no
    /// <c>aws::serverless::</c> types either, so such a type can only be a misspelt SAM one).
    /// </summary>
    public static bool InSamNamespace(string type) => type.StartsWith(ResourcePrefix, StringComparison.OrdinalIgnoreCase);
}
