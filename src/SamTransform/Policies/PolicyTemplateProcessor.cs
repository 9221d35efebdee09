using Newtonsoft.Json.Linq;
using SamTransform.Data;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Policies;

/// <summary>Expands SAM policy templates (bundled data) into policy documents.</summary>
public static class PolicyTemplateProcessor
{
    private static readonly Lazy<JObject> Templates = new(() =>
    {
        try { return EmbeddedData.Load("policy_templates.json")["Templates"] as JObject ?? new JObject(); }
        catch (InvalidOperationException) { return new JObject(); }
    });

    public static bool IsTemplate(string name) => Templates.Value[name] is JObject;

    public static IEnumerable<string> Names => Templates.Value.Properties().Select(p => p.Name);

    /// <summary>The policy document for <c>{ name: parameters }</c>; throws the reference's messages on bad input.</summary>
    public static JObject Expand(string name, JToken? parameters, SamResource resource)
    {
        var template = (JObject)Templates.Value[name]!;
        // Any map is a set of values (an intrinsic one simply lacks the parameters).
        if (parameters is not JObject values)
            throw resource.Invalid($"Must specify valid parameter values for policy template '{name}'", parameters);
        var required = (template["Parameters"] as JObject)?.Properties().Select(p => p.Name).ToList() ?? [];
        var missing = required.Where(r => values[r] is null).ToList();
        if (missing.Count > 0)
            throw resource.Invalid($"Following required parameters of template '{name}' don't have values: [{string.Join(", ", missing.Select(m => $"'{m}'"))}]", parameters);
        var substitutions = required.ToDictionary(r => r, r => values[r]!, StringComparer.Ordinal);
        var definition = (JObject)Substitute(template["Definition"]!, substitutions);
        return definition;
    }

    private static JToken Substitute(JToken token, Dictionary<string, JToken> values)
    {
        switch (token)
        {
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Ref") && obj["Ref"]!.Type == JTokenType.String && values.TryGetValue((string)obj["Ref"]!, out var v):
                return v.DeepClone();
            case JObject obj:
                var copy = new JObject();
                foreach (var p in obj.Properties()) copy[p.Name] = Substitute(p.Value, values);
                return copy;
            case JArray array:
                return new JArray(array.Select(x => Substitute(x, values)));
            default:
                return token.DeepClone();
        }
    }
}
