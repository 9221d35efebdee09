using Newtonsoft.Json.Linq;
using SamTransform.Specification;

namespace SamTransform.Events.Pull;

/// <summary><c>MSK</c>: a mapping from an Amazon MSK cluster.</summary>
public sealed class MskEventSource : PullEventSource
{
    public override string Type => "MSK";
    protected override TypeSpec Spec => EventSpecs.Msk;
    protected override string ManagedPolicyName => "AWSLambdaMSKExecutionRole";
    protected override string KafkaConfigProperty => "AmazonManagedKafkaEventSourceConfig";
    protected override JToken? EventSourceArn(FunctionEventContext context) => context.Get("Stream");

    protected override void AddMappingProperties(FunctionEventContext context, JObject mapping) =>
        KafkaSchemaRegistry.Apply(context, () => KafkaConfig(mapping, KafkaConfigProperty));

    /// <summary>
    /// The client certificate's secret. (A schema registry's permissions are the template's to grant for MSK, as the
    /// SAM documentation says; only self-managed Kafka gets them generated.)
    /// </summary>
    protected override IEnumerable<JObject> RolePolicies(FunctionEventContext context)
    {
        var statements = new List<JObject>();
        // Lambda takes one client certificate: the first entry with a URI is the secret the role must read.
        if (context.Get("SourceAccessConfigurations") is JArray configurations
            && configurations.OfType<JObject>().FirstOrDefault(c => c["Type"] is JValue { Type: JTokenType.String } type && (string)type! == "CLIENT_CERTIFICATE_TLS_AUTH" && PythonValues.IsTruthy(c["URI"])) is { } certificate)
            statements.Add(RolePolicy.SecretReadStatement(certificate["URI"]));
        return statements.Count == 0 ? [] : [RolePolicy.Create("MSKExecutionRolePolicy", [.. statements])];
    }
}
