using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Validation;

namespace SamTransform.Explain;

/// <summary>
/// A template read and transformed for <c>explain</c> and <c>diff</c>: local code paths are accepted as
/// <c>sam package</c> would (a missing one is no error here), so a template of a project works as it is.
/// </summary>
public sealed record TransformedTemplate(JObject? Template, TransformResult? Result, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Template is not null && Result is { Succeeded: true };

    public JObject OutputResources => Result?.Output?["Resources"] as JObject ?? [];

    public static TransformedTemplate FromFile(string path, TransformOptions options) =>
        From(TemplateReader.ReadFile(path), Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", options);

    /// <summary>A template's text (from a git revision, say) whose local paths are relative to <paramref name="directory"/>.</summary>
    public static TransformedTemplate FromText(string text, string directory, TransformOptions options) =>
        From(TemplateReader.Read(text), directory, options);

    /// <summary>A template already read; local paths are relative to <paramref name="directory"/>.</summary>
    public static TransformedTemplate From(ReadResult read, string directory, TransformOptions options)
    {
        if (!read.Succeeded) return new TransformedTemplate(null, null, read.Diagnostics);
        var result = SamTransformer.Transform(read.Template!, options with { LocalArtifacts = new LocalArtifactResolver(directory) });
        return new TransformedTemplate(read.Template, result, [.. read.Diagnostics, .. result.Diagnostics]);
    }
}
