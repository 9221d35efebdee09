using Newtonsoft.Json.Linq;

namespace SamTransform.Conformance;

/// <summary>The run conditions a corpus states in its <c>corpus.json</c>.</summary>
public sealed class CorpusConditions
{
    public List<(string Partition, string Region)> Partitions { get; } = [];
    public Dictionary<string, object?> ParameterValues { get; } = new(StringComparer.Ordinal);
    public JObject CallerManagedPolicies { get; private set; } = new();
    public string? FeatureTogglePrefix { get; private set; }
    public JObject? ApplicationRepository { get; private set; }

    public static CorpusConditions Load(string corpusDirectory)
    {
        var conditions = new CorpusConditions();
        var path = Path.Combine(corpusDirectory, "corpus.json");
        if (!File.Exists(path))
        {
            conditions.Partitions.Add(("aws", "us-east-1"));
            return conditions;
        }
        var json = JObject.Parse(File.ReadAllText(path));
        if (json["partitions"] is JObject partitions)
            foreach (var p in partitions.Properties()) conditions.Partitions.Add((p.Name, (string?)p.Value ?? "us-east-1"));
        if (conditions.Partitions.Count == 0) conditions.Partitions.Add(("aws", "us-east-1"));
        if (json["parameterValues"] is JObject values)
            foreach (var p in values.Properties()) conditions.ParameterValues[p.Name] = p.Value.Type == JTokenType.String ? (string?)p.Value : p.Value;
        if (json["callerManagedPolicies"] is JObject policies) conditions.CallerManagedPolicies = policies;
        conditions.FeatureTogglePrefix = (string?)json["featureTogglesEnabledForCasesStartingWith"];
        conditions.ApplicationRepository = json["serverlessApplicationRepository"] as JObject;
        return conditions;
    }

    /// <summary>The caller's policy map for one partition: <c>{partition}</c> filled in, <c>Name@partition</c> keys applied to that partition only.</summary>
    public Dictionary<string, string> ManagedPoliciesFor(string partition)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in CallerManagedPolicies.Properties())
        {
            var name = p.Name;
            var at = name.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                if (name[(at + 1)..] != partition) continue;
                name = name[..at];
            }
            map[name] = ((string?)p.Value ?? "").Replace("{partition}", partition, StringComparison.Ordinal);
        }
        return map;
    }
}
