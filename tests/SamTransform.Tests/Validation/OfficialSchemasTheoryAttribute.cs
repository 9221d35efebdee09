using Xunit;

namespace SamTransform.Tests.Validation;

/// <summary>A theory that is skipped, with the reason shown, when the official CloudFormation schemas (../shared/cfn-schemas) are absent.</summary>
public sealed class OfficialSchemasTheoryAttribute : TheoryAttribute
{
    public OfficialSchemasTheoryAttribute()
    {
        if (!Directory.Exists(ValidationTestSupport.OfficialSchemas))
            Skip = $"The official CloudFormation schemas are not at {ValidationTestSupport.OfficialSchemas}.";
    }
}
