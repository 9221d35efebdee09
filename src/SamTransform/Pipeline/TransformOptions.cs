namespace SamTransform.Pipeline;

/// <summary>What the caller tells the transform: the target partition and region, parameter values, and so on.</summary>
public sealed record TransformOptions
{
    /// <summary>AWS partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, ...). Determines ARNs and service principals.</summary>
    public string Partition { get; init; } = "aws";

    /// <summary>Region the stack is deployed to; the value of <c>AWS::Region</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Values for template parameters; they override the parameters' defaults.</summary>
    public IReadOnlyDictionary<string, object?> ParameterValues { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// Managed policy names the caller maps to ARNs. Looked up before the bundled map of AWS managed policies.
    /// </summary>
    public IReadOnlyDictionary<string, string> ManagedPolicyMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Feature toggles the caller enables (the reference's gradual roll-outs).</summary>
    public IReadOnlySet<string> FeatureToggles { get; init; } = new HashSet<string>();

    /// <summary>When true every feature toggle counts as enabled.</summary>
    public bool AllFeatureTogglesEnabled { get; init; }

    /// <summary>Resolves Serverless Application Repository applications; the default works offline.</summary>
    public IApplicationResolver ApplicationResolver { get; init; } = OfflineApplicationResolver.Instance;

    /// <summary>
    /// When set, local artifact paths (<c>CodeUri: src/</c>, ...) are accepted the way <c>sam package</c> would rewrite
    /// them; when null only S3 locations are valid, as in the AWS transform.
    /// </summary>
    public ILocalArtifactResolver? LocalArtifacts { get; init; }

    /// <summary>
    /// For debugging hashed ids: called with each text the transform hashes for a REST API deployment (what
    /// <c>tools/sam-hash-spy.py</c> shows the reference hashing).
    /// </summary>
    public Action<string>? HashedTextObserver { get; init; }

    /// <summary>The time of the transform (REST APIs with <c>AlwaysDeploy</c> hash it); tests give a fixed one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public bool IsFeatureEnabled(string name) => AllFeatureTogglesEnabled || FeatureToggles.Contains(name);
}
