using SamTransform.Pipeline;

namespace SamTransform.Validation;

/// <summary>What <see cref="TemplateValidator"/> needs besides the template.</summary>
public sealed record ValidationOptions
{
    /// <summary>Partition, region, parameter values, ... for the transform that runs first.</summary>
    public TransformOptions Transform { get; init; } = new();

    /// <summary>
    /// A folder of official CloudFormation resource schemas (one <c>aws-service-type.json</c> per type, as AWS publishes
    /// them per region). When null the bundled schemas for the types SAM emits are used.
    /// </summary>
    public string? SchemasDirectory { get; init; }

    /// <summary>Limits and levels; <see cref="RuleSettings.Default"/> unless a user config overrides them.</summary>
    public RuleSettings Settings { get; init; } = RuleSettings.Default;

    /// <summary>
    /// The folder local artifact paths are relative to (the template's folder). When null local paths are not
    /// accepted, as in the AWS transform.
    /// </summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>The date deprecations are measured against (tests pin it).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}
