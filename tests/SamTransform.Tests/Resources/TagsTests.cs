using Newtonsoft.Json.Linq;
using Xunit;

namespace SamTransform.Tests.Resources;

public class TagsTests
{
    private static JObject Resources(string extra) => (JObject)FunctionExpanderTests.Transform($"""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/fn.zip
              AutoPublishAlias: live
              EventInvokeConfig:
                DestinationConfig:
                  OnFailure:
                    Type: SQS
        {extra}
        """).Output!["Resources"]!;

    [Fact]
    public void Propagated_tags_replace_the_tag_lists_of_taggable_generated_resources()
    {
        var resources = Resources("      PropagateTags: true\n      Tags: {team: core}");
        var expected = JToken.Parse("""[{"Key": "team", "Value": "core"}]""");
        Assert.Equal(expected, resources["Fn"]!["Properties"]!["Tags"]);
        Assert.Equal(expected, resources["FnRole"]!["Properties"]!["Tags"]);
        Assert.Equal(expected, resources["FnEventInvokeConfigOnFailureQueue"]!["Properties"]!["Tags"]);
        Assert.Null(resources["FnAliaslive"]!["Properties"]!["Tags"]);
    }

    [Fact]
    public void Without_propagation_generated_resources_keep_their_own_tags()
    {
        var resources = Resources("      Tags: {team: core}");
        Assert.Equal(2, ((JArray)resources["Fn"]!["Properties"]!["Tags"]!).Count);
        Assert.Null(resources["FnEventInvokeConfigOnFailureQueue"]!["Properties"]!["Tags"]);
    }
}
