using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation;

/// <summary>The transformed template (null when the transform failed) and every diagnostic, ordered by position.</summary>
public sealed record ValidationResult(JObject? Output, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
