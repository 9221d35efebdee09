using Newtonsoft.Json.Linq;
using static SamTransform.Events.EventSchema;

namespace SamTransform.Events.Pull;

/// <summary>
/// <c>Kinesis</c> and <c>DynamoDB</c>: a mapping from a data stream or table stream (<c>Stream</c>, read from a
/// <c>StartingPosition</c>); the role gets the type's AWS managed execution policy.
/// </summary>
public sealed class StreamEventSource(string type, string managedPolicyName) : PullEventSource
{
    private readonly EventSchema _schema = new(type, [.. CommonProperties, Any("StartingPosition", required: true), Any("Stream", required: true)]);

    public static StreamEventSource Kinesis() => new("Kinesis", "AWSLambdaKinesisExecutionRole");

    public static StreamEventSource DynamoDB() => new("DynamoDB", "AWSLambdaDynamoDBExecutionRole");

    public override string Type => type;
    protected override EventSchema Schema => _schema;
    protected override string ManagedPolicyName => managedPolicyName;
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Stream");
}
