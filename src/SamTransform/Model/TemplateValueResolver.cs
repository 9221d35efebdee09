using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Model;

/// <summary>
/// The partial intrinsic evaluation SAM applies to a few properties before it reads them (deployment types, booleans
/// such as <c>PassthroughCondition</c>): <c>Ref</c>s to known parameters become their values, <c>Fn::Sub</c> variables
/// naming known parameters are filled in (the <c>Fn::Sub</c> itself stays), and <c>Fn::FindInMap</c> whose arguments
/// are all plain strings is looked up in <c>Mappings</c>. Anything it cannot evaluate is left as written.
/// </summary>
public sealed class TemplateValueResolver(IReadOnlyDictionary<string, JToken> parameters, JObject? mappings)
{
    /// <summary>A resolver over the transform's parameter values and the template's <c>Mappings</c>.</summary>
    public static TemplateValueResolver For(TransformContext context) => new(context.ParameterValues, context.Template["Mappings"] as JObject);

    /// <summary>Returns a resolved copy; the input is not changed.</summary>
    public JToken Resolve(JToken value)
    {
        switch (value)
        {
            case JObject obj when obj.Count == 1 && obj["Ref"] is JValue { Type: JTokenType.String } name:
                return parameters.TryGetValue((string)name!, out var v) ? v.DeepClone() : obj.DeepClone();
            case JObject obj when obj.Count == 1 && obj["Fn::Sub"] is { } sub:
                return new JObject { ["Fn::Sub"] = ResolveSub(sub) };
            case JObject obj when obj.Count == 1 && obj["Fn::FindInMap"] is JArray args:
                var resolvedArgs = new JArray(args.Select(Resolve));
                return FindInMap(resolvedArgs) ?? new JObject { ["Fn::FindInMap"] = resolvedArgs };
            case JObject obj:
                var copy = new JObject();
                foreach (var p in obj.Properties()) copy[p.Name] = Resolve(p.Value);
                return copy;
            case JArray array:
                return new JArray(array.Select(Resolve));
            default:
                return value.DeepClone();
        }
    }

    private JToken ResolveSub(JToken sub)
    {
        if (sub.Type == JTokenType.String) return Substitute((string)sub!, null);
        if (sub is JArray { Count: 2 } pair && pair[0].Type == JTokenType.String && pair[1] is JObject variables)
            return new JArray(Substitute((string)pair[0]!, variables), Resolve(variables));
        return sub.DeepClone();
    }

    /// <summary>Fills <c>${Name}</c> for every known parameter not shadowed by the Sub's own variables.</summary>
    private string Substitute(string text, JObject? variables) =>
        SubText.MapVariables(text, name =>
            variables?[name] is null && parameters.TryGetValue(name, out var value) && value is JValue scalar && scalar.Type != JTokenType.Null
                ? Scalars.ToText(scalar)
                : null, replaceWhole: true);

    private JToken? FindInMap(JArray args)
    {
        if (mappings is null || args.Count != 3 || args.Any(a => a.Type != JTokenType.String)) return null;
        return mappings[(string)args[0]!]?[(string)args[1]!]?[(string)args[2]!]?.DeepClone();
    }
}
