using Xunit;

namespace SamTransform.Tests.Conformance;

/// <summary>A fact that is skipped, with the reason shown, when ../shared/conformance is not beside the repository.</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.SharedConformance, "input")))
            Skip = $"The conformance corpus is not at {RepoPaths.SharedConformance}.";
    }
}
