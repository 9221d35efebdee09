using Newtonsoft.Json.Linq;
using SamTransform.Tests.Resources;
using Xunit;

namespace SamTransform.Tests.Pipeline;

/// <summary>References to ids SAM generates: layer renames and <c>Function.Alias</c>-style names.</summary>
public class ReferenceRewriteStageTests
{
    private const string Template = """
        Resources:
          Lib:
            Type: AWS::Serverless::LayerVersion
            Properties:
              ContentUri: s3://bucket/lib.zip
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/fn.zip
              AutoPublishAlias: live
              Layers: [!Ref Lib]
          Consumer:
            Type: AWS::SNS::Subscription
            DependsOn: [Lib, Fn]
            Properties:
              Protocol: lambda
              Endpoint: !GetAtt Fn.Alias.Arn
              TopicArn: !Sub "${Fn.Alias}|${Fn.Version.Version}|${Lib}|${Fn.Arn}"
              Region: !Ref Fn.Alias
        Outputs:
          Layer:
            Value: !Ref Lib
          LayerArn:
            Value: !GetAtt Lib.LayerVersionArn
        """;

    [Fact]
    public void Ref_getatt_sub_and_depends_on_point_at_the_generated_ids()
    {
        var output = FunctionExpanderTests.Transform(Template).Output!;
        var resources = (JObject)output["Resources"]!;
        var layerId = resources.Properties().Single(p => p.Name.StartsWith("Lib", StringComparison.Ordinal)).Name;
        var versionId = resources.Properties().Single(p => p.Name.StartsWith("FnVersion", StringComparison.Ordinal)).Name;
        var consumer = resources["Consumer"]!;
        Assert.Equal(new JArray(layerId, "Fn"), consumer["DependsOn"]);
        var properties = consumer["Properties"]!;
        Assert.Equal(new JArray("FnAliaslive", "Arn"), properties["Endpoint"]!["Fn::GetAtt"]);
        Assert.Equal($"${{FnAliaslive}}|${{{versionId}.Version}}|${{{layerId}}}|${{Fn.Arn}}", (string)properties["TopicArn"]!["Fn::Sub"]!);
        Assert.Equal("FnAliaslive", (string)properties["Region"]!["Ref"]!);
        Assert.Equal(layerId, (string)resources["Fn"]!["Properties"]!["Layers"]![0]!["Ref"]!);
        Assert.Equal(layerId, (string)output["Outputs"]!["Layer"]!["Value"]!["Ref"]!);
        Assert.Equal(new JArray(layerId, "LayerVersionArn"), output["Outputs"]!["LayerArn"]!["Value"]!["Fn::GetAtt"]);
    }

    // Expected values: what the reference makes of these references.
    [Fact]
    public void A_getatt_naming_a_generated_resource_keeps_only_its_id_and_the_rest()
    {
        var output = FunctionExpanderTests.Transform("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: s3://bucket/fn.zip
                  AutoPublishAlias: live
            Outputs:
              A: {Value: !GetAtt Fn.Alias}
              B: {Value: {"Fn::GetAtt": [Fn, Alias, Arn]}}
            """).Output!;
        Assert.Equal(new JArray("FnAliaslive"), output["Outputs"]!["A"]!["Value"]!["Fn::GetAtt"]);
        Assert.Equal(new JArray("FnAliaslive", "Arn"), output["Outputs"]!["B"]!["Value"]!["Fn::GetAtt"]);
    }

    [Fact]
    public void Rest_api_stages_and_deployments_are_named_through_the_api()
    {
        var output = FunctionExpanderTests.Transform("""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  CodeUri: s3://b/k.zip
                  Events:
                    A: {Type: Api, Properties: {Path: /a, Method: get}}
                  Environment:
                    Variables:
                      U: !Sub "${ServerlessRestApi.Stage} ${ServerlessRestApi.Deployment} ${ServerlessRestApi.RootResourceId}"
            Outputs:
              Stage: {Value: !Ref ServerlessRestApi.Stage}
              Literal: {Value: !Ref ServerlessRestApiDeployment}
            """).Output!;
        var deployment = ((JObject)output["Resources"]!).Properties().Single(p => p.Name.StartsWith("ServerlessRestApiDeployment", StringComparison.Ordinal)).Name;
        Assert.Equal($"${{ServerlessRestApiProdStage}} ${{{deployment}}} ${{ServerlessRestApi.RootResourceId}}",
            (string)output["Resources"]!["Fn"]!["Properties"]!["Environment"]!["Variables"]!["U"]!["Fn::Sub"]!);
        Assert.Equal("ServerlessRestApiProdStage", (string)output["Outputs"]!["Stage"]!["Value"]!["Ref"]!);
        Assert.Equal("ServerlessRestApiDeployment", (string)output["Outputs"]!["Literal"]!["Value"]!["Ref"]!);
    }
}
