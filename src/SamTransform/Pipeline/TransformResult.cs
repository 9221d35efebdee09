using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Pipeline;

/// <summary>The CloudFormation template (null when the transform failed) and every diagnostic, errors first by resource.</summary>
public sealed record TransformResult(JObject? Output, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Output is not null;

    /// <summary>For each generated logical id, the SAM resource it came from (plain resources are not listed).</summary>
    public IReadOnlyDictionary<string, string> Origins { get; init; } = new Dictionary<string, string>();

    /// <summary>Why a generated logical id exists, where its expander said (see <see cref="TransformContext.Reasons"/>).</summary>
    public IReadOnlyDictionary<string, EmitReason> Reasons { get; init; } = new Dictionary<string, EmitReason>();

    /// <summary>
    /// The template's resources as the transform saw them, in document order: with Globals merged and the resources
    /// SAM adds (implicit APIs, embedded connectors).
    /// </summary>
    public IReadOnlyList<Model.SamResource> Resources { get; init; } = [];

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>
    /// The whole failure message in the reference transform's form:
    /// "Invalid Serverless Application Specification document. Number of errors found: N. cause cause ...".
    /// </summary>
    public string? ErrorMessage
    {
        get
        {
            var causes = Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToList();
            if (causes.Count == 0) return null;
            return $"Invalid Serverless Application Specification document. Number of errors found: {causes.Count}. {string.Join(" ", causes)}";
        }
    }
}
