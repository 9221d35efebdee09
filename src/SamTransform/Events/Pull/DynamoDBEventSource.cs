using Newtonsoft.Json.Linq;
using static SamTransform.Events.EventSchema;

namespace SamTransform.Events.Pull;

/// <summary><c>DynamoDB</c>: a mapping from a DynamoDB stream.</summary>
public sealed class DynamoDBEventSource : PullEventSource
{
    private static readonly EventSchema EventSchema = new("DynamoDB", [.. CommonProperties, Any("StartingPosition", required: true), Any("Stream", required: true)]);

    public override string Type => "DynamoDB";
    protected override EventSchema Schema => EventSchema;
    protected override string ManagedPolicyName => "AWSLambdaDynamoDBExecutionRole";
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Stream");
}
