using Newtonsoft.Json.Linq;
using SamTransform.Tests.Events;
using Xunit;

namespace SamTransform.Tests.Resources.Function;

/// <summary>A <c>Fn::Sub</c> stays a <c>Fn::Sub</c> when SAM fills in parameters (values from AWS's transform 1.110).</summary>
public class VersionAndAliasTests
{
    private static string Template(string alias) => $$"""
        Parameters:
          P: {Type: String, Default: pv}
        Resources:
          F:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              CodeUri: {Bucket: b, Key: !Sub "${P}.zip"}
              AutoPublishAlias: {{alias}}
        """;

    [Fact]
    public void The_version_hash_sees_the_code_s_sub_with_the_parameter_filled_in() =>
        Assert.NotNull(EventTemplates.Expand(Template("live"))["FVersion63cedf85d9"]);

    [Fact]
    public void An_alias_written_as_a_sub_is_not_a_string() => Assert.Equal(
        "Resource with id [F] is invalid. 'AutoPublishAlias' must be a string or a Ref to a template parameter",
        EventTemplates.Error(Template("!Sub \"${P}live\"")).Message);

    /// <summary>
    /// A function SAM publishes versions of gets its code with the template's parameters resolved (a Sub keeps its
    /// other parts), and with AutoPublishAliasAllProperties the hash sees that code: AWS's translator's output for
    /// this template.
    /// </summary>
    [Fact]
    public void A_published_functions_code_is_written_with_the_parameters_resolved()
    {
        var resources = EventTemplates.Expand("""
            Parameters:
              P: {Type: String, Default: "exports.handler = 1"}
              B: {Type: String, Default: mybucket}
            Resources:
              Fa:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: !Ref P
                  Handler: index.handler
                  Runtime: nodejs22.x
                  AutoPublishAlias: live
                  AutoPublishCodeSha256: abc
              Fb:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: !Ref P
                  Handler: index.handler
                  Runtime: nodejs22.x
                  AutoPublishAlias: live
                  AutoPublishAliasAllProperties: true
              Fc:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: {Bucket: !Ref B, Key: !Sub "${B}/k.zip", Version: !Ref P}
                  Handler: index.handler
                  Runtime: nodejs22.x
                  AutoPublishAlias: live
                  AutoPublishAliasAllProperties: true
              Fd:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: {Bucket: !Ref B, Key: !GetAtt X.Y}
                  Handler: index.handler
                  Runtime: nodejs22.x
                  AutoPublishAlias: live
              Fe:
                Type: AWS::Serverless::Function
                Properties:
                  InlineCode: !Ref P
                  Handler: index.handler
                  Runtime: nodejs22.x
            """);
        Assert.Equal(JToken.Parse("""{"ZipFile": "exports.handler = 1"}"""), resources["Fa"]!["Properties"]!["Code"]);
        Assert.Equal(JToken.Parse("""{"ZipFile": "exports.handler = 1"}"""), resources["Fb"]!["Properties"]!["Code"]);
        Assert.Equal(JToken.Parse("""{"S3Bucket": "mybucket", "S3Key": {"Fn::Sub": "mybucket/k.zip"}, "S3ObjectVersion": "exports.handler = 1"}"""), resources["Fc"]!["Properties"]!["Code"]);
        Assert.Equal(JToken.Parse("""{"S3Bucket": "mybucket", "S3Key": {"Fn::GetAtt": ["X", "Y"]}}"""), resources["Fd"]!["Properties"]!["Code"]);
        // Without a version, the code stays as written.
        Assert.Equal(JToken.Parse("""{"ZipFile": {"Ref": "P"}}"""), resources["Fe"]!["Properties"]!["Code"]);
        Assert.NotNull(resources["FaVersionabc"]);
        Assert.NotNull(resources["FbVersion0ecc2d620e"]);
        Assert.NotNull(resources["FcVersion2f99f2e88d"]);
        Assert.NotNull(resources["FdVersion92ee610b8d"]);
    }
}
