using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Events.Pull;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Push;

/// <summary>
/// <c>SNS</c>: a subscription of the function to the topic, or with <c>SqsSubscription</c> of a queue (a new one, or the
/// one given) that the function then polls.
/// </summary>
public sealed class SnsEventSource(SqsEventSource queueSource) : IEventSource
{

    public SnsEventSource() : this(new SqsEventSource()) { }

    public string Type => "SNS";

    public void Link(FunctionEventContext context) => EventSpecs.Sns.Validate(context);

    public void Expand(FunctionEventContext context)
    {
        var topic = context.Get("Topic")!;
        var subscription = context.Get("SqsSubscription");
        if (!PythonValues.IsTruthy(subscription))
        {
            LambdaPermissions.Emit(context, "sns.amazonaws.com", sourceArn: topic);
            EmitSubscription(context, "lambda", context.FunctionArn);
            return;
        }

        JToken queueArn, queueUrl;
        string policyId = context.LogicalId + "QueuePolicy";
        JToken? batchSize = null;
        if (subscription!.Type == JTokenType.Boolean)
        {
            var queueId = context.LogicalId + "Queue";
            var queueProperties = new JObject();
            if (IsFifoTopic(context, topic)) queueProperties["FifoQueue"] = true;
            context.Emit(queueId, CfnResource.Create("AWS::SQS::Queue", queueProperties));
            queueArn = Intrinsics.GetAtt(queueId, "Arn");
            queueUrl = Intrinsics.Ref(queueId);
        }
        else
        {
            if (subscription is not JObject existing)
                throw context.Invalid("Property 'SqsSubscription' should be a map.", subscription);
            if (!PythonValues.IsTruthy(existing["QueueArn"]) || !PythonValues.IsTruthy(existing["QueueUrl"]))
                throw context.Invalid("No QueueARN or QueueURL provided.", existing);
            queueArn = existing["QueueArn"]!;
            queueUrl = existing["QueueUrl"]!;
            if (PythonValues.IsTruthy(existing["QueuePolicyLogicalId"]))
            {
                policyId = PythonValues.Str(existing["QueuePolicyLogicalId"]);
                if (!SamResource.IsAlphanumericId(policyId))
                    throw new SamException(DiagnosticCatalog.LogicalIdNotAlphanumeric, existing["QueuePolicyLogicalId"]) { ResourceIdOverride = policyId };
            }
            batchSize = existing["BatchSize"];
        }

        context.Emit(policyId, CfnResource.Create("AWS::SQS::QueuePolicy", new JObject
        {
            ["PolicyDocument"] = new JObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JArray(new JObject
                {
                    ["Action"] = "sqs:SendMessage",
                    ["Effect"] = "Allow",
                    ["Principal"] = "*",
                    ["Resource"] = queueArn.DeepClone(),
                    ["Condition"] = new JObject { ["ArnEquals"] = new JObject { ["aws:SourceArn"] = topic.DeepClone() } },
                }),
            },
            ["Queues"] = new JArray(queueUrl.DeepClone()),
        }));
        EmitSubscription(context, "sqs", queueArn);

        // The queue feeds the function through an ordinary SQS event source mapping (batch of 10 unless given), always
        // enabled: AWS's transform writes Enabled: true whatever the subscription's Enabled says.
        var mapping = new JObject
        {
            ["Queue"] = queueArn.DeepClone(),
            ["BatchSize"] = PythonValues.IsTruthy(batchSize) ? batchSize!.DeepClone() : 10,
            ["Enabled"] = true,
        };
        queueSource.Expand(context.Derive(context.LogicalId + "EventSourceMapping", mapping));
    }

    private static void EmitSubscription(FunctionEventContext context, string protocol, JToken endpoint)
    {
        var properties = new JObject
        {
            ["Protocol"] = protocol,
            ["Endpoint"] = endpoint.DeepClone(),
            ["TopicArn"] = context.Get("Topic")!.DeepClone(),
        };
        EventSpecs.Sns.CopyPassThrough(context.Properties, properties);
        context.Emit(context.LogicalId, CfnResource.Create("AWS::SNS::Subscription", properties));
    }

    /// <summary>A FIFO topic (a topic of this template with <c>FifoTopic: true</c>) only delivers to FIFO queues.</summary>
    private static bool IsFifoTopic(FunctionEventContext context, JToken topic)
    {
        if (Intrinsics.ReferencedLogicalId(topic) is not { } id || context.Transform.FindResource(id) is not { } resource) return false;
        if (resource.Type != "AWS::SNS::Topic") return false;
        return (resource.Definition["Properties"] as JObject)?["FifoTopic"] switch
        {
            JValue { Type: JTokenType.Boolean } b => (bool)b,
            JValue { Type: JTokenType.String } s => string.Equals((string)s!, "true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
