using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Specification;

namespace SamTransform.Events.Push;

/// <summary>
/// <c>S3</c>: a permission for S3 and a notification merged into the bucket, which must be in the same template. The
/// bucket waits for the permission (<c>DependsOn</c>, or a conditional tag when the function has a condition).
/// </summary>
public sealed class S3EventSource : IEventSource
{

    public string Type => "S3";

    /// <summary>The bucket must be a resource of this template (SAM looks it up when it links the event).</summary>
    public void Link(FunctionEventContext context)
    {
        EventSpecs.S3.Validate(context);
        FindBucket(context);
    }

    public void Expand(FunctionEventContext context)
    {
        var (bucketId, bucket) = FindBucket(context);

        var permissionId = LambdaPermissions.Emit(context, "s3.amazonaws.com", sourceAccount: Intrinsics.Ref("AWS::AccountId"));
        if (context.Condition is { } condition) DependOnWithTag(bucketId, bucket, permissionId, condition);
        else DependOn(context, bucket, permissionId);
        AddNotifications(context, bucketId, bucket);
        context.ApplyPropagatedTags(bucket);
    }

    private static (string Id, JObject Bucket) FindBucket(FunctionEventContext context) =>
        TemplateResources.Referenced(context, context.Get("Bucket"), target => context.Invalid("'Ref' value in S3 events is not a valid string.", target))
        ?? throw context.Invalid("S3 events must reference an S3 bucket in the same template.", context.Get("Bucket"));

    private static void DependOn(FunctionEventContext context, JObject bucket, string permissionId)
    {
        var list = bucket["DependsOn"] switch
        {
            null => [],
            JValue { Type: JTokenType.String } single => new JArray(single.DeepClone()),
            JArray array when array.All(x => x.Type == JTokenType.String) => array,
            _ => throw context.InvalidAsResource("Invalid type for field 'DependsOn'. Expected a string or list of strings.", bucket["DependsOn"]),
        };
        if (!list.Any(x => (string)x! == permissionId)) list.Add(permissionId);
        bucket["DependsOn"] = list;
    }

    /// <summary>
    /// CloudFormation has no conditional DependsOn; a tag whose value references the permission under the function's
    /// condition creates the same ordering.
    /// </summary>
    private static void DependOnWithTag(string bucketId, JObject bucket, string permissionId, JToken condition)
    {
        var tags = TemplateResources.Child<JArray>(BucketProperties(bucketId, bucket), "Tags", bucketId, "Property 'Tags' should be a list.");
        tags.Add(new JObject
        {
            ["Key"] = "sam:ConditionalDependsOn:" + permissionId,
            ["Value"] = new JObject { ["Fn::If"] = new JArray(condition.DeepClone(), Intrinsics.Ref(permissionId), "no dependency") },
        });
    }

    private static void AddNotifications(FunctionEventContext context, string bucketId, JObject bucket)
    {
        var events = context.Get("Events")!;
        var mappings = new List<JToken>();
        foreach (var eventType in events is JArray list ? list.ToList() : [events])
        {
            var mapping = new JObject { ["Function"] = context.FunctionArn };
            if (context.Get("Filter") is { } filter) mapping["Filter"] = filter.DeepClone();
            mapping["Event"] = eventType.DeepClone();
            mappings.Add(context.Condition is { } condition
                ? new JObject { ["Fn::If"] = new JArray(condition.DeepClone(), mapping, Intrinsics.NoValue) }
                : mapping);
        }

        var notification = TemplateResources.Child<JObject>(BucketProperties(bucketId, bucket), "NotificationConfiguration", bucketId, "Property 'NotificationConfiguration' should be a map.");
        var configurations = TemplateResources.Child<JArray>(notification, "LambdaConfigurations", bucketId, "Invalid type for LambdaConfigurations. Must be a list.");
        foreach (var mapping in mappings)
            if (!configurations.Any(existing => JToken.DeepEquals(existing, mapping)))
                configurations.Add(mapping);
    }

    private static JObject BucketProperties(string bucketId, JObject bucket) =>
        TemplateResources.Child<JObject>(bucket, "Properties", bucketId, "Properties should be a map.");
}
