using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Validation;

/// <summary>
/// Accepts local artifact paths the way <c>sam package</c> would: after checking the path exists relative to the
/// template, a placeholder S3 location stands in for the upload. Missing paths are collected as diagnostics.
/// </summary>
public sealed class LocalArtifactResolver(string templateDirectory) : ILocalArtifactResolver
{
    /// <summary>The bucket named in placeholder locations.</summary>
    public const string PlaceholderBucket = "sam-local-artifacts";

    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>One SAM3003 error per local path that does not exist.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public JToken? Resolve(string resourceType, string property, JValue value, LocalArtifactForm form)
    {
        var text = (string)value!;
        if (!IsLocalPath(text)) return null;
        // Plain CloudFormation properties hold a path only when it looks like one (a folder or a file name).
        if (!resourceType.StartsWith("AWS::Serverless::", StringComparison.Ordinal) && text.IndexOfAny(['/', '\\', '.']) < 0) return null;
        var full = Path.GetFullPath(Path.Combine(templateDirectory, text));
        if (!File.Exists(full) && !Directory.Exists(full))
            _diagnostics.Add(DiagnosticCatalog.LocalArtifactMissing(property, text, full) with { Location = SourceLocation.Nearest(value), Path = value.Path, ResourceId = LogicalIdOf(value) });
        var key = "local/" + Path.GetRelativePath(templateDirectory, full).Replace('\\', '/').TrimStart('.', '/').TrimEnd('/');
        JToken replacement = form switch
        {
            LocalArtifactForm.S3Uri => new JValue($"s3://{PlaceholderBucket}/{key}"),
            LocalArtifactForm.HttpsUrl => new JValue($"https://{PlaceholderBucket}.s3.amazonaws.com/{key}"),
            LocalArtifactForm.S3BucketKey => new JObject { ["S3Bucket"] = PlaceholderBucket, ["S3Key"] = key },
            _ => new JObject { ["Bucket"] = PlaceholderBucket, ["Key"] = key },
        };
        // The placeholder keeps the position of the path it replaces, so later diagnostics point there.
        if (SourceLocation.Of(value) is { } at)
            foreach (var token in replacement is JContainer c ? c.DescendantsAndSelf() : [replacement]) SourceAnnotation.Attach(token, at);
        return replacement;
    }

    private static string? LogicalIdOf(JToken token)
    {
        for (var t = token; t is not null; t = t.Parent)
            if (t is JProperty { Parent.Parent: JProperty { Name: "Resources" } } p) return p.Name;
        return null;
    }

    /// <summary>A relative or absolute file path rather than a URL or a dynamic reference.</summary>
    public static bool IsLocalPath(string text) =>
        text.Length > 0
        && !text.Contains("://", StringComparison.Ordinal)
        && !text.Contains("{{resolve:", StringComparison.Ordinal)
        && !text.StartsWith("arn:", StringComparison.Ordinal);
}
