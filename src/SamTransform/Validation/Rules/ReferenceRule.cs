using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// Every name a template uses exists: <c>Ref</c> and <c>Fn::Sub</c> variables (resources, parameters, pseudo
/// parameters), <c>Fn::GetAtt</c> (a resource, and an attribute of its type), <c>DependsOn</c>, <c>Condition</c> and
/// <c>Fn::FindInMap</c> (mapping and keys written as text). Run on the transformed template, where the resources SAM
/// generates (<c>ServerlessRestApi</c>, <c>FnRole</c>) exist; <see cref="CheckAsWritten"/> runs it on the template
/// as written when the transform failed, accepting the names SAM would have generated.
/// </summary>
public sealed class ReferenceRule : IValidationRule
{
    public void Check(ValidationContext context) => Check(context, context.References, asWritten: false);

    /// <summary>The check on a SAM template that did not transform: a name SAM derives from a resource id is accepted.</summary>
    public static void CheckAsWritten(ValidationContext context) => Check(context, context.References, asWritten: true);

    /// <summary>Templates that other macros change before CloudFormation reads them are not checked.</summary>
    public static bool Applies(JObject template)
    {
        var transform = template["Transform"];
        var names = transform is JArray list ? list.Select(t => t.Type == JTokenType.String ? (string)t! : "?") : transform is null ? [] : [transform.Type == JTokenType.String ? (string)transform! : "?"];
        return names.All(n => n == "AWS::Serverless-2016-10-31");
    }

    private static void Check(ValidationContext context, IReadOnlyList<Reference> references, bool asWritten)
    {
        var template = context.Template;
        var resources = context.Resources;
        var parameters = template["Parameters"] as JObject ?? new JObject();
        var conditions = template["Conditions"] as JObject ?? new JObject();
        var mappings = template["Mappings"] as JObject;
        var samIds = asWritten
            ? resources.Properties().Where(p => TypeOf(p.Value)?.StartsWith("AWS::Serverless::", StringComparison.Ordinal) == true).Select(p => p.Name).ToList()
            : [];
        bool Generated(string name) => asWritten && (name.StartsWith("Serverless", StringComparison.Ordinal) || name == "CodeDeployServiceRole" || samIds.Any(id => name.StartsWith(id, StringComparison.Ordinal)));
        bool IsResource(string name) => resources[name] is not null || Generated(name);
        IEnumerable<string> ValueNames(bool withResources) =>
            parameters.Properties().Select(p => p.Name).Concat(References.PseudoParameters).Concat(withResources ? resources.Properties().Select(p => p.Name) : []);

        foreach (var r in references)
        {
            switch (r.Kind)
            {
                case ReferenceKind.Ref:
                case ReferenceKind.SubVariable:
                {
                    if (!Plain(r.Name)) break;
                    var withResources = r.Section != "Conditions";
                    if (parameters[r.Name] is not null || References.PseudoParameters.Contains(r.Name) || (withResources && IsResource(r.Name))) break;
                    var suggestion = Suggestions.Closest(r.Name, ValueNames(withResources));
                    context.Report(r.Kind == ReferenceKind.Ref
                        ? DiagnosticCatalog.UnknownRefTarget(r.Name, withResources, suggestion)
                        : DiagnosticCatalog.UnknownSubVariable(r.Name, suggestion), r.At);
                    break;
                }
                case ReferenceKind.GetAtt:
                {
                    if (!Plain(r.Name)) break;
                    if (resources[r.Name] is not JObject target)
                    {
                        if (!Generated(r.Name))
                            context.Report(DiagnosticCatalog.UnknownGetAttResource(r.IsSubVariable ? $"${{{r.Name}.{r.Attribute}}}" : r.Name, Suggestions.Closest(r.Name, resources.Properties().Select(p => p.Name))), r.At);
                        break;
                    }
                    if (r.Attribute is not { } attribute || TypeOf(target) is not { } type || !HasFixedAttributes(type)) break;
                    if (type == "AWS::CloudFormation::Stack" && attribute.StartsWith("Outputs.", StringComparison.Ordinal)) break;
                    if (ResourceTypes.HasAttribute(type, attribute) == false)
                        context.Report(DiagnosticCatalog.UnknownAttribute(attribute, type, r.Name, ResourceTypes.Attributes(type)), r.At);
                    break;
                }
                case ReferenceKind.DependsOn:
                    if (!IsResource(r.Name))
                        context.Report(DiagnosticCatalog.UnknownDependsOn(r.Name, Suggestions.Closest(r.Name, resources.Properties().Select(p => p.Name))), r.At);
                    break;
                case ReferenceKind.Condition:
                    if (conditions[r.Name] is null)
                        context.Report(DiagnosticCatalog.UnknownCondition(r.Name, Suggestions.Closest(r.Name, conditions.Properties().Select(p => p.Name))), r.At);
                    break;
                case ReferenceKind.FindInMap:
                    CheckFindInMap(context, r, mappings);
                    break;
            }
        }
    }

    private static void CheckFindInMap(ValidationContext context, Reference r, JObject? mappings)
    {
        if (mappings?[r.Name] is not JObject map)
        {
            context.Report(DiagnosticCatalog.UnknownMapping(r.Name, Suggestions.Closest(r.Name, mappings?.Properties().Select(p => p.Name) ?? [])), r.At);
            return;
        }
        if (ValidationContext.Text(r.Key1) is not { } key1) return;
        if (map[key1] is not JObject second)
        {
            if (map.Count > 0) context.Report(DiagnosticCatalog.UnknownMappingKey(key1, r.Name, Suggestions.Closest(key1, map.Properties().Select(p => p.Name))), r.Key1!);
            return;
        }
        if (ValidationContext.Text(r.Key2) is { } key2 && second[key2] is null)
            context.Report(DiagnosticCatalog.UnknownMappingKey(key2, $"{r.Name}.{key1}", Suggestions.Closest(key2, second.Properties().Select(p => p.Name))), r.Key2!);
    }

    /// <summary>A name CloudFormation would look up (not one with spaces or other text a check cannot judge).</summary>
    private static bool Plain(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or '.' or '-');

    /// <summary>Types whose attributes the table lists: AWS types other than SAM's and custom resources.</summary>
    private static bool HasFixedAttributes(string type) =>
        type.StartsWith("AWS::", StringComparison.Ordinal) && !type.StartsWith("AWS::Serverless::", StringComparison.Ordinal) && type != "AWS::CloudFormation::CustomResource" && ResourceTypes.IsKnown(type);

    private static string? TypeOf(JToken? resource) => resource?["Type"] is JValue { Type: JTokenType.String } t ? (string)t! : null;
}
