using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Explain;

/// <summary>
/// A template value as one short line for people: <c>Ref</c> and <c>Fn::GetAtt</c> as <c>${Id}</c> and
/// <c>${Id.Attr}</c>, <c>Fn::Sub</c> as its text (variables filled in), <c>Fn::Join</c> joined, anything else as
/// compact JSON.
/// </summary>
public static class TokenText
{
    public static string Of(JToken? token)
    {
        switch (token)
        {
            case null:
                return "";
            case JValue { Type: JTokenType.String } s:
                return (string)s!;
            case JValue { Type: JTokenType.Boolean } b:
                return (bool)b! ? "true" : "false";
            case JValue { Type: JTokenType.Null }:
                return "null";
            case JValue v:
                return Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "";
            case JObject { Count: 1 } o:
                var p = o.Properties().First();
                switch (p.Name)
                {
                    case "Ref" when p.Value is JValue { Type: JTokenType.String }:
                        return "${" + (string)p.Value! + "}";
                    case "Fn::GetAtt" when p.Value is JArray { Count: 2 } a && a.All(x => x.Type == JTokenType.String):
                        return "${" + (string)a[0]! + "." + (string)a[1]! + "}";
                    case "Fn::GetAtt" when p.Value is JValue { Type: JTokenType.String } dotted:
                        return "${" + (string)dotted! + "}";
                    case "Fn::Sub" when p.Value is JValue { Type: JTokenType.String } text:
                        return (string)text!;
                    case "Fn::Sub" when p.Value is JArray { Count: 2 } sub && sub[0].Type == JTokenType.String && sub[1] is JObject variables:
                        var result = (string)sub[0]!;
                        foreach (var variable in variables.Properties())
                            result = result.Replace("${" + variable.Name + "}", Of(variable.Value), StringComparison.Ordinal);
                        return result;
                    case "Fn::Join" when p.Value is JArray { Count: 2 } join && join[0].Type == JTokenType.String && join[1] is JArray parts:
                        return string.Join((string)join[0]!, parts.Select(Of));
                    case "Fn::If" when p.Value is JArray { Count: 3 } branches:
                        return $"(if {Of(branches[0])}: {Of(branches[1])} else {Of(branches[2])})";
                }
                return o.ToString(Formatting.None);
            case JArray array:
                return "[" + string.Join(", ", array.Select(Of)) + "]";
            default:
                return token.ToString(Formatting.None);
        }
    }

    /// <summary>The items of a value that may be one item or a list (IAM's <c>Action</c> and <c>Resource</c>).</summary>
    public static IEnumerable<string> Items(JToken? token) =>
        token switch
        {
            null => [],
            JArray array => array.Select(Of),
            _ => [Of(token)],
        };
}
