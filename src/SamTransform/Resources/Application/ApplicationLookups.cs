using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Application;

/// <summary>
/// What the repository said about each (application id, semantic version) of the template, shared by the look-up
/// stage, the expander and the wait stage of one transform.
/// </summary>
internal sealed class ApplicationLookups
{
    /// <summary>The outcome for one application version: a template URL, or the error to report and whose it is.</summary>
    public sealed record Outcome(string? TemplateUrl, string? Error = null, string? ErrorResourceId = null);

    /// <summary>A template still being prepared, and the node to point at if waiting for it fails.</summary>
    public sealed record Pending(ApplicationTemplate Template, JToken Node);

    public Dictionary<string, Outcome> ByKey { get; } = new(StringComparer.Ordinal);

    public List<Pending> PendingTemplates { get; } = [];

    /// <summary>One key per id and version as written (values of any JSON type), so equal requests share one look-up.</summary>
    public static string Key(JToken? applicationId, JToken? semanticVersion) =>
        LogicalIdHasher.CanonicalJson(applicationId ?? JValue.CreateNull()) + "\n" + LogicalIdHasher.CanonicalJson(semanticVersion ?? JValue.CreateNull());
}
