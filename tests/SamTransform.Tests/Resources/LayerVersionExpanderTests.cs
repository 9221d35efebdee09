using Xunit;

namespace SamTransform.Tests.Resources;

/// <summary>Layer scenarios; the expected messages are what AWS's translator answered for the same templates.</summary>
public class LayerVersionExpanderTests
{
    private static string? Error(string properties) => FunctionExpanderTests.Transform($"""
        Parameters: {"{"}P: {"{"}Type: String{"}"}, N: {"{"}Type: Number, Default: 5{"}"}{"}"}
        Resources:
          L:
            Type: AWS::Serverless::LayerVersion
            Properties:
              {properties}
        """).ErrorMessage;

    [Fact]
    public void Errors_about_the_content_name_the_generated_layer_version()
    {
        Assert.Matches(@"^Invalid Serverless Application Specification document\. Number of errors found: 1\. Resource with id \[L[0-9a-f]{10}\] is invalid\. 'ContentUri' requires Bucket and Key properties to be specified\.$",
            Error("ContentUri: {Bucket: b}"));
    }

    [Theory]
    [InlineData("!Ref P", "'RetentionPolicy' does not accept intrinsic functions, please use one of the following options: ['Retain', 'Delete']")]
    [InlineData("!Sub Retain", "'RetentionPolicy' does not accept intrinsic functions, please use one of the following options: ['Retain', 'Delete']")]
    [InlineData("!Ref N", "Could not resolve parameter for 'RetentionPolicy' or parameter is not a String.")]
    [InlineData("{a: b}", "Invalid 'RetentionPolicy' type, please use one of the following options: ['Retain', 'Delete']")]
    [InlineData("5", "Property 'RetentionPolicy' should be a string.")]
    public void Retention_policy_errors(string value, string message)
    {
        Assert.EndsWith("Resource with id [L] is invalid. " + message, Error("ContentUri: s3://b/k.zip\n      RetentionPolicy: " + value));
    }

    [Fact]
    public void The_id_hashes_the_layer_as_written_but_for_a_retention_policy_parameter()
    {
        // AWS's translator: L814aa85b5f, the same id as for RetentionPolicy: Delete written out.
        var output = FunctionExpanderTests.Transform("""
            Parameters: {P: {Type: String, Default: Delete}}
            Resources:
              L:
                Type: AWS::Serverless::LayerVersion
                Properties:
                  ContentUri: s3://b/k
                  RetentionPolicy: !Ref P
            """).Output!;
        Assert.NotNull(output["Resources"]!["L814aa85b5f"]);
    }
}
