using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Pipeline;

/// <summary>
/// The intrinsic resolution SAM itself performs on a few properties: a <c>Ref</c> to a template parameter (or to
/// <c>AWS::Region</c> / <c>AWS::Partition</c>) becomes its value; <c>Fn::Sub</c> variables naming parameters are filled in.
/// Everything else stays for CloudFormation.
/// </summary>
public static class ParameterResolver
{
    /// <summary>
    /// Returns a resolved copy of <paramref name="value"/> (the input is not changed). Every token of the copy keeps
    /// the source position of the token it replaces, so an error about the resolved value still points at the line.
    /// </summary>
    public static JToken Resolve(JToken value, IReadOnlyDictionary<string, JToken> parameters)
    {
        var resolved = ResolveToken(value, parameters);
        if (SourceLocation.Of(resolved) is null && SourceLocation.Of(value) is { } at) SourceAnnotation.Attach(resolved, at);
        return resolved;
    }

    private static JToken ResolveToken(JToken value, IReadOnlyDictionary<string, JToken> parameters)
    {
        switch (value)
        {
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Ref") && obj["Ref"]!.Type == JTokenType.String:
                return parameters.TryGetValue((string)obj["Ref"]!, out var v) ? v.DeepClone() : obj.DeepClone();
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Fn::Sub") && obj["Fn::Sub"]!.Type == JTokenType.String:
                return ResolveSub((string)obj["Fn::Sub"]!, parameters) is { } text ? new JValue(text) : obj.DeepClone();
            case JObject obj:
                var copy = new JObject();
                foreach (var p in obj.Properties()) copy[p.Name] = Resolve(p.Value, parameters);
                return copy;
            case JArray array:
                return new JArray(array.Select(x => Resolve(x, parameters)));
            default:
                return value.DeepClone();
        }
    }

    /// <summary>Fills a Fn::Sub string whose every variable is a known parameter; null when one is not.</summary>
    private static string? ResolveSub(string text, IReadOnlyDictionary<string, JToken> parameters)
    {
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0) { sb.Append(text, i, text.Length - i); break; }
            sb.Append(text, i, start - i);
            var end = text.IndexOf('}', start);
            if (end < 0) return null;
            var name = text[(start + 2)..end];
            if (name.StartsWith('!')) { sb.Append("${").Append(name[1..]).Append('}'); i = end + 1; continue; }
            if (!parameters.TryGetValue(name, out var value) || value.Type is JTokenType.Object or JTokenType.Array) return null;
            sb.Append(value.ToString());
            i = end + 1;
        }
        return sb.ToString();
    }
}
