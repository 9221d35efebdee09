using Newtonsoft.Json.Linq;

namespace SamTransform.Resources.Connectors;

/// <summary>What a connector generates for one (source type, destination type) pair.</summary>
public enum ConnectorPolicyKind
{
    /// <summary>An <c>AWS::IAM::ManagedPolicy</c> attached to the role of one side.</summary>
    ManagedPolicy,

    /// <summary>An <c>AWS::SNS::TopicPolicy</c> on the destination topic.</summary>
    TopicPolicy,

    /// <summary>An <c>AWS::SQS::QueuePolicy</c> on the destination queue.</summary>
    QueuePolicy,

    /// <summary>One <c>AWS::Lambda::Permission</c> per access category on the destination function.</summary>
    LambdaPermission,
}

/// <summary>Which generated resource must wait for the connector's policy.</summary>
public enum ConnectorDependent
{
    None,

    /// <summary>The source resource itself (a state machine starting another one checks its rights on creation).</summary>
    Source,

    /// <summary>Event source mappings that read from the source into the destination function.</summary>
    EventSourceMapping,
}

/// <summary>
/// One entry of <c>Data/connector_profiles.json</c>: the resource kind to generate, whose role a policy is attached to,
/// and for each access category (<c>Read</c>, <c>Write</c>) the statements or permission properties, still holding
/// <c>%{Source.Arn}</c>-style placeholders.
/// </summary>
public sealed record ConnectorProfile(
    ConnectorPolicyKind Kind,
    string? RoleOf,
    ConnectorDependent DependedBy,
    IReadOnlyList<IReadOnlyList<string>>? ValidCombinations,
    IReadOnlyList<KeyValuePair<string, JToken>> Access)
{
    public IEnumerable<string> Categories => Access.Select(a => a.Key);
}
