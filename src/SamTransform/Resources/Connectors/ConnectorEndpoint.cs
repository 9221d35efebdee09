using Newtonsoft.Json.Linq;

namespace SamTransform.Resources.Connectors;

/// <summary>
/// A connector's source or destination once resolved: its logical id when it is in the template, the type shown in
/// the generated metadata, the type its profile is looked up by, and the values profiles refer to
/// (<c>Arn</c>, <c>RoleName</c>, <c>QueueUrl</c>, <c>ResourceId</c>, <c>Name</c>, <c>Qualifier</c>).
/// </summary>
public sealed class ConnectorEndpoint(string side, string? logicalId, string metadataType, string profileType, IReadOnlyDictionary<string, JToken> values, JToken? node = null)
{
    /// <summary><c>Source</c> or <c>Destination</c>, as messages and placeholders name it.</summary>
    public string Side { get; } = side;

    public string? LogicalId { get; } = logicalId;

    /// <summary>The <c>Source</c> or <c>Destination</c> object as written, for diagnostics.</summary>
    public JToken? Node { get; } = node;

    public string MetadataType { get; } = metadataType;

    public string ProfileType { get; } = profileType;

    /// <summary>A reference property, or null when the endpoint does not provide it.</summary>
    public JToken? this[string property] => values.GetValueOrDefault(property);
}
