using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;

namespace SamTransform.Tests.Resources;

public class DeploymentPreferencesTests
{
    private static string Function(string id, string preference, string extra = "") => $"""
          {id}:
            Type: AWS::Serverless::Function
        {extra}    Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/{id}.zip
              AutoPublishAlias: live
              DeploymentPreference:
        {preference}

        """;

    private static string Template(params string[] functions) =>
        "Conditions:\n  A: !Equals [a, a]\n  B: !Equals [b, b]\nResources:\n" + string.Join("", functions);

    [Fact]
    public void Shared_resources_take_the_only_condition_of_all_passthrough_functions()
    {
        var output = FunctionExpanderTests.Transform(Template(
            Function("One", "        Type: AllAtOnce\n        PassthroughCondition: true", "    Condition: A\n"),
            Function("Two", "        Type: AllAtOnce\n        PassthroughCondition: 'True'", "    Condition: A\n"))).Output!;
        Assert.Equal("A", (string)output["Resources"]!["ServerlessDeploymentApplication"]!["Condition"]!);
        Assert.Equal("A", (string)output["Resources"]!["CodeDeployServiceRole"]!["Condition"]!);
        Assert.Null(output["Conditions"]!["ServerlessCodeDeployCondition"]);
    }

    [Fact]
    public void Different_conditions_are_combined_and_an_unconditional_group_removes_the_condition()
    {
        var conditional = FunctionExpanderTests.Transform(Template(
            Function("One", "        Type: AllAtOnce\n        PassthroughCondition: true", "    Condition: A\n"),
            Function("Two", "        Type: AllAtOnce\n        PassthroughCondition: true", "    Condition: B\n"))).Output!;
        Assert.Equal("ServerlessCodeDeployCondition", (string)conditional["Resources"]!["ServerlessDeploymentApplication"]!["Condition"]!);
        Assert.Equal(JToken.Parse("""{"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}]}"""), conditional["Conditions"]!["ServerlessCodeDeployCondition"]);

        var mixed = FunctionExpanderTests.Transform(Template(
            Function("One", "        Type: AllAtOnce\n        PassthroughCondition: true", "    Condition: A\n"),
            Function("Two", "        Type: AllAtOnce", "    Condition: B\n"))).Output!;
        Assert.Null(mixed["Resources"]!["ServerlessDeploymentApplication"]!["Condition"]);
        Assert.Null(mixed["Resources"]!["TwoDeploymentGroup"]!["Condition"]);
        Assert.Equal("A", (string)mixed["Resources"]!["OneDeploymentGroup"]!["Condition"]!);
    }

    [Fact]
    public void No_service_role_when_every_preference_names_one_and_the_limited_policy_in_new_partitions()
    {
        var own = FunctionExpanderTests.Transform(Template(Function("One", "        Type: AllAtOnce\n        Role: arn:aws:iam::1:role/deployer"))).Output!;
        Assert.Null(own["Resources"]!["CodeDeployServiceRole"]);
        Assert.Equal("arn:aws:iam::1:role/deployer", (string)own["Resources"]!["OneDeploymentGroup"]!["Properties"]!["ServiceRoleArn"]!);

        var iso = FunctionExpanderTests.Transform(Template(Function("One", "        Type: AllAtOnce")), new TransformOptions { Partition = "aws-iso", Region = "us-iso-east-1" }).Output!;
        Assert.Equal("arn:aws-iso:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited",
            (string)iso["Resources"]!["CodeDeployServiceRole"]!["Properties"]!["ManagedPolicyArns"]![0]!);
    }

    [Theory]
    [InlineData("        Enabled: true", "'DeploymentPreference' is missing required Property 'Type'")]
    [InlineData("        Type: AllAtOnce\n        Alarms: one", "Alarms must be a list")]
    [InlineData("        Type: AllAtOnce\n        Hooks: [x]", "'Hooks' property of 'DeploymentPreference' must be a dictionary")]
    [InlineData("        Type: AllAtOnce\n        PassthroughCondition: maybe", "Invalid value for property PassthroughCondition.")]
    [InlineData("        Type: AllAtOnce\n        PassthroughCondition: !Equals [a, b]", "Unsupported intrinsic: the only intrinsic functions supported for property PassthroughCondition are FindInMap and parameter Refs.")]
    public void Invalid_preferences_are_the_reference_errors(string preference, string message)
    {
        var result = FunctionExpanderTests.Transform(Template(Function("One", preference)));
        Assert.Equal($"Resource with id [One] is invalid. {message}", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_disabled_preference_needs_no_alias_and_creates_nothing()
    {
        var output = FunctionExpanderTests.Transform(Template(Function("One", "        Enabled: 'False'\n        Type: AllAtOnce").Replace("      AutoPublishAlias: live\n", "", StringComparison.Ordinal))).Output!;
        Assert.Null(output["Resources"]!["ServerlessDeploymentApplication"]);
        Assert.Null(output["Resources"]!["OneDeploymentGroup"]);
    }

    [Fact]
    public void An_alarms_condition_that_is_not_a_name_is_kept_as_written()
    {
        var output = FunctionExpanderTests.Transform(Template(Function("One",
            "        Type: AllAtOnce\n        Alarms: !If [{Condition: A}, [Alarm1], [Alarm2]]"))).Output!;
        var alarms = output["Resources"]!["OneDeploymentGroup"]!["Properties"]!["AlarmConfiguration"]!["Fn::If"]!;
        Assert.True(JToken.DeepEquals(JToken.Parse("{\"Condition\": \"A\"}"), alarms[0]));
        Assert.Equal("Alarm2", (string)alarms[2]!["Alarms"]![0]!["Name"]!);
    }
}
