using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources;

/// <summary>A function's <c>DeadLetterQueue</c> (<c>Type: SQS|SNS</c>, <c>TargetArn</c>).</summary>
public static class DeadLetterQueues
{
    public static JObject TargetConfig(SamResource fn, JToken dlq)
    {
        // An intrinsic function is a map without Type and TargetArn; empty values count as missing.
        if (dlq is not JObject map || !Scalars.IsTruthy(map["Type"]) || !Scalars.IsTruthy(map["TargetArn"]))
            throw fn.Invalid("'DeadLetterQueue' requires Type and TargetArn properties to be specified.", dlq);
        var type = map["Type"];
        if (type is not null && type.Type != JTokenType.String)
            throw fn.Invalid("Property 'DeadLetterQueue.Type' should be a string.", type);
        if (type?.Type != JTokenType.String || (string)type! is not ("SQS" or "SNS"))
            throw fn.Invalid("'DeadLetterQueue' requires Type of ['SQS', 'SNS']", type);
        return new JObject { ["TargetArn"] = map["TargetArn"] };
    }

    /// <summary>The inline role policy that lets the function send to the queue or topic.</summary>
    public static JObject RolePolicy(JToken dlq)
    {
        var isSqs = (string?)dlq["Type"] == "SQS";
        return new JObject
        {
            ["PolicyName"] = "DeadLetterQueuePolicy",
            ["PolicyDocument"] = new JObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JArray(new JObject
                {
                    ["Action"] = isSqs ? "sqs:SendMessage" : "sns:Publish",
                    ["Resource"] = dlq["TargetArn"],
                    ["Effect"] = "Allow",
                }),
            },
        };
    }
}
