using Newtonsoft.Json.Linq;
using static SamTransform.Events.EventSchema;

namespace SamTransform.Events.Pull;

/// <summary><c>SQS</c>: a mapping from an SQS queue (also used for the queue an SNS event subscribes).</summary>
public sealed class SqsEventSource : PullEventSource
{
    private static readonly EventSchema EventSchema = new("SQS", [.. CommonProperties, Any("Queue", required: true)]);

    public override string Type => "SQS";
    protected override EventSchema Schema => EventSchema;
    protected override string ManagedPolicyName => "AWSLambdaSQSQueueExecutionRole";
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Queue");
}
