namespace SamTransform.Diagnostics;

/// <summary>SAM3018–SAM3029: names, references and the structure of the CloudFormation template (<c>validate</c>).</summary>
public static partial class DiagnosticCatalog
{
    public static Diagnostic UnknownCfnResourceType(string type, string? suggestion) =>
        Rule("SAM3018", DiagnosticLevel.Error, $"'{type}' is not a CloudFormation resource type{DidYouMean(suggestion)}");

    public static Diagnostic RetiredResourceType(string type, string service, DateOnly retired) =>
        Rule("SAM3019", DiagnosticLevel.Error, $"{type} belongs to {service}, which AWS retired on {retired:yyyy-MM-dd}; CloudFormation can no longer create it");

    public static Diagnostic UnknownRefTarget(string name, bool resourcesAllowed, string? suggestion) =>
        Rule("SAM3020", DiagnosticLevel.Error, resourcesAllowed
            ? $"Ref '{name}' names no resource, parameter or pseudo parameter of the template{DidYouMean(suggestion)}"
            : $"Ref '{name}' in Conditions names no parameter or pseudo parameter (conditions cannot read resources){DidYouMean(suggestion)}");

    public static Diagnostic UnknownGetAttResource(string name, string? suggestion) =>
        Rule("SAM3021", DiagnosticLevel.Error, $"Fn::GetAtt names '{name}', which is not a resource of the template{DidYouMean(suggestion)}");

    public static Diagnostic UnknownAttribute(string attribute, string type, string resource, IReadOnlyCollection<string> attributes) =>
        Rule("SAM3022", DiagnosticLevel.Error, $"'{attribute}' is not an attribute of {type} (resource {resource}) that Fn::GetAtt can read" + (
            Validation.Suggestions.Closest(attribute, attributes) is { } s ? $"; did you mean '{s}'?"
            : attributes.Count == 0 ? "; the type has no attributes."
            : attributes.Count <= 8 ? $"; it has {string.Join(", ", attributes.Order(StringComparer.Ordinal))}."
            : "."));

    public static Diagnostic UnknownSubVariable(string name, string? suggestion) =>
        Rule("SAM3023", DiagnosticLevel.Error, $"Fn::Sub variable '${{{name}}}' names no resource, parameter or pseudo parameter of the template{DidYouMean(suggestion)}");

    public static Diagnostic UnknownDependsOn(string name, string? suggestion) =>
        Rule("SAM3024", DiagnosticLevel.Error, $"DependsOn names '{name}', which is not a resource of the template{DidYouMean(suggestion)}");

    public static Diagnostic UnknownCondition(string name, string? suggestion) =>
        Rule("SAM3025", DiagnosticLevel.Error, $"Condition '{name}' is not defined in Conditions{DidYouMean(suggestion)}");

    public static Diagnostic UnknownMapping(string name, string? suggestion) =>
        Rule("SAM3026", DiagnosticLevel.Error, $"Fn::FindInMap names the mapping '{name}', which is not defined in Mappings{DidYouMean(suggestion)}");

    public static Diagnostic UnknownMappingKey(string key, string mapping, string? suggestion) =>
        Rule("SAM3026", DiagnosticLevel.Error, $"Fn::FindInMap: '{key}' is not a key of the mapping {mapping}{DidYouMean(suggestion)}");

    public static Diagnostic SubstitutionOutsideSub(string variable) =>
        Rule("SAM3027", DiagnosticLevel.Error, $"'${{{variable}}}' is written outside Fn::Sub, so CloudFormation keeps it as literal text; write the value with !Sub");

    public static Diagnostic DependencyCycle(string cycle) =>
        Rule("SAM3028", DiagnosticLevel.Error, $"Circular dependency between resources: {cycle}; CloudFormation cannot order them");

    public static Diagnostic ExclusiveProperties(string first, string second, string type) =>
        Rule("SAM3029", DiagnosticLevel.Error, $"'{first}' and '{second}' of {type} exclude each other; set only one of them");

    public static Diagnostic RuntimeCreationBlocked(string runtime, DateOnly deprecated, DateOnly blockCreate, DateOnly? blockUpdate, DateOnly today, string? suggestion) =>
        Rule("SAM3112", DiagnosticLevel.Error,
            $"Runtime '{runtime}' was deprecated by Lambda on {deprecated:yyyy-MM-dd}; creating functions with it is blocked since {blockCreate:yyyy-MM-dd}" +
            (blockUpdate is { } u ? $" and updating them {(u <= today ? "since" : "from")} {u:yyyy-MM-dd}" : "") +
            (suggestion is null ? "" : $"; use '{suggestion}'"));

    public static Diagnostic PolicyResourceNotArn(string element, string value) =>
        Rule("SAM3172", DiagnosticLevel.Error, $"{element} '{value}' is neither \"*\", an ARN (arn:partition:service:region:account:resource) nor an intrinsic function");
}
