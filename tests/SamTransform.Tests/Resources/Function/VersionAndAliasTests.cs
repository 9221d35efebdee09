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
}
