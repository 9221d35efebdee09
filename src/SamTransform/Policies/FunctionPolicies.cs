using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Policies;

/// <summary>One entry of a <c>Policies</c> property, classified.</summary>
public sealed record PolicyEntry(int Index, PolicyKind Kind, JToken Value);

/// <summary>Classifies the entries of a SAM <c>Policies</c> property (a single policy or a list of them).</summary>
public static class FunctionPolicies
{
    public static List<PolicyEntry> Read(JToken? policies, SamResource resource, string propertyName = "Policies")
    {
        var result = new List<PolicyEntry>();
        if (policies is null || policies.Type == JTokenType.Null) return result;
        IEnumerable<JToken> items = policies switch
        {
            JArray list => list,
            JObject obj when IsSinglePolicy(obj) => [obj],
            JValue { Type: JTokenType.String } => [policies],
            JObject obj => [obj],
            _ => throw resource.Invalid($"Type of property '{propertyName}' is invalid.", policies),
        };
        var index = 0;
        foreach (var item in items)
        {
            var kind = Classify(item, resource);
            if (kind == PolicyKind.Unknown)
                throw resource.Invalid($"Policy at index {index} in the '{propertyName}' property is not valid", item);
            result.Add(new PolicyEntry(index, kind, item));
            index++;
        }
        return result;
    }

    private static bool IsSinglePolicy(JObject obj) => obj["Statement"] is not null || Intrinsics.IsIntrinsic(obj) || obj.Count == 1;

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

    private static PolicyKind ClassifyIf(JToken policy, SamResource resource)
    {
        if (policy["Fn::If"] is not JArray { Count: 3 } args)
            throw resource.Invalid("Value of Fn::If must be a list.", policy);
        var whenTrue = args[1];
        var whenFalse = args[2];
        if (Intrinsics.IsNoValue(whenTrue)) return Classify(whenFalse, resource);
        if (Intrinsics.IsNoValue(whenFalse)) return Classify(whenTrue, resource);
        var a = Classify(whenTrue, resource);
        var b = Classify(whenFalse, resource);
        if (a != b)
            throw resource.Invalid($"Different policy types within the same Fn::If statement is unsupported. Policy: {policy.ToString(Newtonsoft.Json.Formatting.None)}", policy);
        return a;
    }
}
