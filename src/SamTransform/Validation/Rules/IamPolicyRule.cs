using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Validation.Schemas;

namespace SamTransform.Validation.Rules;

/// <summary>
/// IAM policy documents in roles, policies and resource policies: <c>Version</c>, <c>Statement</c>, and in each
/// statement <c>Effect</c>, <c>Action</c>/<c>NotAction</c>, <c>Resource</c>/<c>NotResource</c> (identity policies) or
/// <c>Principal</c> (trust and resource policies); a warning for <c>"Action": "*"</c> on <c>"Resource": "*"</c>.
/// </summary>
public sealed partial class IamPolicyRule : IValidationRule
{
    private enum Kind { Identity, Trust, Resource }

    private static readonly string[] StatementKeys = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

    private static readonly (string Type, string Property, Kind Kind)[] Documents =
    [
        ("AWS::IAM::Policy", "PolicyDocument", Kind.Identity),
        ("AWS::IAM::ManagedPolicy", "PolicyDocument", Kind.Identity),
        ("AWS::S3::BucketPolicy", "PolicyDocument", Kind.Resource),
        ("AWS::SQS::QueuePolicy", "PolicyDocument", Kind.Resource),
        ("AWS::SNS::TopicPolicy", "PolicyDocument", Kind.Resource),
    ];

    public void Check(ValidationContext context)
    {
        foreach (var (type, property, kind) in Documents)
            foreach (var (_, _, p) in context.OfType(type))
                foreach (var document in ValidationContext.Branches(p[property]))
                    CheckDocument(context, document, kind);
        foreach (var type in (string[])["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"])
            foreach (var (_, _, p) in context.OfType(type))
            {
                foreach (var document in ValidationContext.Branches(p["AssumeRolePolicyDocument"]))
                    CheckDocument(context, document, Kind.Trust);
                if (p["Policies"] is JArray policies)
                    foreach (var policy in policies.SelectMany(ValidationContext.Branches).OfType<JObject>())
                        foreach (var document in ValidationContext.Branches(policy["PolicyDocument"]))
                            CheckDocument(context, document, Kind.Identity);
            }
    }

    private static void CheckDocument(ValidationContext context, JToken document, Kind kind)
    {
        if (document is not JObject doc || LenientSchemaValidator.IsDeployTimeValue(doc)) return;
        foreach (var key in doc.Properties())
            if (key.Name is not ("Version" or "Id" or "Statement"))
                context.Report(DiagnosticCatalog.InvalidPolicyDocument($"'{key.Name}' is not a policy element{Hint(key.Name, ["Version", "Id", "Statement"])}"), key);
        if (doc["Version"] is { } version && ValidationContext.Text(version) is { } v && v is not ("2012-10-17" or "2008-10-17"))
            context.Report(DiagnosticCatalog.InvalidPolicyDocument($"Version '{v}' must be \"2012-10-17\" (or the older \"2008-10-17\")"), version);
        var statements = doc["Statement"];
        if (statements is null)
        {
            context.Report(DiagnosticCatalog.InvalidPolicyDocument("the document has no Statement"), doc);
            return;
        }
        var list = statements is JArray a ? a.SelectMany(ValidationContext.Branches) : ValidationContext.Branches(statements);
        foreach (var statement in list)
        {
            if (LenientSchemaValidator.IsDeployTimeValue(statement)) continue;
            if (statement is JObject s) CheckStatement(context, s, kind);
            else context.Report(DiagnosticCatalog.InvalidPolicyDocument("each Statement must be an object"), statement);
        }
    }

    private static void CheckStatement(ValidationContext context, JObject statement, Kind kind)
    {
        foreach (var key in statement.Properties())
            if (!StatementKeys.Contains(key.Name))
                context.Report(DiagnosticCatalog.InvalidPolicyDocument($"'{key.Name}' is not a statement element{Hint(key.Name, StatementKeys)}"), key);
        var effect = statement["Effect"];
        if (effect is null) context.Report(DiagnosticCatalog.InvalidPolicyDocument("the statement has no Effect (Allow or Deny)"), statement);
        else if (ValidationContext.Text(effect) is { } e && e is not ("Allow" or "Deny"))
            context.Report(DiagnosticCatalog.InvalidPolicyDocument($"Effect '{e}' must be Allow or Deny{Hint(e, ["Allow", "Deny"])}"), effect);
        OneOf(context, statement, "Action", "NotAction", required: true);
        if (kind == Kind.Identity)
        {
            OneOf(context, statement, "Resource", "NotResource", required: true);
            if (statement.Property("Principal") is { } principal)
                context.Report(DiagnosticCatalog.InvalidPolicyDocument("Principal is not allowed in an identity-based policy (the role or user is the principal)"), principal);
        }
        else
        {
            OneOf(context, statement, "Principal", "NotPrincipal", required: true);
            foreach (var name in (string[])["Principal", "NotPrincipal"])
                if (statement[name] is { } principal) CheckPrincipal(context, name, principal);
        }
        foreach (var name in (string[])["Action", "NotAction"])
            foreach (var action in Values(statement[name]))
                if (ValidationContext.Text(action) is { } text && !text.Contains("{{resolve:", StringComparison.Ordinal) && text != "*" && !ActionPattern().IsMatch(text))
                    context.Report(DiagnosticCatalog.InvalidPolicyDocument($"{name} '{text}' is not of the form service:action"), action);
        foreach (var name in (string[])["Resource", "NotResource"])
            foreach (var resource in Values(statement[name]))
                if (resource.Type == JTokenType.String && !IsResourceValue((string)resource!))
                    context.Report(DiagnosticCatalog.PolicyResourceNotArn(name, (string)resource!), resource);
        if (kind == Kind.Identity && ValidationContext.Text(effect) == "Allow" && Values(statement["Action"]).Any(IsStar) && Values(statement["Resource"]).Any(IsStar))
            context.Report(DiagnosticCatalog.AdminPolicy(), statement);
    }

    /// <summary>
    /// A principal map names AWS, Service, Federated or CanonicalUser, each a string or a list of strings (a
    /// placeholder written as <c>[account number]</c> in YAML is a list inside the list). <c>"*"</c> and intrinsic
    /// functions are left alone.
    /// </summary>
    private static void CheckPrincipal(ValidationContext context, string name, JToken principal)
    {
        foreach (var branch in ValidationContext.Branches(principal))
        {
            if (branch is not JObject map || LenientSchemaValidator.IsDeployTimeValue(branch)) continue;
            foreach (var entry in map.Properties())
            {
                if (!PrincipalKeys.Contains(entry.Name))
                {
                    context.Report(DiagnosticCatalog.InvalidPolicyDocument($"'{entry.Name}' is not a principal type of {name} (AWS, Service, Federated or CanonicalUser){Hint(entry.Name, PrincipalKeys)}"), entry);
                    continue;
                }
                foreach (var value in Values(entry.Value))
                    if (value is JContainer && !LenientSchemaValidator.IsDeployTimeValue(value))
                        context.Report(DiagnosticCatalog.InvalidPolicyDocument($"{name} {entry.Name} must be a string or a list of strings, not {(value is JArray ? "a list inside the list" : "a map")}"), value);
            }
        }
    }

    private static readonly string[] PrincipalKeys = ["AWS", "Service", "Federated", "CanonicalUser"];

    private static void OneOf(ValidationContext context, JObject statement, string name, string notName, bool required)
    {
        var has = statement[name] is not null;
        var hasNot = statement[notName] is not null;
        if (has && hasNot) context.Report(DiagnosticCatalog.InvalidPolicyDocument($"a statement has either {name} or {notName}, not both"), statement.Property(notName)!);
        else if (!has && !hasNot && required) context.Report(DiagnosticCatalog.InvalidPolicyDocument($"the statement has no {name} (or {notName})"), statement);
    }

    private static IEnumerable<JToken> Values(JToken? value) =>
        value is JArray a ? a.SelectMany(ValidationContext.Branches) : ValidationContext.Branches(value);

    /// <summary>
    /// What IAM accepts as a resource: <c>*</c>, an ARN (<c>arn:</c> and five fields, wildcards allowed) or a
    /// dynamic reference; a placeholder such as <c>my-bucket</c> or <c>YOUR_TABLE_ARN</c> is not.
    /// </summary>
    private static bool IsResourceValue(string text) =>
        text == "*" || text.Contains("{{resolve:", StringComparison.Ordinal) || (text.StartsWith("arn:", StringComparison.Ordinal) && text.Count(c => c == ':') >= 5);

    private static bool IsStar(JToken token) => ValidationContext.Text(token) == "*";

    private static string Hint(string value, IEnumerable<string> options) =>
        Suggestions.Closest(value, options) is { } s ? $"; did you mean '{s}'?" : "";

    [GeneratedRegex(@"^[A-Za-z0-9-]+:[A-Za-z0-9*?_-]+$")]
    private static partial Regex ActionPattern();
}
