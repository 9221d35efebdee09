using Newtonsoft.Json.Linq;
using SamTransform.Specification;

namespace SamTransform.Events.Pull;

/// <summary><c>SQS</c>: a mapping from an SQS queue (also used for the queue an SNS event subscribes).</summary>
public sealed class SqsEventSource : PullEventSource
{
    public override string Type => "SQS";
    protected override TypeSpec Spec => EventSpecs.Sqs;
    protected override string ManagedPolicyName => "AWSLambdaSQSQueueExecutionRole";
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Queue");
}
