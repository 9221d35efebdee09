using Newtonsoft.Json.Linq;
using SamTransform.Tests.Resources;
using Xunit;

namespace SamTransform.Tests.Pipeline;

/// <summary>Globals merging and IgnoreGlobals, as SAM states them.</summary>
public class GlobalsStageTests
{
    private static string Template(string ignoreGlobals, string properties = "      CodeUri: s3://bucket/app.zip\n") => $"""
        Conditions:
          IsProd: !Equals [!Ref AWS::StackName, prod]
        Globals:
          Function:
            Runtime: python3.12
            Handler: app.handler
            Layers: [arn:aws:lambda:eu-west-1:123456789012:layer:shared:1]
            Environment:
              Variables:
                STAGE: global
                TABLE: !Ref AWS::StackName
        Resources:
          Fn:
            Type: AWS::Serverless::Function
        {ignoreGlobals}    Properties:
        {properties}
        """;

    [Fact]
    public void Maps_merge_lists_concatenate_and_an_intrinsic_replaces_a_map()
    {
        var fn = FunctionExpanderTests.Transform(Template("", """
                  CodeUri: s3://bucket/app.zip
                  Layers: [arn:aws:lambda:eu-west-1:123456789012:layer:own:1]
                  Environment:
                    Variables:
                      STAGE: local
            """)).Output!["Resources"]!["Fn"]!["Properties"]!;
        Assert.Equal(["arn:aws:lambda:eu-west-1:123456789012:layer:shared:1", "arn:aws:lambda:eu-west-1:123456789012:layer:own:1"], fn["Layers"]!.Values<string>());
        Assert.Equal("local", (string)fn["Environment"]!["Variables"]!["STAGE"]!);
        Assert.NotNull(fn["Environment"]!["Variables"]!["TABLE"]);

        var conditional = FunctionExpanderTests.Transform(Template("", """
                  CodeUri: s3://bucket/app.zip
                  Environment: !If [IsProd, {Variables: {STAGE: prod}}, !Ref AWS::NoValue]
            """)).Output!["Resources"]!["Fn"]!["Properties"]!;
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"Fn::If": ["IsProd", {"Variables": {"STAGE": "prod"}}, {"Ref": "AWS::NoValue"}]}"""), conditional["Environment"]));
    }

    [Theory]
    [InlineData("    IgnoreGlobals: []\n")]
    [InlineData("    IgnoreGlobals: ''\n")]
    public void An_empty_ignore_globals_ignores_nothing(string ignoreGlobals)
    {
        var fn = FunctionExpanderTests.Transform(Template(ignoreGlobals)).Output!["Resources"]!["Fn"]!["Properties"]!;
        Assert.Equal("python3.12", (string)fn["Runtime"]!);
    }

    [Theory]
    [InlineData("    IgnoreGlobals: [Timeout]\n", "Resource with id [Fn] is invalid. Resource Fn has invalid resource attribute 'IgnoreGlobals' on item 'Timeout'.")]
    [InlineData("    IgnoreGlobals: Runtime\n", "Resource with id [Fn] is invalid. Resource Fn has invalid resource attribute 'IgnoreGlobals'.")]
    [InlineData("    IgnoreGlobals: [Runtime]\n", "Resource with id [Fn] is invalid. Runtime and Handler needs to be present when PackageType is of type `Zip`")]
    public void Ignored_names_must_be_set_in_globals(string ignoreGlobals, string message)
    {
        var result = FunctionExpanderTests.Transform(Template(ignoreGlobals));
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }
}
