using Newtonsoft.Json.Linq;
using Xunit;

namespace SamTransform.Tests.Resources;

/// <summary>A function's <c>CapacityProviderConfig</c>; the expected values are what AWS's translator made of the same templates.</summary>
public class CapacityProvidersTests
{
    private static SamTransform.Pipeline.TransformResult Transform(string config) => FunctionExpanderTests.Transform($$"""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: h
              Runtime: python3.12
              CapacityProviderConfig: {{config}}
        """);

    [Theory]
    [InlineData("{Arn: 5}", """{"CapacityProviderArn": "5"}""")]
    [InlineData("{Arn: true}", """{"CapacityProviderArn": "True"}""")]
    [InlineData("{Arn: a, PerExecutionEnvironmentMaxConcurrency: '5'}", """{"CapacityProviderArn": "a", "PerExecutionEnvironmentMaxConcurrency": 5}""")]
    [InlineData("{Arn: a, PerExecutionEnvironmentMaxConcurrency: 1.5}", """{"CapacityProviderArn": "a", "PerExecutionEnvironmentMaxConcurrency": 1}""")]
    [InlineData("{Arn: a, ExecutionEnvironmentMemoryGiBPerVCpu: true}", """{"CapacityProviderArn": "a", "ExecutionEnvironmentMemoryGiBPerVCpu": 1}""")]
    [InlineData("{Arn: a, ExecutionEnvironmentMemoryGiBPerVCpu: '2.5'}", """{"CapacityProviderArn": "a", "ExecutionEnvironmentMemoryGiBPerVCpu": 2.5}""")]
    [InlineData("{Arn: !Ref AWS::Region}", """{"CapacityProviderArn": {"Ref": "AWS::Region"}}""")]
    public void Values_are_converted_as_SAMs_model_converts_them(string config, string expected)
    {
        var properties = Transform(config).Output!["Resources"]!["Fn"]!["Properties"]!;
        Assert.Equal(JToken.Parse(expected), properties["CapacityProviderConfig"]!["LambdaManagedInstancesCapacityProviderConfig"]);
    }

    [Fact]
    public void An_empty_config_is_none()
    {
        Assert.Null(Transform("{}").Output!["Resources"]!["Fn"]!["Properties"]!["CapacityProviderConfig"]);
    }

    [Theory]
    [InlineData("{Arn: a, B: 1, C: 2}", "Invalid CapacityProviderConfig: 2 validation errors for CapacityProviderConfig\nB\n  extra fields not permitted (type=value_error.extra)\nC\n  extra fields not permitted (type=value_error.extra)")]
    [InlineData("{Arn: null}", "Invalid CapacityProviderConfig: 1 validation error for CapacityProviderConfig\nArn\n  none is not an allowed value (type=type_error.none.not_allowed)")]
    [InlineData("{Arn: [a]}", "Invalid CapacityProviderConfig: 2 validation errors for CapacityProviderConfig\nArn\n  value is not a valid dict (type=type_error.dict)\nArn\n  str type expected (type=type_error.str)")]
    [InlineData("{Arn: a, ExecutionEnvironmentMemoryGiBPerVCpu: abc}", "Invalid CapacityProviderConfig: 3 validation errors for CapacityProviderConfig\nExecutionEnvironmentMemoryGiBPerVCpu\n  value is not a valid dict (type=type_error.dict)\nExecutionEnvironmentMemoryGiBPerVCpu\n  value is not a valid integer (type=type_error.integer)\nExecutionEnvironmentMemoryGiBPerVCpu\n  value is not a valid float (type=type_error.float)")]
    [InlineData("!Ref AWS::Region", "Invalid CapacityProviderConfig: 2 validation errors for CapacityProviderConfig\nArn\n  field required (type=value_error.missing)\nRef\n  extra fields not permitted (type=value_error.extra)")]
    public void Problems_are_reported_together_in_the_models_words(string config, string message)
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. " + message, Transform(config).ErrorMessage);
    }
}
