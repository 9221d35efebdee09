using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources.Connectors;

/// <summary>
/// <c>AWS::Serverless::Connector</c> → for each destination, the least-privilege policy its profile describes: an IAM
/// managed policy on a role, a topic or queue policy, or Lambda permissions. Runs after every other resource so that
/// it can read what SAM resources generated (a function's role).
/// </summary>
public sealed class ConnectorExpander(ConnectorProfiles profiles) : IResourceExpander
{
    public const string Type = "AWS::Serverless::Connector";

    /// <summary>The categories a connector can ask for, listed when none is given.</summary>

    public ConnectorExpander() : this(ConnectorProfiles.Default) { }

    public string ResourceType => Type;

    public IReadOnlySet<string> Properties => SamSpecs.Connector.Names;

    public int Phase => 1;

    public void Expand(SamResource connector, TransformContext context)
    {
        SamSpecs.Connector.Validate(connector);
        var source = connector.Get("Source")!;
        var destinationToken = connector.Get("Destination")!;
        var permissionsToken = connector.Get("Permissions")!;

        List<JToken> destinations = destinationToken is JArray list ? [.. list] : [destinationToken];
        if (destinations.Count == 0) throw connector.Invalid("'Destination' is an empty list", destinationToken);
        // A map (an intrinsic function) is read as Python iterates it: its keys.
        var permissions = (permissionsToken is JObject map ? map.Properties().Select(p => p.Name) : permissionsToken.Select(p => (string)p!))
            .Distinct(StringComparer.Ordinal).ToList();

        var resolver = new ConnectorEndpointResolver(context, profiles, connector);
        var state = context.State<ConnectorState>();
        var generated = new List<string>();
        state.Generated[connector.LogicalId] = generated;
        for (var i = 0; i < destinations.Count; i++)
        {
            // SAM reads each destination before the source.
            var to = resolver.Resolve(destinations[i], "Destination", source);
            var from = resolver.Resolve(source, "Source", destinations[i]);
            var profile = profiles.Find(from.ProfileType, to.ProfileType)
                ?? throw connector.Invalid($"Unable to create connector from {from.ProfileType} to {to.ProfileType}; it's not supported or the template is invalid.", destinations[i]);
            var categories = SelectCategories(connector, profile, permissions, from, to);
            var suffix = destinations.Count > 1 ? $"Destination{i}" : "";
            var emitted = new ConnectorEmitter(context, connector, profile, from, to, suffix).Emit(categories);
            generated.AddRange(emitted);
            RecordDependents(state, profile, from, to, emitted);
        }
    }

    /// <summary>The requested categories, in the profile's order, after checking them against the profile.</summary>
    private static List<KeyValuePair<string, JToken>> SelectCategories(SamResource connector, ConnectorProfile profile, List<string> permissions, ConnectorEndpoint from, ConnectorEndpoint to)
    {
        var pair = $"for connector from {from.ProfileType} to {to.ProfileType}";
        var valid = profile.Categories.ToHashSet(StringComparer.Ordinal);
        if (permissions.Count == 0)
            throw connector.Invalid($"'Permissions' cannot be empty; valid values are: {string.Join(", ", valid.Order(StringComparer.Ordinal))}.", connector["Permissions"]);
        if (permissions.Any(p => !valid.Contains(p)))
            throw connector.Invalid($"Unsupported 'Permissions' provided {pair}; valid values are: {string.Join(", ", valid.Order(StringComparer.Ordinal))}.", connector["Permissions"]);
        if (profile.ValidCombinations is { } combinations && !combinations.Any(c => c.ToHashSet(StringComparer.Ordinal).SetEquals(permissions)))
            throw connector.Invalid($"Unsupported 'Permissions' provided {pair}; valid combinations are: {string.Join(", ", combinations.Select(c => string.Join(" + ", c)))}.", connector["Permissions"]);
        return [.. profile.Access.Where(a => permissions.Contains(a.Key))];
    }

    private static void RecordDependents(ConnectorState state, ConnectorProfile profile, ConnectorEndpoint from, ConnectorEndpoint to, List<string> emitted)
    {
        switch (profile.DependedBy)
        {
            case ConnectorDependent.Source when from.LogicalId is { } sourceId:
                foreach (var id in emitted) state.ResourceDependencies.Add((sourceId, id));
                break;
            case ConnectorDependent.EventSourceMapping when from.LogicalId is { } sourceId && to.LogicalId is { } functionId:
                if (!state.EventSourceMappingDependencies.TryGetValue((sourceId, functionId), out var policies))
                    state.EventSourceMappingDependencies[(sourceId, functionId)] = policies = [];
                policies.AddRange(emitted);
                break;
        }
    }
}
