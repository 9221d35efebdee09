using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// ECR <c>LifecyclePolicyText</c>: JSON with a <c>rules</c> list, unique <c>rulePriority</c>, a valid <c>selection</c>
/// and <c>action</c>; a rule for <c>any</c> tag status must come last.
/// </summary>
public sealed class EcrLifecyclePolicyRule : IValidationRule
{
    private static readonly string[] TagStatuses = ["tagged", "untagged", "any"];
    private static readonly string[] CountTypes = ["imageCountMoreThan", "sinceImagePushed", "sinceImagePulled", "sinceImageTransitioned"];
    private static readonly string[] Actions = ["expire", "transition"];

    public void Check(ValidationContext context)
    {
        foreach (var (_, _, p) in context.OfType("AWS::ECR::Repository"))
        {
            if (p["LifecyclePolicy"] is not JObject policy || policy["LifecyclePolicyText"] is not { Type: JTokenType.String } text) continue;
            if (Problem((string)text!) is { } problem) context.Report(DiagnosticCatalog.InvalidLifecyclePolicy(problem), text);
        }
    }

    public static string? Problem(string text)
    {
        if (text.Contains("{{resolve:", StringComparison.Ordinal)) return null;
        JToken parsed;
        try
        {
            parsed = JToken.Parse(text);
        }
        catch (JsonReaderException ex)
        {
            return $"it is not JSON ({ex.Message})";
        }
        if (parsed is not JObject root || root["rules"] is not JArray { Count: > 0 } rules) return "it needs a non-empty \"rules\" list";
        var priorities = new HashSet<long>();
        long? anyPriority = null;
        long highest = 0;
        foreach (var rule in rules)
        {
            if (rule is not JObject r) return "each rule must be an object";
            foreach (var key in r.Properties().Select(x => x.Name))
                if (key is not ("rulePriority" or "description" or "selection" or "action"))
                    return $"'{key}' is not a rule field{Hint(key, ["rulePriority", "description", "selection", "action"])}";
            if (r["rulePriority"] is not JValue { Type: JTokenType.Integer } pv || (long)pv! < 1) return "every rule needs an integer rulePriority of 1 or more";
            var priority = (long)pv!;
            if (!priorities.Add(priority)) return $"rulePriority {priority} is used by more than one rule";
            highest = Math.Max(highest, priority);
            if (r["selection"] is not JObject selection) return $"rule {priority} needs a \"selection\" object";
            if (SelectionProblem(selection, priority) is { } problem) return problem;
            if ((string?)selection["tagStatus"] == "any") anyPriority = priority;
            if (r["action"] is not JObject action || action["type"] is not JValue { Type: JTokenType.String } type || !Actions.Contains((string)type!))
                return $"rule {priority} needs \"action\": {{\"type\": \"expire\"}} (or \"transition\")";
        }
        if (anyPriority is { } any && any != highest) return $"the rule with tagStatus \"any\" (rulePriority {any}) must have the highest rulePriority";
        return null;
    }

    private static string? SelectionProblem(JObject selection, long priority)
    {
        var status = selection["tagStatus"]?.Type == JTokenType.String ? (string)selection["tagStatus"]! : null;
        if (status is null || !TagStatuses.Contains(status)) return $"rule {priority}: tagStatus must be tagged, untagged or any, not {Show(selection["tagStatus"])}{Hint(status, TagStatuses)}";
        if (status == "tagged" && selection["tagPrefixList"] is not JArray { Count: > 0 } && selection["tagPatternList"] is not JArray { Count: > 0 })
            return $"rule {priority}: tagStatus tagged needs a tagPrefixList or tagPatternList";
        var countType = selection["countType"]?.Type == JTokenType.String ? (string)selection["countType"]! : null;
        if (countType is null || !CountTypes.Contains(countType)) return $"rule {priority}: countType must be {string.Join(", ", CountTypes)}, not {Show(selection["countType"])}{Hint(countType, CountTypes)}";
        var unit = selection["countUnit"];
        if (countType == "imageCountMoreThan" && unit is not null) return $"rule {priority}: countUnit is not used with imageCountMoreThan";
        if (countType != "imageCountMoreThan" && (unit?.Type != JTokenType.String || (string)unit! != "days")) return $"rule {priority}: countType {countType} needs countUnit \"days\", not {Show(unit)}";
        if (selection["countNumber"] is not JValue { Type: JTokenType.Integer } n || (long)n! < 1) return $"rule {priority}: countNumber must be a whole number of 1 or more, not {Show(selection["countNumber"])}";
        return null;
    }

    private static string Show(JToken? token) => token is null ? "missing" : token.ToString(Formatting.None);

    private static string Hint(string? value, IEnumerable<string> options) =>
        value is not null && Suggestions.Closest(value, options) is { } s ? $" (did you mean '{s}'?)" : "";
}
