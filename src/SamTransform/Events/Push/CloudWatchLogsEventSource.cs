using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Push;

/// <summary><c>CloudWatchLogs</c>: a subscription filter on a log group, created after the permission it needs.</summary>
public sealed class CloudWatchLogsEventSource : IEventSource
{

    public string Type => "CloudWatchLogs";

    public void Link(FunctionEventContext context) => EventSpecs.CloudWatchLogs.Validate(context);

    public void Expand(FunctionEventContext context)
    {
        var logGroup = context.Get("LogGroupName")!;
        var sourceArn = Intrinsics.Sub(
            $"arn:{context.Transform.Arns.Partition}:logs:${{AWS::Region}}:${{AWS::AccountId}}:log-group:${{__LogGroupName__}}:*",
            new JObject { ["__LogGroupName__"] = logGroup.DeepClone() });
        var permissionId = LambdaPermissions.Emit(context, "logs.amazonaws.com", sourceArn: sourceArn);

        var filter = CfnResource.Create("AWS::Logs::SubscriptionFilter", new JObject
        {
            ["DestinationArn"] = context.FunctionArn,
            ["FilterPattern"] = context.Get("FilterPattern")!.DeepClone(),
            ["LogGroupName"] = logGroup.DeepClone(),
        });
        filter["DependsOn"] = new JArray(permissionId);
        context.Emit(context.LogicalId, filter);
    }
}
