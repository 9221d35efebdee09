using Newtonsoft.Json.Linq;
using SamTransform.Data;

namespace SamTransform.Validation;

/// <summary>
/// Every CloudFormation resource type with its <c>Fn::GetAtt</c> attributes, mutually exclusive properties and
/// create-only properties (<c>Data/cfn_resource_types.json</c>, written by <c>tools/generate-cfn-resource-data.py</c> from the official resource
/// schemas and the CloudFormation specification).
/// </summary>
public static class ResourceTypes
{
    private sealed record Entry(IReadOnlySet<string> Attributes, IReadOnlyList<(string A, string B)> Exclusive, IReadOnlyList<string> CreateOnly);

    private static readonly Lazy<Dictionary<string, Entry>> Table = new(Load);

    private static readonly Lazy<IReadOnlyList<string>> Names = new(() => [.. Table.Value.Keys]);

    public static IReadOnlyList<string> All => Names.Value;

    public static bool IsKnown(string type) => Table.Value.ContainsKey(type);

    /// <summary>Whether <c>Fn::GetAtt</c> can read <paramref name="attribute"/> of the type; null when the type is not in the table.</summary>
    public static bool? HasAttribute(string type, string attribute)
    {
        if (!Table.Value.TryGetValue(type, out var entry)) return null;
        if (entry.Attributes.Contains(attribute)) return true;
        // A nested attribute of an object attribute (Endpoint.Address of Endpoint).
        for (var dot = attribute.LastIndexOf('.'); dot > 0; dot = attribute.LastIndexOf('.', dot - 1))
            if (entry.Attributes.Contains(attribute[..dot])) return true;
        return false;
    }

    public static IReadOnlyCollection<string> Attributes(string type) =>
        Table.Value.TryGetValue(type, out var entry) ? (IReadOnlyCollection<string>)entry.Attributes : [];

    public static IReadOnlyList<(string A, string B)> Exclusive(string type) =>
        Table.Value.TryGetValue(type, out var entry) ? entry.Exclusive : [];

    /// <summary>
    /// The properties whose change makes CloudFormation replace a resource of the type (the schema's
    /// <c>createOnlyProperties</c>) as dotted paths, <c>*</c> for any item of a list: <c>Items.*.Name</c>.
    /// </summary>
    public static IReadOnlyList<string> CreateOnly(string type) =>
        Table.Value.TryGetValue(type, out var entry) ? entry.CreateOnly : [];

    private static Dictionary<string, Entry> Load()
    {
        var table = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var property in ((JObject)EmbeddedData.Load("cfn_resource_types.json")["types"]!).Properties())
        {
            var value = (JObject)property.Value;
            var attributes = (value["attributes"] as JArray)?.Values<string>().OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
            var exclusive = (value["exclusive"] as JArray)?.OfType<JArray>().Select(p => ((string)p[0]!, (string)p[1]!)).ToList() ?? [];
            var createOnly = (value["createOnly"] as JArray)?.Values<string>().OfType<string>().ToList() ?? [];
            table[property.Name] = new Entry(attributes, exclusive, createOnly);
        }
        return table;
    }
}
