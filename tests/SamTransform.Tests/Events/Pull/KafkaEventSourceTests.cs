using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Pull;

/// <summary>MSK and self-managed Kafka: consumer groups, schema registries and access configurations.</summary>
public class KafkaEventSourceTests
{
    private const string Secret = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:login";

    private static string SelfManaged(string properties) => Template($$"""
        Cluster:
          Type: SelfManagedKafka
          Properties:
            {{properties.Replace("\n", "\n    ", StringComparison.Ordinal)}}
        """);

    [Theory]
    [InlineData("Topics: [t]\nSourceAccessConfigurations: [{Type: BASIC_AUTH, URI: s}]", "No KafkaBootstrapServers provided for self managed kafka as an event source")]
    [InlineData("KafkaBootstrapServers: [b:9092]\nSourceAccessConfigurations: [{Type: BASIC_AUTH, URI: s}]", "No Topics provided for self managed kafka as an event source")]
    [InlineData("KafkaBootstrapServers: [b:9092]\nTopics: [a, b]\nSourceAccessConfigurations: [{Type: BASIC_AUTH, URI: s}]", "Topics for self managed kafka only supports single configuration entry.")]
    [InlineData("KafkaBootstrapServers: [b:9092]\nTopics: [t]", "No SourceAccessConfigurations for self managed kafka event provided.")]
    [InlineData("KafkaBootstrapServers: [b:9092]\nTopics: [t]\nSourceAccessConfigurations: [{Type: VPC_SUBNET, URI: subnet:s}]", "VPC_SUBNET and VPC_SECURITY_GROUP in SourceAccessConfigurations for SelfManagedKafka must be both provided.")]
    [InlineData("KafkaBootstrapServers: [b:9092]\nTopics: [t]\nSourceAccessConfigurations: [{Type: OAUTH, URI: s}]", "Invalid SourceAccessConfigurations Type provided for self managed kafka event.")]
    [InlineData("KafkaBootstrapServers: [b:9092]\nTopics: [t]\nSourceAccessConfigurations: [{Type: BASIC_AUTH, URI: [s]}]", "Wrong Type for auth mechanism URI property specified in SourceAccessConfigurations for self managed kafka event.")]
    public void Self_managed_kafka_checks_are_reported_under_the_event_id(string properties, string message)
    {
        var error = Error(SelfManaged(properties));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Cluster] is invalid. " + message, error.Message);
    }

    [Fact]
    public void Self_managed_kafka_role_policy_covers_secret_vpc_and_key()
    {
        var resources = Expand(SelfManaged($$"""
            KafkaBootstrapServers: [b:9092]
            Topics: [t]
            ConsumerGroupId: g
            SecretsManagerKmsKeyId: k
            SourceAccessConfigurations:
            - {Type: SASL_SCRAM_512_AUTH, URI: {{Secret}}}
            - {Type: VPC_SUBNET, URI: subnet:s}
            - {Type: VPC_SECURITY_GROUP, URI: security_group:g}
            """));
        var mapping = resources.Properties("FnCluster");
        Assert.Null(mapping["EventSourceArn"]);
        Assert.Equal("g", (string)mapping["SelfManagedKafkaEventSourceConfig"]!["ConsumerGroupId"]!);
        Assert.Equal(["b:9092"], mapping["SelfManagedEventSource"]!["Endpoints"]!["KafkaBootstrapServers"]!.Values<string>());
        var policy = resources.Properties("FnRole")["Policies"]![0]!;
        Assert.Equal("SelfManagedKafkaExecutionRolePolicy", (string)policy["PolicyName"]!);
        Assert.Equal("2012-10-17", (string)policy["PolicyDocument"]!["Version"]!);
        var actions = policy["PolicyDocument"]!["Statement"]!.Select(s => s["Action"]![0]!.Value<string>()).ToList();
        Assert.Equal(["secretsmanager:GetSecretValue", "ec2:CreateNetworkInterface", "kms:Decrypt"], actions);
    }

    [Fact]
    public void A_glue_schema_registry_lets_the_self_managed_kafka_role_read_the_registry_and_its_schemas()
    {
        var resources = Expand(SelfManaged($$"""
            KafkaBootstrapServers: [b:9092]
            Topics: [t]
            SourceAccessConfigurations: [{Type: BASIC_AUTH, URI: {{Secret}}}]
            SchemaRegistryConfig:
              SchemaRegistryURI: arn:aws:glue:eu-west-1:123456789012:registry/shop
              EventRecordFormat: JSON
              SchemaValidationConfigs: [{Attribute: KEY}]
            """));
        Assert.Equal("JSON", (string)resources.Properties("FnCluster")["SelfManagedKafkaEventSourceConfig"]!["SchemaRegistryConfig"]!["EventRecordFormat"]!);
        var statements = (JArray)resources.Properties("FnRole")["Policies"]![0]!["PolicyDocument"]!["Statement"]!;
        Assert.True(JToken.DeepEquals(JArray.Parse("""
            [{"Action": ["glue:GetRegistry"], "Effect": "Allow", "Resource": "arn:aws:glue:eu-west-1:123456789012:registry/shop"},
             {"Action": ["glue:GetSchemaVersion"], "Effect": "Allow", "Resource": [{"Fn::Sub": "arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:schema/shop/*"}]}]
            """), new JArray(statements.Skip(1))));
    }

    [Fact]
    public void An_msk_schema_registry_is_copied_but_its_permissions_are_left_to_the_template()
    {
        var resources = Expand(Template("""
            Cluster:
              Type: MSK
              Properties:
                Stream: arn:aws:kafka:eu-west-1:123456789012:cluster/c/1
                StartingPosition: LATEST
                Topics: [t]
                SchemaRegistryConfig:
                  SchemaRegistryURI: arn:aws:glue:eu-west-1:123456789012:registry/shop
                  EventRecordFormat: JSON
                  SchemaValidationConfigs: [{Attribute: KEY}]
            """));
        Assert.Equal("JSON", (string)resources.Properties("FnCluster")["AmazonManagedKafkaEventSourceConfig"]!["SchemaRegistryConfig"]!["EventRecordFormat"]!);
        Assert.Null(resources.Properties("FnRole")["Policies"]);
    }

    [Fact]
    public void A_schema_registry_needs_all_its_fields()
    {
        var error = Error(Template("""
            Cluster:
              Type: MSK
              Properties:
                Stream: arn:aws:kafka:eu-west-1:123456789012:cluster/c/1
                StartingPosition: LATEST
                Topics: [t]
                SchemaRegistryConfig:
                  SchemaRegistryURI: https://registry.example.com
                  SchemaValidationConfigs: [{Attribute: KEY}]
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Cluster] is invalid. Missing required field EventRecordFormat in SchemaRegistryConfig", error.Message);
    }

    [Fact]
    public void Msk_client_certificate_secret_is_readable_by_the_role()
    {
        var resources = Expand(Template($$"""
            Cluster:
              Type: MSK
              Properties:
                Stream: arn:aws:kafka:eu-west-1:123456789012:cluster/c/1
                StartingPosition: LATEST
                Topics: [t]
                SourceAccessConfigurations: [{Type: CLIENT_CERTIFICATE_TLS_AUTH, URI: {{Secret}}}]
            """));
        var policy = resources.Properties("FnRole")["Policies"]![0]!;
        Assert.Equal("MSKExecutionRolePolicy", (string)policy["PolicyName"]!);
        Assert.Equal(Secret, (string)policy["PolicyDocument"]!["Statement"]![0]!["Resource"]!);
    }

    [Fact]
    public void An_msk_access_configuration_typed_by_an_intrinsic_grants_no_certificate_secret()
    {
        var resources = Expand(Template("""
            Orders:
              Type: MSK
              Properties:
                Stream: arn:aws:kafka:eu-west-1:123456789012:cluster/orders/abc
                StartingPosition: LATEST
                Topics: [orders]
                SourceAccessConfigurations:
                  - Type: !Ref AccessType
                    URI: arn:aws:secretsmanager:eu-west-1:123456789012:secret:cert
            """));
        Assert.Null(resources.Properties("FnRole")["Policies"]);
    }
}
