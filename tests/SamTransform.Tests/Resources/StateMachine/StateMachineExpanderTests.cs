using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;
using static SamTransform.Tests.Resources.StateMachine.StateMachineTemplates;

namespace SamTransform.Tests.Resources.StateMachine;

/// <summary>The state machine, its execution role, its version and alias, and the rules that decide between them.</summary>
public class StateMachineExpanderTests
{
    [Fact]
    public void A_state_machine_without_role_gets_one_step_functions_assumes_with_its_tags()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.asl.json?versionId=3
            Name: flow
            Type: EXPRESS
            Tags: {team: data}
            RolePath: /flows/
            """));
        var flow = resources.Properties("Flow");
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Bucket": "bucket", "Key": "flow.asl.json", "Version": "3"}"""), flow["DefinitionS3Location"]));
        Assert.Equal("flow", (string)flow["StateMachineName"]!);
        Assert.Equal("EXPRESS", (string)flow["StateMachineType"]!);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Fn::GetAtt": ["FlowRole", "Arn"]}"""), flow["RoleArn"]));
        var expectedTags = JArray.Parse("""[{"Key": "stateMachine:createdBy", "Value": "SAM"}, {"Key": "team", "Value": "data"}]""");
        Assert.True(JToken.DeepEquals(expectedTags, flow["Tags"]));

        var role = resources.Properties("FlowRole");
        Assert.Equal("states.amazonaws.com", (string)role["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]![0]!);
        Assert.True(JToken.DeepEquals(new JArray(), role["ManagedPolicyArns"]));
        Assert.Null(role["Policies"]);
        Assert.Equal("/flows/", (string)role["Path"]!);
        Assert.True(JToken.DeepEquals(expectedTags, role["Tags"]));
    }

    [Theory]
    [InlineData("aws", "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess")]
    [InlineData("aws-cn", "arn:aws-cn:iam::aws:policy/AWSXRayDaemonWriteAccess")]
    public void Enabled_tracing_adds_the_x_ray_policy_of_the_partition(string partition, string arn)
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            Tracing: {Enabled: true}
            Policies: [AmazonS3ReadOnlyAccess]
            """), new TransformOptions { Partition = partition, Region = "eu-west-1" });
        var managed = (JArray)resources.Properties("FlowRole")["ManagedPolicyArns"]!;
        Assert.Contains(managed, m => (string)m! == arn);
        Assert.Equal(2, managed.Count);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Enabled": true}"""), resources.Properties("Flow")["TracingConfiguration"]));
    }

    [Fact]
    public void Tracing_enabled_through_a_parameter_does_not_add_the_policy()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            Tracing: {Enabled: !Ref Trace}
            """));
        Assert.Empty((JArray)resources.Properties("FlowRole")["ManagedPolicyArns"]!);
    }

    [Fact]
    public void A_given_role_is_used_as_written_and_no_role_is_made()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            Role: !GetAtt Existing.Arn
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Fn::GetAtt": ["Existing", "Arn"]}"""), resources.Properties("Flow")["RoleArn"]));
        Assert.Null(resources["FlowRole"]);
    }

    [Fact]
    public void Auto_publish_alias_makes_a_retained_version_and_an_all_at_once_alias()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            AutoPublishAlias: prod
            """, attributes: "Condition: Enabled\n"));
        var version = resources["FlowVersion"]!;
        Assert.Equal("Retain", (string)version["DeletionPolicy"]!);
        Assert.Equal("Retain", (string)version["UpdateReplacePolicy"]!);
        Assert.Equal("Enabled", (string)version["Condition"]!);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Fn::GetAtt": ["Flow", "StateMachineRevisionId"]}"""), version["Properties"]!["StateMachineRevisionId"]));
        var alias = resources["FlowAliasprod"]!;
        Assert.Equal("AWS::StepFunctions::StateMachineAlias", (string)alias["Type"]!);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Type": "ALL_AT_ONCE", "StateMachineVersionArn": {"Ref": "FlowVersion"}}"""), alias["Properties"]!["DeploymentPreference"]));
    }

    [Fact]
    public void The_state_machine_deletion_policy_reaches_the_version()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            AutoPublishAlias: prod
            DeploymentPreference: {Type: CANARY, Percentage: 10, Interval: 5}
            """, attributes: "DeletionPolicy: Delete\nUpdateReplacePolicy: Delete\n"));
        Assert.Equal("Delete", (string)resources["FlowVersion"]!["DeletionPolicy"]!);
        Assert.Equal("Delete", (string)resources["FlowVersion"]!["UpdateReplacePolicy"]!);
        Assert.Equal("CANARY", (string)resources.Properties("FlowAliasprod")["DeploymentPreference"]!["Type"]!);
        Assert.Equal(10, (int)resources.Properties("FlowAliasprod")["DeploymentPreference"]!["Percentage"]!);
    }

    [Theory]
    [InlineData("Definition: {StartAt: A}\nDefinitionUri: s3://b/k", "Specify either 'Definition' or 'DefinitionUri' property and not both.")]
    [InlineData("Type: STANDARD", "Either 'Definition' or 'DefinitionUri' property must be specified.")]
    [InlineData("Definition: {}", "Either 'Definition' or 'DefinitionUri' property must be specified.")]
    [InlineData("DefinitionUri: {Bucket: b}", "'DefinitionUri' requires Bucket and Key properties to be specified.")]
    [InlineData("DefinitionUri: bucket/key", "'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.")]
    [InlineData("DefinitionUri: s3://b/k\nRole: r\nPolicies: [p]", "Specify either 'Role' or 'Policies' (but not both at the same time) or neither of them")]
    [InlineData("DefinitionUri: s3://b/k\nDeploymentPreference: {Type: ALL_AT_ONCE}", "'DeploymentPreference' requires 'AutoPublishAlias' property to be specified.")]
    [InlineData("DefinitionUri: s3://b/k\nUseAliasAsEventTarget: true", "'UseAliasAsEventTarget' requires 'AutoPublishAlias' property to be specified.")]
    [InlineData("Definition: [a]", "Property 'Definition' should be a map.")]
    [InlineData("DefinitionUri: s3://b/k\nPolicies: 5", "Type of property 'Policies' is invalid.")]
    [InlineData("DefinitionUri: s3://b/k\nPropagateTags: yes please", "Type of property 'PropagateTags' is invalid.")]
    public void Resource_errors_name_the_state_machine(string properties, string message)
    {
        Assert.Equal("Resource with id [Flow] is invalid. " + message, Error(FlowTemplate(properties)).Message);
    }

    [Fact]
    public void Intrinsic_functions_pass_the_property_type_checks()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            Role: !If [HasRole, !Ref RoleArn, !Ref AWS::NoValue]
            Logging: !If [Logs, {Level: ALL}, !Ref AWS::NoValue]
            """));
        Assert.NotNull(resources.Properties("Flow")["LoggingConfiguration"]!["Fn::If"]);
    }

    [Fact]
    public void Propagated_tags_replace_the_tags_of_everything_generated()
    {
        var resources = Expand(FlowTemplate("""
            DefinitionUri: s3://bucket/flow.json
            Tags: {team: data}
            PropagateTags: true
            Events:
              Tick:
                Type: Schedule
                Properties: {Schedule: rate(1 hour)}
            """));
        var ownTags = JArray.Parse("""[{"Key": "team", "Value": "data"}]""");
        Assert.True(JToken.DeepEquals(ownTags, resources.Properties("Flow")["Tags"]));
        Assert.True(JToken.DeepEquals(ownTags, resources.Properties("FlowRole")["Tags"]));
        Assert.True(JToken.DeepEquals(ownTags, resources.Properties("FlowTickRole")["Tags"]));
        Assert.Null(resources.Properties("FlowTick")["Tags"]);
    }

    [Fact]
    public void Connectors_find_the_generated_role()
    {
        var template = FlowTemplate("DefinitionUri: s3://bucket/flow.json") + """
              Table:
                Type: AWS::DynamoDB::Table
              Link:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Flow}
                  Destination: {Id: Table}
                  Permissions: [Read]
            """;
        var resources = Expand(template);
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"Ref": "FlowRole"}]"""), resources.Properties("LinkPolicy")["Roles"]));
    }

    [Fact]
    public void The_alias_is_named_after_the_value_as_written()
    {
        // AWS's translator: AutoPublishAlias 5 makes FlowAlias5 named 5.
        var resources = Expand(FlowTemplate("DefinitionUri: s3://b/k.json\nAutoPublishAlias: 5"));
        Assert.Equal(5, (int)resources.Properties("FlowAlias5")["Name"]!);
    }
}
