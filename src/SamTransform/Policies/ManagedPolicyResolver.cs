using Newtonsoft.Json.Linq;
using SamTransform.Data;

namespace SamTransform.Policies;

/// <summary>
/// Turns a managed policy name into an ARN: the caller's map first, then the bundled map of AWS managed policies
/// (in the target partition); anything else (an ARN, a name we do not know) is used as written.
/// </summary>
public sealed class ManagedPolicyResolver(IReadOnlyDictionary<string, string> callerMap, string partition)
{
    private static readonly Lazy<Dictionary<string, string>> Bundled = new(LoadBundled);

    public string Resolve(string name)
    {
        if (callerMap.TryGetValue(name, out var arn)) return arn;
        if (Bundled.Value.TryGetValue(name, out var bundled))
            return "arn:" + partition + bundled["arn:aws".Length..];
        return name;
    }

    private static Dictionary<string, string> LoadBundled()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (EmbeddedData.Load("managed_policies.json")["Policies"] is JObject policies)
                foreach (var p in policies.Properties())
                    if (p.Value.Type == JTokenType.String) map[p.Name] = (string)p.Value!;
        }
        catch (InvalidOperationException)
        {
            // No bundled map in this build: names fall through as written.
        }
        return map;
    }
}
