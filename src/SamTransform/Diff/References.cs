using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Diff;

/// <summary>
/// References to logical ids (<c>Ref</c>, <c>Fn::GetAtt</c>, <c>${Id}</c> of <c>Fn::Sub</c>, <c>DependsOn</c>, keys
/// named after a resource) rewritten for renamed resources.
/// </summary>
internal static partial class References
{
    /// <summary>The token with every reference to a key of <paramref name="renames"/> naming its value instead (in place).</summary>
    public static JToken Rename(JToken token, IReadOnlyDictionary<string, string> renames)
    {
        switch (token)
        {
            case JObject o when Intrinsics.IsIntrinsic(o, "Ref") && o["Ref"] is JValue { Type: JTokenType.String } r:
                if (renames.TryGetValue((string)r!, out var id)) o["Ref"] = id;
                return o;
            case JObject o when Intrinsics.IsIntrinsic(o, "Fn::GetAtt") && o["Fn::GetAtt"] is JArray { Count: > 0 } a && a[0] is JValue { Type: JTokenType.String } target:
                if (renames.TryGetValue((string)target!, out var renamed)) a[0] = renamed;
                return o;
            case JObject o when Intrinsics.IsIntrinsic(o, "Fn::GetAtt") && o["Fn::GetAtt"] is JValue { Type: JTokenType.String } dotted:
                var text = (string)dotted!;
                var dot = text.IndexOf('.', StringComparison.Ordinal);
                if (dot > 0 && renames.TryGetValue(text[..dot], out var renamedTarget)) o["Fn::GetAtt"] = renamedTarget + text[dot..];
                return o;
            case JObject o when Intrinsics.IsIntrinsic(o, "Fn::Sub"):
                if (o["Fn::Sub"] is JValue { Type: JTokenType.String } sub) o["Fn::Sub"] = RenameText((string)sub!, renames);
                else if (o["Fn::Sub"] is JArray { Count: 2 } withVariables)
                {
                    if (withVariables[0] is JValue { Type: JTokenType.String } body) withVariables[0] = RenameText((string)body!, renames);
                    Rename(withVariables[1], renames);
                }
                return o;
            case JObject o:
                foreach (var property in o.Properties().ToList())
                {
                    if (property.Name == "DependsOn") property.Value = RenameIds(property.Value, renames);
                    else Rename(property.Value, renames);
                    // A key that is a renamed id (a connector's in Metadata aws:sam:connectors) is renamed too.
                    if (renames.TryGetValue(property.Name, out var key) && o[key] is null) property.Replace(new JProperty(key, property.Value));
                }
                return o;
            case JArray array:
                foreach (var item in array) Rename(item, renames);
                return array;
            default:
                return token;
        }
    }

    private static JToken RenameIds(JToken value, IReadOnlyDictionary<string, string> renames) => value switch
    {
        JValue { Type: JTokenType.String } s when renames.TryGetValue((string)s!, out var id) => id,
        JArray list => new JArray(list.Select(item => RenameIds(item, renames))),
        _ => value,
    };

    /// <summary><c>${Old}</c> and <c>${Old.Attribute}</c> in a text as <c>${New}</c> and <c>${New.Attribute}</c>.</summary>
    public static string RenameText(string text, IReadOnlyDictionary<string, string> renames) =>
        renames.Count == 0 || !text.Contains("${", StringComparison.Ordinal) ? text
            : Variable().Replace(text, m => renames.TryGetValue(m.Groups[1].Value, out var id) ? "${" + id + m.Groups[2].Value : m.Value);

    [GeneratedRegex(@"\$\{([A-Za-z0-9]+)([.}])")]
    private static partial Regex Variable();
}
