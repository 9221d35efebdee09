using Newtonsoft.Json.Linq;

namespace SamTransform.Model;

/// <summary>Helpers for CloudFormation intrinsic functions in the JSON model.</summary>
public static class Intrinsics
{
    public static bool IsIntrinsic(JToken? token) =>
        token is JObject { Count: 1 } obj && obj.Properties().First().Name is var name && (name == "Ref" || name == "Condition" || name.StartsWith("Fn::", StringComparison.Ordinal));

    public static bool IsIntrinsic(JToken? token, string function) =>
        token is JObject { Count: 1 } obj && obj.Property(function, StringComparison.Ordinal) is not null;

    public static JObject Ref(string logicalId) => new(new JProperty("Ref", logicalId));

    public static JObject GetAtt(string logicalId, string attribute) => new(new JProperty("Fn::GetAtt", new JArray(logicalId, attribute)));

    public static JObject Sub(string text) => new(new JProperty("Fn::Sub", text));

    public static JObject Sub(string text, JObject variables) => new(new JProperty("Fn::Sub", new JArray(text, variables)));

    public static JObject If(string condition, JToken whenTrue, JToken whenFalse) => new(new JProperty("Fn::If", new JArray(condition, whenTrue, whenFalse)));

    public static JObject NoValue => Ref("AWS::NoValue");

    public static bool IsNoValue(JToken? token) => token is JObject { Count: 1 } o && o["Ref"] is JValue { Value: "AWS::NoValue" };

    /// <summary>The logical id a <c>Ref</c> or <c>Fn::GetAtt</c> names, or null.</summary>
    public static string? ReferencedLogicalId(JToken? token)
    {
        if (token is not JObject { Count: 1 } obj) return null;
        if (obj["Ref"] is JValue { Type: JTokenType.String } r) return (string)r!;
        if (obj["Fn::GetAtt"] is JArray { Count: >= 1 } ga && ga[0].Type == JTokenType.String) return (string)ga[0]!;
        if (obj["Fn::GetAtt"] is JValue { Type: JTokenType.String } gs) return ((string)gs!).Split('.')[0];
        return null;
    }

    public static bool IsString(JToken? token) => token?.Type == JTokenType.String;
}
