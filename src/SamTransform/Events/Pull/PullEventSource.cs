using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Pull;

/// <summary>
/// A poll-based event source (Kinesis, DynamoDB, SQS, MSK, MQ, self-managed Kafka, DocumentDB): one
/// <c>AWS::Lambda::EventSourceMapping</c> plus what the function's generated role needs to read the source.
/// Subclasses say where the events come from, which policies the role gets and which extra properties the mapping has.
/// </summary>
public abstract class PullEventSource : IEventSource
{
    private static readonly string[] DestinationTypes = ["SQS", "SNS", "S3", "Kafka"];

    public abstract string Type { get; }

    /// <summary>The type's properties (<see cref="EventSpecs"/>).</summary>
    protected abstract TypeSpec Spec { get; }

    /// <summary>The AWS managed policy (under <c>service-role/</c>) the role needs, if any.</summary>
    protected virtual string? ManagedPolicyName => null;

    /// <summary>The mapping property that carries <c>ConsumerGroupId</c>; null when the type has none.</summary>
    protected virtual string? KafkaConfigProperty => null;

    protected abstract JToken? EventSourceArn(FunctionEventContext context);

    /// <summary>Inline policies the role needs. Also where a type validates its access configuration, role or not.</summary>
    protected virtual IEnumerable<JObject> RolePolicies(FunctionEventContext context) => [];

    /// <summary>Adds the type's own properties to the mapping.</summary>
    protected virtual void AddMappingProperties(FunctionEventContext context, JObject mapping) { }

    public void Link(FunctionEventContext context) => Spec.Validate(context);

    public void Expand(FunctionEventContext context)
    {
        var mapping = new JObject { ["FunctionName"] = context.FunctionRef };
        mapping.SetIf("EventSourceArn", EventSourceArn(context)?.DeepClone());
        Spec.CopyPassThrough(context.Properties, mapping);
        ValidateFilterCriteria(context);

        if (context.Get("KafkaBootstrapServers") is { } servers && PythonValues.IsTruthy(servers))
            mapping["SelfManagedEventSource"] = new JObject { ["Endpoints"] = new JObject { ["KafkaBootstrapServers"] = servers.DeepClone() } };
        if (context.Get("ConsumerGroupId") is { } group && PythonValues.IsTruthy(group))
        {
            if (KafkaConfigProperty is not { } configName)
                throw context.InvalidByLogicalId($"Property ConsumerGroupId not defined for resource of type {Type}.", group);
            KafkaConfig(mapping, configName)["ConsumerGroupId"] = group.DeepClone();
        }

        var destinationPolicy = ApplyDestinationConfig(context, mapping);
        AddMappingProperties(context, mapping);
        context.Emit(context.LogicalId, CfnResource.Create("AWS::Lambda::EventSourceMapping", mapping));

        if (ManagedPolicyName is { } managed) context.AddRoleServicePolicy(managed);
        foreach (var policy in RolePolicies(context)) context.AddRoleInlinePolicyOnce(policy);
        if (destinationPolicy is not null) context.AddRoleInlinePolicyOnce(destinationPolicy);
    }

    /// <summary>The Kafka configuration object of the mapping (<c>AmazonManagedKafkaEventSourceConfig</c>, ...), created on first use.</summary>
    protected static JObject KafkaConfig(JObject mapping, string configName)
    {
        if (mapping[configName] is JObject config) return config;
        config = [];
        mapping[configName] = config;
        return config;
    }

    private static void ValidateFilterCriteria(FunctionEventContext context)
    {
        var criteria = context.Get("FilterCriteria");
        if (!PythonValues.IsTruthy(criteria) || Intrinsics.IsIntrinsic(criteria)) return;
        var keys = ((JObject)criteria!).Properties().Select(p => p.Name).ToList();
        if (keys is not ([] or ["Filters"])) throw context.Invalid("FilterCriteria field has a wrong format", criteria);
    }

    /// <summary>
    /// <c>DestinationConfig.OnFailure.Type</c> is SAM's own: it picks the policy the role gets and is removed from the
    /// mapping.
    /// </summary>
    private static JObject? ApplyDestinationConfig(FunctionEventContext context, JObject mapping)
    {
        if (!PythonValues.IsTruthy(context.Get("DestinationConfig"))) return null;
        var config = context.Get("DestinationConfig")!.DeepClone();
        mapping["DestinationConfig"] = config;
        if (config["OnFailure"] is not JObject onFailure)
            throw context.InvalidByLogicalId("Property 'DestinationConfig.OnFailure' should be a map.", context.Get("DestinationConfig"));
        var type = onFailure["Type"];
        if (!PythonValues.IsTruthy(type)) return null;
        onFailure.Remove("Type");
        if (type!.Type != JTokenType.String || !DestinationTypes.Contains((string)type!))
            throw context.InvalidByLogicalId("The only valid values for 'Type' are 'SQS', 'SNS', 'S3', and 'Kafka'", context.Get("DestinationConfig")?["OnFailure"]?["Type"]);
        var destination = onFailure["Destination"]?.DeepClone();
        return (string)type! switch
        {
            "SQS" => RolePolicy.Single(context.LogicalId + "SQSPolicy", "sqs:SendMessage", destination),
            "SNS" => RolePolicy.Single(context.LogicalId + "SNSPolicy", "sns:publish", destination),
            "S3" => RolePolicy.Create(context.LogicalId + "S3Policy",
                RolePolicy.Statement("s3:PutObject", new JObject { ["Fn::Join"] = new JArray("/", new JArray((object?)destination?.DeepClone() ?? JValue.CreateNull(), "*")) }),
                RolePolicy.Statement("s3:ListBucket", destination)),
            _ => null,
        };
    }
}
