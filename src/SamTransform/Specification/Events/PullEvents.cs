using static SamTransform.Specification.Declare;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

/// <summary>The poll-based event types of a function, in SAM's validation order.</summary>
public static partial class EventSpecs
{
    /// <summary>What every pull event type accepts (SAM checks these before the type's own).</summary>
    private static SamProperty[] PullCommon(SamProperty? startingPosition = null) =>
    [
        Int("BatchSize", passThrough: true),
        startingPosition ?? Prop("StartingPosition", passThrough: true),
        Prop("StartingPositionTimestamp", passThrough: true),
        Bool("Enabled", passThrough: true),
        Int("MaximumBatchingWindowInSeconds", passThrough: true),
        Int("MaximumRetryAttempts", passThrough: true),
        Bool("BisectBatchOnFunctionError", passThrough: true),
        Int("MaximumRecordAgeInSeconds", passThrough: true),
        MapOf("DestinationConfig"),
        Int("ParallelizationFactor", passThrough: true),
        ListOf("Topics", passThrough: true),
        ListOf("Queues", passThrough: true),
        ListOf("SourceAccessConfigurations", passThrough: true),
        Text("SecretsManagerKmsKeyId"),
        Int("TumblingWindowInSeconds", passThrough: true),
        ListOf("FunctionResponseTypes", passThrough: true),
        ListOf("KafkaBootstrapServers"),
        MapOf("FilterCriteria", passThrough: true),
        Text("ConsumerGroupId"),
        MapOf("ScalingConfig", passThrough: true),
        MapOf("ProvisionedPollerConfig", passThrough: true),
        MapOf("SchemaRegistryConfig"),
        MapOf("MetricsConfig", passThrough: true),
        Prop("KmsKeyArn", passThrough: true),
        MapOf("LoggingConfig", passThrough: true),
    ];

    private static readonly SamProperty RequiredStartingPosition = Prop("StartingPosition", required: true, passThrough: true);

    public static TypeSpec Sqs { get; } = new("SQS", [.. PullCommon(), Prop("Queue", required: true)]);

    public static TypeSpec Kinesis { get; } = new("Kinesis", [.. PullCommon(RequiredStartingPosition), Prop("Stream", required: true)]);

    public static TypeSpec DynamoDB { get; } = new("DynamoDB", [.. PullCommon(RequiredStartingPosition), Prop("Stream", required: true)]);

    public static TypeSpec Msk { get; } = new("MSK", [.. PullCommon(RequiredStartingPosition), Prop("Stream", required: true)]);

    public static TypeSpec SelfManagedKafka { get; } = new("SelfManagedKafka", PullCommon());

    public static TypeSpec MQ { get; } = new("MQ", [.. PullCommon(), Prop("Broker", required: true), Prop("DynamicPolicyName", TypeOf(V.Boolean))]);

    public static TypeSpec DocumentDB { get; } = new("DocumentDB",
        [.. PullCommon(), Prop("Cluster", required: true), Prop("DatabaseName", required: true), Prop("CollectionName"), Prop("FullDocument")]);
}
