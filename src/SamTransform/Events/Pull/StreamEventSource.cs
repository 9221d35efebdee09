using Newtonsoft.Json.Linq;
using SamTransform.Specification;

namespace SamTransform.Events.Pull;

/// <summary>
/// <c>Kinesis</c> and <c>DynamoDB</c>: a mapping from a data stream or table stream (<c>Stream</c>, read from a
/// <c>StartingPosition</c>); the role gets the type's AWS managed execution policy.
/// </summary>
public sealed class StreamEventSource(TypeSpec spec, string managedPolicyName) : PullEventSource
{
    public static StreamEventSource Kinesis() => new(EventSpecs.Kinesis, "AWSLambdaKinesisExecutionRole");

    public static StreamEventSource DynamoDB() => new(EventSpecs.DynamoDB, "AWSLambdaDynamoDBExecutionRole");

    public override string Type => spec.TypeName;
    protected override TypeSpec Spec => spec;
    protected override string ManagedPolicyName => managedPolicyName;
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Stream");
}
