using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>Auth.ResourcePolicy</c> of a REST API (every path of its definition) or of an <c>Api</c> event (the event's path):
/// statements in the document's <c>x-amazon-apigateway-policy</c> that allow or deny AWS accounts, IP ranges and VPCs
/// / VPC endpoints on every method of the path, then the <c>CustomStatements</c> as written. The statements of a path
/// follow SAM's order: allowed accounts, blocked accounts, then — when any IP or VPC rule applies — an allow for
/// everyone, allowed IP ranges, blocked IP ranges, blocked VPCs, allowed VPCs.
/// </summary>
public static partial class ResourcePolicies
{
    public const string Extension = "x-amazon-apigateway-policy";

    /// <summary>Checks the policy's shape (a map).</summary>
    public static JObject Read(JToken policy) =>
        policy as JObject ?? throw OpenApiDocument.Invalid(ResourcePolicyDetails.NotAMap, policy);

    /// <summary>The policy's statements for every path of the document.</summary>
    public static void AddToEveryPath(OpenApiDocument document, JObject policy, JToken stage)
    {
        // The policy is written for a path (even when no statement results); without paths there is none.
        JObject? root = null;
        foreach (var path in Py27Dict.Order(document.Paths).Select(p => p.Name).ToList())
        {
            root = Policy(document);
            AddForPath(document, root, policy, path, stage);
        }
        if (root is null && !Scalars.IsTruthy(policy["CustomStatements"])) return;
        AddCustomStatements(root ?? Policy(document), policy);
    }

    /// <summary>The policy's statements for one path (an event's).</summary>
    public static void AddToPath(OpenApiDocument document, JObject policy, string path, JToken stage)
    {
        var root = Policy(document);
        AddForPath(document, root, policy, path, stage);
        AddCustomStatements(root, policy);
    }

    /// <summary>The document's policy (created empty when missing: SAM writes it even when no statement results).</summary>
    private static JObject Policy(OpenApiDocument document)
    {
        if (document.Root[Extension] is JObject existing) return existing;
        var created = new JObject();
        document.Root[Extension] = created;
        return created;
    }

    /// <summary>
    /// Adds statements to the policy: the first ones make its <c>Statement</c> (a single statement as itself, several as
    /// a list), later ones turn it into a list and follow.
    /// </summary>
    private static void AddStatements(JObject policy, JToken added, bool skipPresent = false)
    {
        // SAM writes its own version, even over the template's.
        policy["Version"] = Py27Strings.MarkNative(new JValue("2012-10-17"));
        Py27Strings.MarkNative(policy["Version"]!);
        var existing = policy["Statement"];
        if (existing is null || existing.Type == JTokenType.Null)
        {
            policy["Statement"] = added;
            return;
        }
        if (existing is not JArray list)
        {
            list = new JArray(existing.DeepClone());
            policy["Statement"] = list;
        }
        // Custom statements already in the policy (another event's) are not repeated; generated ones are.
        foreach (var item in added is JArray items ? items.ToList() : [added])
            if (!skipPresent || !list.Any(s => JToken.DeepEquals(s, item))) list.Add(item.DeepClone());
    }

    private static void AddForPath(OpenApiDocument document, JObject root, JObject policy, string path, JToken stage)
    {
        var resources = Resources(document, path, stage);
        var statements = new List<JObject>();
        if (Accounts(policy["AwsAccountWhitelist"]) is { } allowed) statements.Add(Statement("Allow", resources, new JObject { ["AWS"] = allowed }));
        if (Accounts(policy["AwsAccountBlacklist"]) is { } blocked) statements.Add(Statement("Deny", resources, new JObject { ["AWS"] = blocked }));

        var conditions = new List<JObject>();
        if (IpRanges(policy["IpRangeWhitelist"]) is { } allowedIps) conditions.Add(Statement("Deny", resources, "*", Condition("NotIpAddress", ("aws:SourceIp", allowedIps))));
        if (IpRanges(policy["IpRangeBlacklist"]) is { } blockedIps) conditions.Add(Statement("Deny", resources, "*", Condition("IpAddress", ("aws:SourceIp", blockedIps))));
        if (Vpcs(policy, "Blacklist") is { } blockedVpcs) conditions.Add(Statement("Deny", resources, "*", blockedVpcs.With("StringEquals")));
        if (Vpcs(policy, "Whitelist") is { } allowedVpcs) conditions.Add(Statement("Deny", resources, "*", allowedVpcs.With("StringNotEquals")));
        if (conditions.Count > 0) statements.Add(Statement("Allow", resources, "*"));
        statements.AddRange(conditions);
        if (statements.Count == 0) return;
        AddStatements(root, statements.Count == 1 ? statements[0] : new JArray(statements));
    }

    /// <summary>The custom statements follow the generated ones (alone, they are the policy's <c>Statement</c> as written).</summary>
    private static void AddCustomStatements(JObject root, JObject policy)
    {
        var custom = policy["CustomStatements"];
        if (Scalars.IsTruthy(custom)) AddStatements(root, custom!.DeepClone(), skipPresent: true);
    }

    private static JObject Statement(string effect, JArray resources, JToken principal, JObject? condition = null)
    {
        var statement = new JObject
        {
            ["Action"] = "execute-api:Invoke",
            ["Resource"] = resources.DeepClone(),
            ["Effect"] = effect,
            ["Principal"] = principal,
        };
        if (condition is not null) statement["Condition"] = condition;
        return statement;
    }

    private static JObject Condition(string test, params (string Key, JArray Values)[] values)
    {
        var inner = new JObject();
        foreach (var (key, list) in values) inner[key] = list;
        return new JObject { [test] = inner };
    }

    /// <summary>Every method of the path as an execute-api resource of the stage (<c>*</c> for the any-method and path parameters).</summary>
    private static JArray Resources(OpenApiDocument document, string path, JToken stage)
    {
        var resources = new JArray();
        if (document.Paths[path] is not JObject item) return resources;
        var route = PathParameter().Replace(path, "*");
        foreach (var method in Py27Dict.Order(item))
        {
            var verb = method.Name == OpenApiDocument.AnyMethod ? "*" : method.Name.ToUpperInvariant();
            // Built from the template's path: unicode for the deployment hash.
            var text = Py27Strings.MarkUnicode(new JValue($"execute-api:/${{__Stage__}}/{verb}{route}"));
            resources.Add(new JObject { ["Fn::Sub"] = new JArray(text, new JObject { ["__Stage__"] = stage.DeepClone() }) });
        }
        return resources;
    }

    /// <summary>Account lists: a list as it is, an intrinsic as a list of one; anything else is the reference's error.</summary>
    private static JArray? Accounts(JToken? value)
    {
        if (value is null || value.Type == JTokenType.Null || !Scalars.IsTruthy(value)) return null;
        return value switch
        {
            JArray list => (JArray)list.DeepClone(),
            JObject map => new JArray(map.DeepClone()),
            _ => throw OpenApiDocument.Invalid(ResourcePolicyDetails.NotAListOrMap(Py27Repr.Str(value)), value),
        };
    }

    /// <summary>IP ranges: a list as it is, anything else as a list of one.</summary>
    private static JArray? IpRanges(JToken? value)
    {
        if (value is null || !Scalars.IsTruthy(value)) return null;
        return value is JArray list ? (JArray)list.DeepClone() : new JArray(value.DeepClone());
    }

    private sealed record VpcCondition(JArray Vpcs, JArray Endpoints)
    {
        public JObject With(string test)
        {
            var inner = new JObject();
            if (Vpcs.Count > 0) inner["aws:SourceVpc"] = Vpcs;
            if (Endpoints.Count > 0) inner["aws:SourceVpce"] = Endpoints;
            return new JObject { [test] = inner };
        }
    }

    /// <summary>
    /// The VPCs and VPC endpoints of one list kind: <c>SourceVpc...</c> (strings, <c>vpc-</c> ones are VPCs and
    /// <c>vpce-</c> ones endpoints), then <c>IntrinsicVpc...</c> and <c>IntrinsicVpce...</c> taken item by item as Python
    /// iterates them (the characters of a string, the keys of a map).
    /// </summary>
    private static VpcCondition? Vpcs(JObject policy, string kind)
    {
        var vpcs = new JArray();
        var endpoints = new JArray();
        if (policy["SourceVpc" + kind] is { } source && Scalars.IsTruthy(source))
        {
            foreach (var item in PythonItems(source))
            {
                if (item is not JValue { Type: JTokenType.String } text) throw OpenApiDocument.Invalid(ResourcePolicyDetails.SourceVpcNotStrings(kind), source);
                var name = (string)text!;
                if (name.StartsWith("vpce-", StringComparison.Ordinal)) endpoints.Add(text.DeepClone());
                else if (name.StartsWith("vpc-", StringComparison.Ordinal)) vpcs.Add(text.DeepClone());
            }
        }
        if (policy["IntrinsicVpc" + kind] is { } intrinsicVpcs && Scalars.IsTruthy(intrinsicVpcs)) foreach (var item in PythonItems(intrinsicVpcs)) vpcs.Add(item.DeepClone());
        if (policy["IntrinsicVpce" + kind] is { } intrinsicEndpoints && Scalars.IsTruthy(intrinsicEndpoints)) foreach (var item in PythonItems(intrinsicEndpoints)) endpoints.Add(item.DeepClone());
        return vpcs.Count + endpoints.Count > 0 ? new VpcCondition(vpcs, endpoints) : null;
    }

    /// <summary>What Python's iteration gives: a list's items, a map's keys, a string's characters.</summary>
    private static IEnumerable<JToken> PythonItems(JToken value) => value switch
    {
        JArray list => list,
        JObject map => Py27Dict.Order(map).Select(p => (JToken)Py27Strings.MarkUnicode(new JValue(p.Name))),
        JValue { Type: JTokenType.String } text => ((string)text!).Select(c => (JToken)new JValue(c.ToString())),
        _ => [value],
    };

    [GeneratedRegex(@"{[a-zA-Z0-9._-]+\+?}")]
    private static partial Regex PathParameter();
}
