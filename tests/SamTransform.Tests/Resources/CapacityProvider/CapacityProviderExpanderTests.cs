using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;
using static SamTransform.Tests.Resources.FunctionExpanderTests;

namespace SamTransform.Tests.Resources.CapacityProvider;

/// <summary>Capacity providers: the CloudFormation resource, the operator role, Globals and the checks.</summary>
public class CapacityProviderExpanderTests
{
    private static string Template(string properties, string globals = "") =>
        "Transform: AWS::Serverless-2016-10-31\n" + globals +
        "Resources:\n  Fleet:\n    Type: AWS::Serverless::CapacityProvider\n    Properties:\n" +
        string.Concat(properties.TrimEnd('\n').Split('\n').Select(l => "      " + l + "\n"));

    private static JObject Resources(string template, string partition = "aws")
    {
        var result = Transform(template, new TransformOptions { Partition = partition, Region = "eu-west-1" });
        Assert.True(result.Output is not null, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    private static string ErrorMessage(string template) => Assert.Single(Transform(template).Errors).Message;

    [Fact]
    public void A_minimal_provider_gets_an_operator_role_with_the_managed_policy_of_the_partition()
    {
        var resources = Resources(Template("VpcConfig: {SubnetIds: [subnet-1]}"), partition: "aws-us-gov");
        var provider = resources["Fleet"]!;
        Assert.Equal("AWS::Lambda::CapacityProvider", (string)provider["Type"]!);
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"VpcConfig": {"SubnetIds": ["subnet-1"]},
             "PermissionsConfig": {"CapacityProviderOperatorRoleArn": {"Fn::GetAtt": ["FleetOperatorRole", "Arn"]}},
             "Tags": [{"Key": "lambda:createdBy", "Value": "SAM"}]}
            """), provider["Properties"]));
        var role = resources["FleetOperatorRole"]!["Properties"]!;
        Assert.Equal("arn:aws-us-gov:iam::aws:policy/AWSLambdaManagedEC2ResourceOperator", (string)role["ManagedPolicyArns"]![0]!);
        Assert.Equal("lambda.amazonaws.com", (string)role["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]![0]!);
    }

    [Fact]
    public void Sam_names_become_cloudformation_names_and_a_cpu_target_a_scaling_policy()
    {
        var resources = Resources(Template("""
            VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}
            OperatorRole: arn:aws:iam::1:role/operator
            InstanceRequirements: {Architectures: [arm64], AllowedTypes: [c7g.large]}
            ScalingConfig: {MaxVCpuCount: 16, AverageCPUUtilization: 55.5}
            Tags: {team: infra}
            """));
        var properties = resources["Fleet"]!["Properties"]!;
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Architectures": ["arm64"], "AllowedInstanceTypes": ["c7g.large"]}"""), properties["InstanceRequirements"]));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"MaxVCpuCount": 16, "ScalingMode": "Manual",
             "ScalingPolicies": [{"PredefinedMetricType": "LambdaCapacityProviderAverageCPUUtilization", "TargetValue": 55.5}]}
            """), properties["CapacityProviderScalingConfig"]));
        Assert.Equal("arn:aws:iam::1:role/operator", (string)properties["PermissionsConfig"]!["CapacityProviderOperatorRoleArn"]!);
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"Key": "team", "Value": "infra"}, {"Key": "lambda:createdBy", "Value": "SAM"}]"""), properties["Tags"]));
        Assert.Null(resources["FleetOperatorRole"]);
    }

    [Fact]
    public void Without_a_cpu_target_lambda_scales_automatically()
    {
        var resources = Resources(Template("VpcConfig: {SubnetIds: [subnet-1]}\nScalingConfig: {MaxVCpuCount: 4}"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"MaxVCpuCount": 4, "ScalingMode": "Auto"}"""), resources["Fleet"]!["Properties"]!["CapacityProviderScalingConfig"]));
    }

    /// <summary>SAM's tag first, then the provider's in their order, when they propagate (AWS's translator's answers).</summary>
    [Theory]
    [InlineData(true, "{team: infra}", """[{"Key": "lambda:createdBy", "Value": "SAM"}, {"Key": "team", "Value": "infra"}]""")]
    [InlineData(true, "{zeta: '1', alpha: '2', mid: '3'}", """[{"Key": "lambda:createdBy", "Value": "SAM"}, {"Key": "zeta", "Value": "1"}, {"Key": "alpha", "Value": "2"}, {"Key": "mid", "Value": "3"}]""")]
    [InlineData(false, "{team: infra}", """[{"Key": "lambda:createdBy", "Value": "SAM"}]""")]
    public void The_operator_role_carries_the_tags_only_when_they_propagate(bool propagate, string tags, string roleTags)
    {
        var resources = Resources(Template($"VpcConfig: {{SubnetIds: [subnet-1]}}\nTags: {tags}\nPropagateTags: {propagate.ToString().ToLowerInvariant()}"));
        Assert.True(JToken.DeepEquals(JArray.Parse(roleTags), resources["FleetOperatorRole"]!["Properties"]!["Tags"]));
    }

    [Fact]
    public void Globals_supply_shared_settings()
    {
        var resources = Resources(Template("ScalingConfig: {MaxVCpuCount: 4}", globals: """
            Globals:
              CapacityProvider:
                VpcConfig: {SubnetIds: [subnet-g]}
                KmsKeyArn: arn:aws:kms:eu-west-1:1:key/k

            """));
        var properties = resources["Fleet"]!["Properties"]!;
        Assert.Equal("subnet-g", (string)properties["VpcConfig"]!["SubnetIds"]![0]!);
        Assert.Equal("arn:aws:kms:eu-west-1:1:key/k", (string)properties["KmsKeyArn"]!);
    }

    [Theory]
    [InlineData("CapacityProviderName: x", "Missing required property 'VpcConfig'.")]
    [InlineData("VpcConfig: {SubnetIds: [s]}\nTags: team", "Property 'Tags' should be a map.")]
    [InlineData("VpcConfig: {SecurityGroupIds: [g]}", "Property 'VpcConfig.SubnetIds' is required.")]
    [InlineData("VpcConfig: {SubnetIds: s, SecurityGroupIds: g}", "Property 'VpcConfig.SecurityGroupIds' value must be dictionary or list. Property 'VpcConfig.SubnetIds' value must be dictionary or list.")]
    [InlineData("VpcConfig: {SubnetIds: [s], Vpc: v}\nScalingConfig: {AverageCPUUtilization: high}", "Property 'VpcConfig.Vpc' is an invalid property. Property 'ScalingConfig.AverageCPUUtilization' value must be dictionary or number.")]
    [InlineData("VpcConfig: {SubnetIds: [s]}\nInstanceRequirements: {AllowedTypes: [a], ExcludedTypes: [b]}", "Cannot specify 'InstanceRequirements.AllowedTypes' and 'InstanceRequirements.ExcludedTypes' together.")]
    [InlineData("VpcConfig: {SubnetIds: [s]}\nName: x", "property Name not defined for resource of type AWS::Serverless::CapacityProvider")]
    public void Problems_are_reported_with_the_reference_messages(string properties, string message)
    {
        Assert.Equal("Resource with id [Fleet] is invalid. " + message, ErrorMessage(Template(properties)));
    }

    [Fact]
    public void Lenient_conversions_and_intrinsic_functions_are_accepted()
    {
        var resources = Resources(Template("VpcConfig: {SubnetIds: !Ref Subnets}\nScalingConfig: {MaxVCpuCount: '8', AverageCPUUtilization: !Ref Target}\nPropagateTags: false"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Ref": "Subnets"}"""), resources["Fleet"]!["Properties"]!["VpcConfig"]!["SubnetIds"]));
    }
}
