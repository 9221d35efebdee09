namespace SamTransform.Resources.Connectors;

/// <summary>
/// What connectors leave for <see cref="Pipeline.Stages.ConnectorDependenciesStage"/> once every resource is expanded:
/// the ids each connector generated (a <c>DependsOn</c> on a connector means on those), and the resources that must
/// wait for a connector's policy.
/// </summary>
public sealed class ConnectorState
{
    /// <summary>Connector logical id → the logical ids it generated.</summary>
    public Dictionary<string, List<string>> Generated { get; } = new(StringComparer.Ordinal);

    /// <summary>(resource id, policy id): the generated resource under that id waits for the policy.</summary>
    public List<(string ResourceId, string PolicyId)> ResourceDependencies { get; } = [];

    /// <summary>(event source id, function id) → policies that event source mappings between them wait for.</summary>
    public Dictionary<(string Source, string Function), List<string>> EventSourceMappingDependencies { get; } = [];

    public bool IsEmpty => Generated.Count == 0;
}
