using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources;

namespace SamTransform.Events.Rules;

/// <summary>
/// <c>DeadLetterConfig</c> of an EventBridge rule or schedule target: either an <c>Arn</c>, or <c>Type: SQS</c> for a
/// queue SAM creates (named by <c>QueueLogicalId</c> or after the rule). Shared by function and state machine events.
/// </summary>
public static class RuleDeadLetterQueues
{
    /// <summary>Checks the configuration's shape; <paramref name="invalid"/> builds the error for the event.</summary>
    public static void Validate(JToken config, Func<string, JToken?, SamException> invalid)
    {
        var hasArn = config["Arn"] is not null;
        var hasType = config["Type"] is not null;
        if (hasArn && hasType) throw invalid("You can either define 'Arn' or 'Type' property of DeadLetterConfig.", config);
        if (hasType && (config["Type"] is not JValue { Type: JTokenType.String } type || (string)type! != "SQS"))
            throw invalid("The only valid value for 'Type' property of DeadLetterConfig is 'SQS'.", config["Type"]);
        if (!hasArn && !hasType) throw invalid("No 'Arn' or 'Type' property provided for DeadLetterConfig.", config);
    }

    /// <summary>
    /// The queue's ARN: the configured one, or that of a new queue (<paramref name="emit"/> adds it). When
    /// <paramref name="ruleArn"/> is given the queue also gets a policy letting EventBridge deliver from that rule.
    /// </summary>
    public static JToken QueueArn(JToken config, string ruleLogicalId, JToken? ruleArn, Action<string, JObject> emit, Func<string, JToken?, SamException> invalid)
    {
        if (config["Arn"] is { } arn) return arn.DeepClone();
        var queueIdToken = config["QueueLogicalId"];
        if (queueIdToken is not null && queueIdToken.Type != JTokenType.String)
            throw invalid("QueueLogicalId must be a string", queueIdToken);
        var queueId = queueIdToken is null ? ruleLogicalId + "Queue" : (string)queueIdToken!;
        emit(queueId, CfnResource.Create("AWS::SQS::Queue", new JObject()));
        var queueArn = Intrinsics.GetAtt(queueId, "Arn");
        if (ruleArn is not null)
        {
            emit(ruleLogicalId + "QueuePolicy", CfnResource.Create("AWS::SQS::QueuePolicy", new JObject
            {
                ["PolicyDocument"] = new JObject
                {
                    ["Version"] = "2012-10-17",
                    ["Statement"] = new JArray(new JObject
                    {
                        ["Action"] = "sqs:SendMessage",
                        ["Effect"] = "Allow",
                        ["Principal"] = new JObject { ["Service"] = "events.amazonaws.com" },
                        ["Resource"] = queueArn.DeepClone(),
                        ["Condition"] = new JObject { ["ArnEquals"] = new JObject { ["aws:SourceArn"] = ruleArn.DeepClone() } },
                    }),
                },
                ["Queues"] = new JArray(Intrinsics.Ref(queueId)),
            }));
        }
        return queueArn;
    }

    /// <summary>An EventBridge target id: <c>LOGICALIDSUFFIX</c>, the logical id cut so the whole fits EventBridge's 64 characters.</summary>
    public static string TargetId(string logicalId, string suffix)
    {
        const int MaxLength = 64;
        if (logicalId.Length + suffix.Length <= MaxLength) return logicalId + suffix;
        return logicalId[..(MaxLength - suffix.Length)] + suffix;
    }
}
