using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// Resource types: an <c>AWS::</c> type CloudFormation does not have (with the closest one), a type of a service AWS
/// has retired (the <c>retired</c> table of the rule settings), and properties that exclude each other in the type
/// (the resource schemas' <c>dependentExcluded</c>, <c>requiredXor</c> and <c>oneOf</c>, and documented exclusions).
/// </summary>
public sealed class ResourceTypeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var resource in context.Resources.Properties())
        {
            if (resource.Value is not JObject body || body["Type"] is not JValue { Type: JTokenType.String } typeToken) continue;
            var type = (string)typeToken!;
            if (!type.StartsWith("AWS::", StringComparison.Ordinal) || type.StartsWith("AWS::Serverless::", StringComparison.Ordinal)) continue;
            if (context.Settings.Retired(type) is { } retired && retired.Date <= context.Options.Today)
            {
                context.Report(DiagnosticCatalog.RetiredResourceType(type, retired.Service, retired.Date), typeToken);
                continue;
            }
            if (!ResourceTypes.IsKnown(type))
            {
                context.Report(DiagnosticCatalog.UnknownCfnResourceType(type, Suggestions.Closest(type, ResourceTypes.All)), typeToken);
                continue;
            }
            if (body["Properties"] is JObject properties)
                foreach (var (a, b) in ResourceTypes.Exclusive(type))
                    CheckExclusive(context, properties, a, b, type);
        }
    }

    private static void CheckExclusive(ValidationContext context, JObject properties, string a, string b, string type)
    {
        // Both paths share the part before their last step (RecordSets[].AliasTarget and RecordSets[].TTL).
        var split = Math.Max(a.LastIndexOf('.'), 0);
        var parent = split > 0 ? a[..split] : "";
        var nameA = split > 0 ? a[(split + 1)..] : a;
        var nameB = b.StartsWith(parent, StringComparison.Ordinal) && parent.Length > 0 ? b[(parent.Length + 1)..] : b;
        foreach (var holder in Follow(properties, parent))
            if (holder.Property(nameA) is { } first && holder.Property(nameB) is { } second && !IsNoValue(first.Value) && !IsNoValue(second.Value))
            {
                var later = SourceOrder(first, second);
                context.Report(DiagnosticCatalog.ExclusiveProperties(later == second ? nameA : nameB, later.Name, type), later);
            }
    }

    private static JProperty SourceOrder(JProperty first, JProperty second) =>
        (Reading.SourceLocation.Of(second)?.Line ?? 0) >= (Reading.SourceLocation.Of(first)?.Line ?? 0) ? second : first;

    private static bool IsNoValue(JToken value) => Model.Intrinsics.IsNoValue(value) || value is JObject o && Model.Intrinsics.IsIntrinsic(o, "Fn::If");

    /// <summary>The objects a path leads to: <c>a.b</c> follows maps, <c>a[]</c> every item of a list.</summary>
    private static IEnumerable<JObject> Follow(JObject root, string path)
    {
        IEnumerable<JToken> current = [root];
        if (path.Length > 0)
            foreach (var step in path.Split('.'))
            {
                var list = step.EndsWith("[]", StringComparison.Ordinal);
                var name = list ? step[..^2] : step;
                current = current.OfType<JObject>().Select(o => o[name]).OfType<JToken>();
                if (list) current = current.OfType<JArray>().SelectMany(a => a);
            }
        return current.OfType<JObject>();
    }
}
