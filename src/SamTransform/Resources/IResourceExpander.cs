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

    /// <summary>
    /// When true, the expander checks the shape of <c>Properties</c> and the names in it itself (a type whose reference
    /// model accepts unknown properties, or words these errors its own way); otherwise the expansion stage does.
    /// </summary>
    bool ValidatesOwnProperties => false;

    /// <summary>
    /// What SAM does to a resource before it checks its properties (its <c>before_transform_resource</c> step: policy
    /// templates become policy documents). Errors raised here come before the resource's own.
    /// </summary>
    void Prepare(SamResource resource, TransformContext context) { }

    void Expand(SamResource resource, TransformContext context);
}
