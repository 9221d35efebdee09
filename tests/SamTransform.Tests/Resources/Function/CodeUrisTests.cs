using SamTransform.Tests.Events;
using Xunit;

namespace SamTransform.Tests.Resources.Function;

/// <summary>Messages for code locations, as AWS's transform (1.110) gives them.</summary>
public class CodeUrisTests
{
    private static string FunctionError(string codeUri) => EventTemplates.Error($"""
        Parameters:
          Bucket: {"{Type: String, Default: 's3://bucket/key'}"}
        Resources:
          F:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              CodeUri: {codeUri}
        """).Message;

    [Theory]
    [InlineData("!GetAtt X.Arn")]
    [InlineData("!Ref X")]
    [InlineData("!Sub s3://bucket/${AWS::Region}")]
    [InlineData("!If [C, a, b]")]
    [InlineData("{\"Fn::Foo\": 1}")]
    [InlineData("!Ref Bucket")]
    public void An_intrinsic_function_is_a_map_without_bucket_and_key(string codeUri) =>
        Assert.Equal("Resource with id [F] is invalid. 'CodeUri' requires Bucket and Key properties to be specified.", FunctionError(codeUri));

    [Theory]
    [InlineData("[]")]
    [InlineData("5")]
    public void Other_values_are_of_the_wrong_type(string codeUri) =>
        Assert.Equal("Resource with id [F] is invalid. 'CodeUri' must be of type dict or string.", FunctionError(codeUri));

    [Fact]
    public void A_layer_s_content_uri_too() => Assert.EndsWith(
        "is invalid. 'ContentUri' requires Bucket and Key properties to be specified.",
        EventTemplates.Error("""
            Resources:
              L:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: !GetAtt X.Arn
            """).Message);
}
