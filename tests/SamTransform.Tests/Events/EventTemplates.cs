using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Events;

/// <summary>Builds small templates around one function's <c>Events</c> and transforms them.</summary>
internal static class EventTemplates
{
    /// <summary>
    /// A template with a function <c>Fn</c> whose <c>Events</c> are <paramref name="events"/> (YAML written from column
    /// 0), plus <paramref name="resources"/> (also from column 0, each a resource entry) and extra function properties.
    /// </summary>
    public static string Template(string events, string resources = "", string functionProperties = "") =>
        "Transform: AWS::Serverless-2016-10-31\nResources:\n" +
        "  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n" +
        "      Runtime: python3.12\n      Handler: app.handler\n      CodeUri: s3://bucket/app.zip\n" +
        Indent(functionProperties, 6) +
        "      Events:\n" + Indent(events, 8) +
        Indent(resources, 2);

    public static TransformResult Transform(string template, TransformOptions? options = null)
    {
        var read = TemplateReader.Read(template);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics.Select(d => d.Message)));
        return SamTransformer.Transform(read.Template!, options ?? new TransformOptions { Region = "eu-west-1" });
    }

    /// <summary>The output resources; fails the test with the error when the transform failed.</summary>
    public static JObject Expand(string template, TransformOptions? options = null)
    {
        var result = Transform(template, options);
        Assert.True(result.Output is not null, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    /// <summary>The single error the transform reports.</summary>
    public static Diagnostic Error(string template, TransformOptions? options = null)
    {
        var result = Transform(template, options);
        Assert.Null(result.Output);
        return Assert.Single(result.Errors);
    }

    public static JToken Properties(this JObject resources, string logicalId) => resources[logicalId]!["Properties"]!;

    /// <summary>Indents every line of <paramref name="yaml"/> by <paramref name="spaces"/>.</summary>
    internal static string Indent(string yaml, int spaces)
    {
        if (yaml.Length == 0) return "";
        var pad = new string(' ', spaces);
        return string.Concat(yaml.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(line => pad + line + "\n"));
    }
}
