using Newtonsoft.Json.Linq;
using SamTransform.Data;

namespace SamTransform.Resources.Connectors;

/// <summary>
/// The connector data compiled into the library (<c>Data/connector_profiles.json</c>): which SAM types stand for which
/// CloudFormation type, how a resource given by <c>Id</c> yields its ARN, role name, queue URL, ... and the profile of
/// every supported source/destination pair.
/// </summary>
public sealed class ConnectorProfiles
{
    private readonly Dictionary<string, string> _samTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _resourceRules = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, string Destination), ConnectorProfile> _profiles = [];

    public static ConnectorProfiles Default { get; } = new((JObject)EmbeddedData.Load("connector_profiles.json"));

    public ConnectorProfiles(JObject data)
    {
        foreach (var (type, generated) in Entries(data["samTypes"]))
            _samTypes[type] = (string)generated!;
        foreach (var (type, rules) in Entries(data["resourceTypes"]))
            _resourceRules[type] = ((JObject)rules).Properties().ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal);

        var blocks = (JObject)data["blocks"]!;
        foreach (var (source, destinations) in Entries(data["profiles"]))
            foreach (var (destination, profile) in Entries(destinations))
                _profiles[(source, destination)] = ReadProfile((JObject)profile, blocks);
    }

    /// <summary>The CloudFormation type a connector treats <paramref name="type"/> as (SAM types map to what they generate).</summary>
    public string ProfileType(string type) => _samTypes.GetValueOrDefault(type, type);

    /// <summary>How a resource of this CloudFormation type yields each reference property, or null when unknown.</summary>
    public IReadOnlyDictionary<string, string>? RulesFor(string profileType) => _resourceRules.GetValueOrDefault(profileType);

    public ConnectorProfile? Find(string sourceType, string destinationType) => _profiles.GetValueOrDefault((sourceType, destinationType));

    public IEnumerable<(string Source, string Destination, ConnectorProfile Profile)> All =>
        _profiles.Select(p => (p.Key.Source, p.Key.Destination, p.Value));

    private static ConnectorProfile ReadProfile(JObject profile, JObject blocks)
    {
        var kind = Enum.Parse<ConnectorPolicyKind>((string)profile["kind"]!);
        var dependedBy = profile["dependedBy"] is { } d ? Enum.Parse<ConnectorDependent>((string)d!) : ConnectorDependent.None;
        var access = profile["access"] is JValue name ? blocks[(string)name!]! : profile["access"]!;
        var combinations = (profile["validCombinations"] as JArray)?
            .Select(c => (IReadOnlyList<string>)[.. c.Values<string>().Select(v => v!)])
            .ToList();
        return new ConnectorProfile(
            kind,
            profile.Value<string>("roleOf"),
            dependedBy,
            combinations,
            [.. ((JObject)access).Properties().Select(p => new KeyValuePair<string, JToken>(p.Name, p.Value))]);
    }

    /// <summary>The entries of a data map, skipping its <c>_about</c> notes.</summary>
    private static IEnumerable<(string Name, JToken Value)> Entries(JToken? map) =>
        ((JObject)map!).Properties().Where(p => !p.Name.StartsWith('_')).Select(p => (p.Name, p.Value));
}
