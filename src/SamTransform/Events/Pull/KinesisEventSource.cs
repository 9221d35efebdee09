using Newtonsoft.Json.Linq;
using static SamTransform.Events.EventSchema;

namespace SamTransform.Events.Pull;

/// <summary><c>Kinesis</c>: a mapping from a Kinesis data stream.</summary>
public sealed class KinesisEventSource : PullEventSource
{
    private static readonly EventSchema EventSchema = new("Kinesis", [.. CommonProperties, Any("StartingPosition", required: true), Any("Stream", required: true)]);

    public override string Type => "Kinesis";
    protected override EventSchema Schema => EventSchema;
    protected override string ManagedPolicyName => "AWSLambdaKinesisExecutionRole";
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Stream");
}
