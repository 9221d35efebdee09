using Newtonsoft.Json.Linq;

namespace SamTransform.Validation;

/// <summary>What a reference in a template names: a resource, a parameter, a condition or a mapping entry.</summary>
public enum ReferenceKind { Ref, GetAtt, SubVariable, DependsOn, Condition, FindInMap }

/// <summary>
/// One name a template uses: <paramref name="At"/> is the token that spells it, <paramref name="From"/> the resource it
/// is written in (null in Outputs and Conditions). For <c>Fn::GetAtt</c> and <c>${A.B}</c> the attribute comes too
/// (null when it is an intrinsic); for <c>Fn::FindInMap</c> the two keys, when they are written as text.
/// </summary>
public sealed record Reference(ReferenceKind Kind, string Name, JToken At, string? From, string Section, string? Attribute = null, JToken? Key1 = null, JToken? Key2 = null)
{
    /// <summary>A <c>${A.B}</c> of <c>Fn::Sub</c> (kind <see cref="ReferenceKind.GetAtt"/>).</summary>
    public bool IsSubVariable { get; init; }
}

/// <summary>
/// Collects every reference of a template in one pass: <c>Ref</c>, <c>Fn::GetAtt</c>, the variables of <c>Fn::Sub</c>
/// (less its own variable map and <c>${!literal}</c>), <c>DependsOn</c>, <c>Condition</c> (of resources and outputs,
/// <c>Fn::If</c> and condition functions) and <c>Fn::FindInMap</c>. <c>Metadata</c> is not read, as CloudFormation
/// does not resolve it.
/// </summary>
public static class References
{
    public static readonly IReadOnlySet<string> PseudoParameters = new HashSet<string>(StringComparer.Ordinal)
    {
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    };

    public static List<Reference> Collect(JObject template)
    {
        var found = new List<Reference>();
        if (template["Resources"] is JObject resources)
            foreach (var resource in resources.Properties())
            {
                if (resource.Value is not JObject body) continue;
                var id = resource.Name;
                switch (body["DependsOn"])
                {
                    case JValue { Type: JTokenType.String } one: found.Add(new(ReferenceKind.DependsOn, (string)one!, one, id, "Resources")); break;
                    case JArray many:
                        foreach (var item in many)
                            if (item.Type == JTokenType.String) found.Add(new(ReferenceKind.DependsOn, (string)item!, item, id, "Resources"));
                        break;
                }
                if (body["Condition"] is JValue { Type: JTokenType.String } condition) found.Add(new(ReferenceKind.Condition, (string)condition!, condition, id, "Resources"));
                foreach (var part in (string[])["Properties", "UpdatePolicy", "CreationPolicy"])
                    if (body[part] is { } value) Walk(value, id, "Resources", found, conditionFunction: false);
            }
        if (template["Outputs"] is JObject outputs)
            foreach (var output in outputs.Properties())
            {
                if (output.Value is not JObject body) continue;
                if (body["Condition"] is JValue { Type: JTokenType.String } condition) found.Add(new(ReferenceKind.Condition, (string)condition!, condition, null, "Outputs"));
                if (body["Value"] is { } value) Walk(value, null, "Outputs", found, conditionFunction: false);
                if (body["Export"] is { } export) Walk(export, null, "Outputs", found, conditionFunction: false);
            }
        if (template["Conditions"] is JObject conditions)
            foreach (var condition in conditions.Properties())
                Walk(condition.Value, null, "Conditions", found, conditionFunction: true);
        return found;
    }

    private static void Walk(JToken token, string? from, string section, List<Reference> found, bool conditionFunction)
    {
        var stack = new Stack<(JToken Token, bool ConditionFunction)>();
        stack.Push((token, conditionFunction));
        while (stack.Count > 0)
        {
            var (t, inCondition) = stack.Pop();
            if (t is JArray array)
            {
                for (var i = array.Count - 1; i >= 0; i--) stack.Push((array[i], inCondition));
                continue;
            }
            if (t is not JObject obj) continue;
            if (obj.Count == 1 && obj.Properties().First() is var only && Intrinsic(only, from, section, found, inCondition, stack)) continue;
            foreach (var property in obj.Properties().Reverse()) stack.Push((property.Value, false));
        }
    }

    /// <summary>Records the reference of an intrinsic function and pushes its arguments; false when it is not one.</summary>
    private static bool Intrinsic(JProperty only, string? from, string section, List<Reference> found, bool inCondition, Stack<(JToken, bool)> stack)
    {
        var value = only.Value;
        switch (only.Name)
        {
            case "Ref":
                if (value.Type == JTokenType.String) found.Add(new(ReferenceKind.Ref, (string)value!, value, from, section));
                return true;
            case "Fn::GetAtt":
                if (value is JArray { Count: >= 2 } args && args[0].Type == JTokenType.String)
                {
                    found.Add(new(ReferenceKind.GetAtt, (string)args[0]!, args[0], from, section, args[1].Type == JTokenType.String ? (string)args[1]! : null));
                    for (var i = 1; i < args.Count; i++) stack.Push((args[i], false));
                }
                else if (value is JValue { Type: JTokenType.String } dotted && ((string)dotted!).IndexOf('.', StringComparison.Ordinal) is var dot and > 0)
                {
                    var text = (string)dotted!;
                    found.Add(new(ReferenceKind.GetAtt, text[..dot], dotted, from, section, text[(dot + 1)..]));
                }
                return true;
            case "Fn::Sub":
                if (value.Type == JTokenType.String) SubVariables(value, null, from, section, found);
                else if (value is JArray { Count: 2 } sub && sub[0].Type == JTokenType.String)
                {
                    var locals = sub[1] is JObject map ? map.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) : null;
                    SubVariables(sub[0], locals, from, section, found);
                    stack.Push((sub[1], false));
                }
                else stack.Push((value, false));
                return true;
            case "Fn::If":
                if (value is JArray { Count: 3 } branches)
                {
                    if (branches[0].Type == JTokenType.String) found.Add(new(ReferenceKind.Condition, (string)branches[0]!, branches[0], from, section));
                    stack.Push((branches[2], false));
                    stack.Push((branches[1], false));
                }
                else stack.Push((value, false));
                return true;
            case "Condition" when inCondition:
                if (value.Type == JTokenType.String) found.Add(new(ReferenceKind.Condition, (string)value!, value, from, section));
                return true;
            case "Fn::And" or "Fn::Or" or "Fn::Not" or "Fn::Equals":
                stack.Push((value, true));
                return true;
            case "Fn::FindInMap":
                if (value is JArray { Count: >= 3 } keys)
                {
                    if (keys[0].Type == JTokenType.String)
                        found.Add(new(ReferenceKind.FindInMap, (string)keys[0]!, keys[0], from, section, Key1: keys.Count == 3 ? keys[1] : null, Key2: keys.Count == 3 ? keys[2] : null));
                    for (var i = keys.Count - 1; i >= 0; i--) stack.Push((keys[i], false));
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>The variables of a <c>Fn::Sub</c> text: <c>${Name}</c> and <c>${Name.Attribute}</c>, not <c>${!Literal}</c>.</summary>
    private static void SubVariables(JToken text, HashSet<string>? locals, string? from, string section, List<Reference> found)
    {
        foreach (var name in Variables((string)text!))
        {
            if (locals is not null && locals.Contains(name)) continue;
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && !name.StartsWith("AWS::", StringComparison.Ordinal))
                found.Add(new(ReferenceKind.GetAtt, name[..dot], text, from, section, name[(dot + 1)..]) { IsSubVariable = true });
            else
                found.Add(new(ReferenceKind.SubVariable, name, text, from, section));
        }
    }

    /// <summary>The names inside <c>${...}</c> of a text, less <c>${!...}</c>.</summary>
    public static IEnumerable<string> Variables(string text)
    {
        for (var start = text.IndexOf("${", StringComparison.Ordinal); start >= 0; start = text.IndexOf("${", start + 2, StringComparison.Ordinal))
        {
            var end = text.IndexOf('}', start + 2);
            if (end < 0) yield break;
            if (text[start + 2] == '!') continue;
            yield return text[(start + 2)..end];
        }
    }
}
