using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;

namespace SamTransform.Explain;

/// <summary>One IAM statement as actions × resources; <see cref="Condition"/> when it applies only sometimes.</summary>
public sealed record PermissionStatement(string Policy, string Effect, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, string? Condition)
{
    /// <summary>Whether the statement is in a policy resource attached to the role rather than in the role.</summary>
    public bool Attached { get; init; }

    /// <summary>An action or resource with a <c>*</c>: more than the statement may need.</summary>
    public bool HasWildcard => Actions.Concat(Resources).Any(IsWildcard);

    public static bool IsWildcard(string item) => item.Contains('*', StringComparison.Ordinal);

    /// <summary>The statement in one line: "Allow s3:GetObject on ${Bucket.Arn}/*".</summary>
    public override string ToString() =>
        $"{Effect} {string.Join(", ", Actions)} on {string.Join(", ", Resources)}" + (Condition is null ? "" : $" ({Condition})");
}

/// <summary>What a role may do: its managed policies (by ARN or reference) and every statement of the policies it has.</summary>
public sealed record RolePermissions(string RoleId, IReadOnlyList<string> ManagedPolicies, IReadOnlyList<PermissionStatement> Statements);

/// <summary>
/// The permissions of every <c>AWS::IAM::Role</c> of a CloudFormation template: its inline policies, its managed
/// policy ARNs, and the <c>AWS::IAM::Policy</c> and <c>AWS::IAM::ManagedPolicy</c> resources attached to it (a
/// connector's policy, say). Documents of AWS managed policies are not known offline: they are listed by name.
/// </summary>
public static class IamPermissions
{
    public static Dictionary<string, RolePermissions> Of(JObject resources)
    {
        var managed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var statements = new Dictionary<string, List<PermissionStatement>>(StringComparer.Ordinal);
        foreach (var (id, resource) in Roles(resources))
        {
            var properties = resource["Properties"] as JObject ?? [];
            managed[id] = [.. Branches(properties["ManagedPolicyArns"], null).SelectMany(b => ListItems(b.Value, b.Condition)).Select(b => Describe(b.Value, b.Condition))];
            var list = statements[id] = [];
            foreach (var (policy, condition) in Branches(properties["Policies"], null).SelectMany(b => ListItems(b.Value, b.Condition)))
                if (policy is JObject p) list.AddRange(Statements(TokenText.Of(p["PolicyName"]), p["PolicyDocument"], condition));
        }
        foreach (var property in resources.Properties())
        {
            if (property.Value is not JObject resource || CfnResource.TypeOf(resource) is not ("AWS::IAM::Policy" or "AWS::IAM::ManagedPolicy")) continue;
            var properties = resource["Properties"] as JObject ?? [];
            var condition = resource["Condition"] is JValue { Type: JTokenType.String } c ? "when " + (string)c! : null;
            foreach (var (role, roleCondition) in Branches(properties["Roles"], condition).SelectMany(b => ListItems(b.Value, b.Condition)))
                if (Intrinsics.IsIntrinsic(role, "Ref") && role["Ref"] is JValue { Type: JTokenType.String } r && statements.TryGetValue((string)r!, out var list))
                    list.AddRange(Statements(property.Name, properties["PolicyDocument"], roleCondition).Select(s => s with { Attached = true }));
        }
        return managed.ToDictionary(m => m.Key, m => new RolePermissions(m.Key, m.Value, statements[m.Key]), StringComparer.Ordinal);
    }

    private static IEnumerable<(string Id, JObject Resource)> Roles(JObject resources)
    {
        foreach (var property in resources.Properties())
            if (property.Value is JObject resource && CfnResource.TypeOf(resource) == "AWS::IAM::Role") yield return (property.Name, resource);
    }

    private static string Describe(JToken arn, string? condition)
    {
        var text = TokenText.Of(arn);
        // arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole: an AWS managed policy, by its name.
        var marker = text.IndexOf(":iam::aws:policy/", StringComparison.Ordinal);
        if (marker >= 0) text = text[(text.LastIndexOf('/') + 1)..] + " (AWS managed)";
        return condition is null ? text : $"{text} ({condition})";
    }

    private static IEnumerable<PermissionStatement> Statements(string policy, JToken? document, string? condition)
    {
        foreach (var (doc, docCondition) in Branches(document, condition))
        foreach (var (statement, statementCondition) in Branches(doc["Statement"], docCondition).SelectMany(b => ListItems(b.Value, b.Condition)))
        {
            if (statement is not JObject s) continue;
            var actions = s["Action"] is { } action ? TokenText.Items(action) : TokenText.Items(s["NotAction"]).Select(a => "not " + a);
            var targets = s["Resource"] is { } resource ? TokenText.Items(resource) : TokenText.Items(s["NotResource"]).Select(r => "not " + r);
            var when = statementCondition;
            if (s["Condition"] is not null) when = when is null ? "with IAM conditions" : when + ", with IAM conditions";
            yield return new PermissionStatement(policy, TokenText.Of(s["Effect"]), [.. actions], [.. targets], when);
        }
    }

    /// <summary>The values an <c>Fn::If</c> may take, each with the condition it takes it under (AWS::NoValue is none).</summary>
    private static IEnumerable<(JToken Value, string? Condition)> Branches(JToken? token, string? condition)
    {
        if (token is null || token.Type == JTokenType.Null || IsNoValue(token)) yield break;
        if (Intrinsics.IsIntrinsic(token, "Fn::If") && token["Fn::If"] is JArray { Count: 3 } branches)
        {
            var name = TokenText.Of(branches[0]);
            foreach (var b in Branches(branches[1], Join(condition, "when " + name))) yield return b;
            foreach (var b in Branches(branches[2], Join(condition, "unless " + name))) yield return b;
            yield break;
        }
        yield return (token, condition);
    }

    private static IEnumerable<(JToken Value, string? Condition)> ListItems(JToken token, string? condition) =>
        token is JArray list ? list.SelectMany(item => Branches(item, condition)) : [(token, condition)];

    private static string Join(string? outer, string inner) => outer is null ? inner : outer + ", " + inner;

    private static bool IsNoValue(JToken token) => Intrinsics.IsIntrinsic(token, "Ref") && token["Ref"] is JValue { Type: JTokenType.String } r && (string)r! == "AWS::NoValue";
}
