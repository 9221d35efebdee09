using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Events.Pull;

/// <summary><c>SelfManagedKafka</c>: a mapping from a Kafka cluster given by its bootstrap servers.</summary>
public sealed class SelfManagedKafkaEventSource : PullEventSource
{
    private static readonly string[] AuthMechanisms = ["SASL_SCRAM_256_AUTH", "SASL_SCRAM_512_AUTH", "BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH"];

    public override string Type => "SelfManagedKafka";
    protected override TypeSpec Spec => EventSpecs.SelfManagedKafka;
    protected override string KafkaConfigProperty => "SelfManagedKafkaEventSourceConfig";
    protected override JToken? EventSourceArn(FunctionEventContext context) => null;

    /// <summary>SAM checks the servers, topics and access configurations before the schema registry.</summary>
    protected override void AddMappingProperties(FunctionEventContext context, JObject mapping)
    {
        ReadAccess(context);
        KafkaSchemaRegistry.Apply(context, () => KafkaConfig(mapping, KafkaConfigProperty));
    }

    protected override IEnumerable<JObject> RolePolicies(FunctionEventContext context)
    {
        var (authUri, rootCaUri, hasSubnet) = ReadAccess(context);
        var statements = new List<JObject>();
        if (PythonValues.IsTruthy(authUri)) statements.Add(RolePolicy.SecretReadStatement(authUri));
        // The reference grants the authentication secret again (not the CA secret) when a root CA is configured.
        if (PythonValues.IsTruthy(rootCaUri)) statements.Add(RolePolicy.SecretReadStatement(authUri));
        if (hasSubnet) statements.Add(RolePolicy.VpcAccessStatement());
        if (SourceAccessConfigurations.KmsKeyId(context) is { } key) statements.Add(RolePolicy.KmsDecryptStatement(new JArray("kms:Decrypt"), key));
        statements.AddRange(KafkaSchemaRegistry.RoleStatements(context));
        return
        [
            new JObject
            {
                ["PolicyDocument"] = new JObject { ["Statement"] = new JArray(statements), ["Version"] = "2012-10-17" },
                ["PolicyName"] = "SelfManagedKafkaExecutionRolePolicy",
            },
        ];
    }

    /// <summary>SAM's checks of the servers, topics and access configurations: the auth and root CA secrets, and whether there is a VPC.</summary>
    private static (JToken? AuthUri, JToken? RootCaUri, bool HasSubnet) ReadAccess(FunctionEventContext context)
    {
        if (!PythonValues.IsTruthy(context.Get("KafkaBootstrapServers")))
            throw context.Invalid("No KafkaBootstrapServers provided for self managed kafka as an event source");
        var topics = context.Get("Topics");
        if (!PythonValues.IsTruthy(topics))
            throw context.Invalid("No Topics provided for self managed kafka as an event source");
        if (PythonLength(topics!) != 1)
            throw context.Invalid("Topics for self managed kafka only supports single configuration entry.", topics);
        var configurations = context.Get("SourceAccessConfigurations");
        if (!PythonValues.IsTruthy(configurations))
            throw context.Invalid("No SourceAccessConfigurations for self managed kafka event provided.");
        if (configurations is not JArray list)
            throw context.Invalid("SourceAccessConfigurations for self managed kafka event should be a list.", configurations);

        JToken? authUri = null, rootCaUri = null;
        bool hasSubnet = false, hasSecurityGroup = false;
        foreach (var item in list)
        {
            if (item is not JObject entry)
                throw new SamException("Property 'SourceAccessConfigurations' should be a map.", item) { ResourceIdOverride = context.EventId };
            var type = entry["Type"] is JValue { Type: JTokenType.String } t ? (string)t! : null;
            switch (type)
            {
                case "VPC_SUBNET":
                    RequireUri(context, entry, "VPC_SUBNET");
                    hasSubnet = true;
                    break;
                case "VPC_SECURITY_GROUP":
                    RequireUri(context, entry, "VPC_SECURITY_GROUP");
                    hasSecurityGroup = true;
                    break;
                case "SERVER_ROOT_CA_CERTIFICATE":
                    RequireUri(context, entry, "SERVER_ROOT_CA_CERTIFICATE");
                    rootCaUri = entry["URI"];
                    break;
                case not null when AuthMechanisms.Contains(type):
                    if (PythonValues.IsTruthy(authUri))
                        throw context.Invalid("Multiple auth mechanism properties specified in SourceAccessConfigurations for self managed kafka event.", entry);
                    RequireUri(context, entry, "auth mechanism");
                    authUri = entry["URI"];
                    break;
                default:
                    throw context.Invalid("Invalid SourceAccessConfigurations Type provided for self managed kafka event.", entry);
            }
        }
        if (hasSubnet != hasSecurityGroup)
            throw context.Invalid("VPC_SUBNET and VPC_SECURITY_GROUP in SourceAccessConfigurations for SelfManagedKafka must be both provided.", list);
        return (authUri, rootCaUri, hasSubnet);
    }

    private static void RequireUri(FunctionEventContext context, JObject entry, string what)
    {
        var uri = entry["URI"];
        if (!PythonValues.IsTruthy(uri))
            throw context.Invalid($"No {what} URI property specified in SourceAccessConfigurations for self managed kafka event.", entry);
        if (uri!.Type != JTokenType.String && !Intrinsics.IsIntrinsic(uri))
            throw context.Invalid($"Wrong Type for {what} URI property specified in SourceAccessConfigurations for self managed kafka event.", uri);
    }

    /// <summary>Python's <c>len()</c> of a list, map or string.</summary>
    private static int PythonLength(JToken value) => value switch
    {
        JArray a => a.Count,
        JObject o => o.Count,
        JValue { Type: JTokenType.String } s => ((string)s!).Length,
        _ => 1,
    };
}
