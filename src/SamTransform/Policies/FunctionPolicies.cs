using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Policies;

/// <summary>One entry of a <c>Policies</c> property, classified.</summary>
public sealed record PolicyEntry(int Index, PolicyKind Kind, JToken Value);

/// <summary>
/// The <c>Policies</c> property of a function (a single policy or a list of them): the policy templates SAM expands
/// before anything else about the resource is checked, then the classified entries its execution role is built from.
/// </summary>
public static class FunctionPolicies
{
    /// <summary>
    /// SAM's first step on a resource with <c>Policies</c>, before its properties are checked: every entry is
    /// classified (a malformed or mixed <c>Fn::If</c> is a template-level error), then each policy template, also in the
    /// branches of an <c>Fn::If</c>, is replaced by the policy document it stands for. The property becomes a list.
    /// </summary>
    public static void ExpandTemplates(SamResource resource, string propertyName = "Policies")
    {
        if (resource.Definition["Properties"] is not JObject properties) return;
        var policies = properties[propertyName];
        if (!Scalars.IsTruthy(policies)) return;
        var items = policies is JArray list ? [.. list] : new List<JToken> { policies! };
        var kinds = items.Select(item => Classify(item, resource)).ToList();
        if (!kinds.Contains(PolicyKind.Template)) return;
        var expanded = new JArray();
        for (var i = 0; i < items.Count; i++)
            expanded.Add(kinds[i] == PolicyKind.Template ? ExpandTemplate(items[i], resource) : items[i].DeepClone());
        properties[propertyName] = expanded;
    }

    /// <summary>A policy template entry (or an <c>Fn::If</c> choosing between templates) as policy documents.</summary>
    public static JToken ExpandTemplate(JToken entry, SamResource resource)
    {
        if (Intrinsics.IsIntrinsic(entry, "Fn::If") && entry["Fn::If"] is JArray { Count: 3 } args)
        {
            JToken Branch(JToken branch) => Intrinsics.IsNoValue(branch) ? branch.DeepClone() : ExpandTemplate(branch, resource);
            return new JObject { ["Fn::If"] = new JArray(args[0].DeepClone(), Branch(args[1]), Branch(args[2])) };
        }
        var template = ((JObject)entry).Properties().First();
        if (!PolicyTemplateProcessor.IsTemplate(template.Name))
            throw resource.Invalid($"Template with name '{template.Name}' is not found", entry);
        return PolicyTemplateProcessor.Expand(template.Name, template.Value, resource);
    }

    /// <summary>
    /// The entries of the property, after its type check (a string, a map, or a list of strings and maps); an empty
    /// value has none. An entry that is no managed policy, policy document or template is invalid.
    /// </summary>
    public static List<PolicyEntry> Read(JToken? policies, SamResource resource, string propertyName = "Policies")
    {
        var result = new List<PolicyEntry>();
        if (policies is null || policies.Type == JTokenType.Null) return result;
        if (!IsStringOrMap(policies) && !(policies is JArray list && list.All(IsStringOrMap)))
            throw resource.Invalid($"Type of property '{propertyName}' is invalid.", policies);
        if (!Scalars.IsTruthy(policies)) return result;
        var index = 0;
        foreach (var item in policies is JArray items ? items : new JArray(policies))
        {
            var kind = Classify(item, resource);
            if (kind == PolicyKind.Unknown)
                throw resource.Invalid($"Policy at index {index} in the '{propertyName}' property is not valid", item);
            result.Add(new PolicyEntry(index, kind, item));
            index++;
        }
        return result;
    }

    private static bool IsStringOrMap(JToken token) => token.Type is JTokenType.String or JTokenType.Object;

    public static PolicyKind Classify(JToken policy, SamResource resource)
    {
        if (policy.Type == JTokenType.String) return PolicyKind.Managed;
        if (Intrinsics.IsIntrinsic(policy, "Fn::If")) return ClassifyIf(policy, resource);
        if (Intrinsics.IsIntrinsic(policy)) return PolicyKind.Managed;
        if (policy is JObject obj)
        {
            if (obj["Statement"] is not null) return PolicyKind.Statement;
            if (obj.Count == 1 && PolicyTemplateProcessor.IsTemplate(obj.Properties().First().Name)) return PolicyKind.Template;
        }
        return PolicyKind.Unknown;
    }

    /// <summary>The kind both branches share (a branch that is <c>AWS::NoValue</c> takes the other's); errors are about the document.</summary>
    private static PolicyKind ClassifyIf(JToken policy, SamResource resource)
    {
        if (policy["Fn::If"] is not JArray { Count: 3 } args)
            throw new SamDocumentException("Structure of the SAM template is invalid. Fn::If requires 3 arguments", policy);
        var whenTrue = Classify(args[1], resource);
        var whenFalse = Classify(args[2], resource);
        if (whenTrue == whenFalse) return whenTrue;
        if (Intrinsics.IsNoValue(args[1])) return whenFalse;
        if (Intrinsics.IsNoValue(args[2])) return whenTrue;
        throw new SamDocumentException("Structure of the SAM template is invalid. Different policy types within the same Fn::If statement is unsupported. Separate different policy types into different Fn::If statements", policy);
    }
}
