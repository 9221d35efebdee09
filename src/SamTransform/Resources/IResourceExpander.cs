using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>Expands one SAM resource type into CloudFormation resources.</summary>
public interface IResourceExpander
{
    /// <summary>The SAM type this expander handles, for example <c>AWS::Serverless::Function</c>.</summary>
    string ResourceType { get; }

    /// <summary>The properties the type accepts; any other is the reference's "property X not defined" error.</summary>
    IReadOnlySet<string> Properties { get; }

    /// <summary>
    /// Resources of a higher phase are expanded after those of a lower one (document order within a phase), for types
    /// that read what other resources generated (connectors).
    /// </summary>
    int Phase => 0;

    void Expand(SamResource resource, TransformContext context);
}
