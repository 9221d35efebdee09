using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Push;

/// <summary><c>IoTRule</c>: an <c>AWS::IoT::TopicRule</c> whose action invokes the function, and the permission for it.</summary>
public sealed class IoTRuleEventSource : IEventSource
{

    public string Type => "IoTRule";

    public void Link(FunctionEventContext context) => EventSpecs.IoTRule.Validate(context);

    public void Expand(FunctionEventContext context)
    {
        var sourceArn = Intrinsics.Sub(
            $"arn:{context.Transform.Arns.Partition}:iot:${{AWS::Region}}:${{AWS::AccountId}}:rule/${{RuleName}}",
            new JObject { ["RuleName"] = Intrinsics.Ref(context.LogicalId) });
        LambdaPermissions.Emit(context, "iot.amazonaws.com", sourceArn: sourceArn, sourceAccount: Intrinsics.Sub("${AWS::AccountId}"));

        var payload = new JObject
        {
            ["Sql"] = context.Get("Sql")!.DeepClone(),
            ["RuleDisabled"] = false,
            ["Actions"] = new JArray(new JObject { ["Lambda"] = new JObject { ["FunctionArn"] = context.FunctionArn } }),
        };
        if (PythonValues.IsTruthy(context.Get("AwsIotSqlVersion"))) payload["AwsIotSqlVersion"] = context.Get("AwsIotSqlVersion")!.DeepClone();
        context.Emit(context.LogicalId, CfnResource.Create("AWS::IoT::TopicRule", new JObject { ["TopicRulePayload"] = payload }));
    }
}
