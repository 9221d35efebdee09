using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>Transforms a test template in the aws partition (us-east-1), as the reference was asked.</summary>
internal static class RestTransforms
{
    public const string ErrorPrefix = "Invalid Serverless Application Specification document. Number of errors found: ";

    public static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Partition = "aws", Region = "us-east-1" });
    }

    /// <summary>The output's resources; the transform must succeed.</summary>
    public static JObject OutputResources(string yaml)
    {
        var result = Transform(yaml);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    /// <summary>Asserts two JSON values are equal, whatever the order of their keys.</summary>
    public static void AssertJson(JToken expected, JToken? actual) =>
        Assert.True(JToken.DeepEquals(expected, actual), $"expected {expected.ToString(Newtonsoft.Json.Formatting.None)}\nactual   {actual?.ToString(Newtonsoft.Json.Formatting.None)}");

    /// <summary>The whole error message; the transform must fail.</summary>
    public static string Error(string yaml)
    {
        var result = Transform(yaml);
        Assert.False(result.Succeeded);
        return result.ErrorMessage!;
    }
}
