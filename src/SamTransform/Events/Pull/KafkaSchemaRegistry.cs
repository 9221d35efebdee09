using Newtonsoft.Json.Linq;

namespace SamTransform.Events.Pull;

/// <summary>
/// <c>SchemaRegistryConfig</c> of a Kafka event (MSK, self-managed): copied into the mapping's Kafka configuration;
/// the role may read the registry's credentials and, for an AWS Glue registry, the registry and its schemas.
/// </summary>
internal static class KafkaSchemaRegistry
{
    private static readonly string[] RequiredFields = ["SchemaRegistryURI", "EventRecordFormat", "SchemaValidationConfigs"];

    /// <summary>Checks the configuration and copies it into the mapping's Kafka configuration.</summary>
    public static void Apply(FunctionEventContext context, Func<JObject> kafkaConfig)
    {
        if (context.Get("SchemaRegistryConfig") is not JObject { Count: > 0 } config) return;
        foreach (var field in RequiredFields)
            if (!PythonValues.IsTruthy(config[field]))
                throw context.Invalid($"Missing required field {field} in SchemaRegistryConfig", config);
        kafkaConfig()["SchemaRegistryConfig"] = config.DeepClone();
    }

    /// <summary>The role statements the registry needs (none without a registry).</summary>
    public static List<JObject> RoleStatements(FunctionEventContext context)
    {
        var statements = new List<JObject>();
        if (context.Get("SchemaRegistryConfig") is not JObject config || !PythonValues.IsTruthy(config["SchemaRegistryURI"])) return statements;
        if (config["AccessConfigs"] is JArray accessConfigs)
            foreach (var access in accessConfigs.OfType<JObject>())
                if (PythonValues.IsTruthy(access["URI"]))
                    statements.Add(RolePolicy.SecretReadStatement(access["URI"]));

        var uri = config["SchemaRegistryURI"]!;
        if (GlueRegistryName(uri) is { } registry)
        {
            statements.Add(RolePolicy.Statement(new JArray("glue:GetRegistry"), uri));
            statements.Add(RolePolicy.Statement(new JArray("glue:GetSchemaVersion"),
                new JArray(new JObject { ["Fn::Sub"] = $"arn:${{AWS::Partition}}:glue:${{AWS::Region}}:${{AWS::AccountId}}:schema/{registry}/*" })));
        }
        return statements;
    }

    /// <summary>The registry name of a Glue registry ARN (plain or in a <c>Fn::Sub</c>); null for other registries.</summary>
    private static string? GlueRegistryName(JToken uri)
    {
        var text = uri switch
        {
            JValue { Type: JTokenType.String } s => (string)s!,
            JObject { Count: 1 } o when o["Fn::Sub"] is JValue { Type: JTokenType.String } sub => (string)sub!,
            _ => null,
        };
        if (text is null || !text.StartsWith("arn:", StringComparison.Ordinal) || !text.Contains(":glue:", StringComparison.Ordinal)) return null;
        var at = text.IndexOf(":registry/", StringComparison.Ordinal);
        return at < 0 ? null : text[(at + ":registry/".Length)..];
    }
}
