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
}
