using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Pipeline;

/// <summary>
/// The intrinsic resolution SAM itself performs on a few properties: a <c>Ref</c> to a template parameter (or to
/// <c>AWS::Region</c> / <c>AWS::Partition</c>) becomes its value; in an <c>Fn::Sub</c> string the variables naming them are
/// filled in (the <c>Fn::Sub</c> stays). Everything else stays for CloudFormation.
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
                return new JObject { ["Fn::Sub"] = ResolveSub((string)obj["Fn::Sub"]!, parameters) };
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

    /// <summary>Fills in the variables of a Fn::Sub string that name known parameters; the others stay.</summary>
    private static string ResolveSub(string text, IReadOnlyDictionary<string, JToken> parameters)
    {
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0) { sb.Append(text, i, text.Length - i); break; }
            sb.Append(text, i, start - i);
            var end = text.IndexOf('}', start);
            if (end < 0) { sb.Append(text, start, text.Length - start); break; }
            var name = text[(start + 2)..end];
            if (name.StartsWith('!') || !parameters.TryGetValue(name, out var value) || value.Type is JTokenType.Object or JTokenType.Array)
                sb.Append(text, start, end + 1 - start);
            else
                sb.Append(value.ToString());
            i = end + 1;
        }
        return sb.ToString();
    }
}
