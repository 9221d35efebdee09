using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi.Auth;

/// <summary>
/// The security edits SAM makes to a REST API's Swagger document: security schemes under <c>securityDefinitions</c>,
/// a method's <c>security</c> list, the API's default authorizer and API key on every method with an integration,
/// and the IAM credentials of an integration. Keys and values are inserted in the order the reference inserts them
/// (the deployment hash renders the 2.7 dict order that results).
/// </summary>
internal static class RestSecurity
{
    public const string ApiKeyName = "api_key";

    /// <summary>
    /// What an event's <c>ApiKeyRequired: false</c> leaves in the method's security until the API's own
    /// <c>ApiKeyRequired</c> is applied (which then leaves that method without an API key and drops the marker).
    /// </summary>
    private const string ApiKeyFalseMarker = "api_key_false";

    /// <summary>The integration credentials SAM writes for <c>InvokeRole: CALLER_CREDENTIALS</c> (the default), in the partition.</summary>
    private static string CallerCredentials(string partition) => $"arn:{partition}:iam::*:user/*";

    /// <summary>The document's <c>securityDefinitions</c> (created when missing); an error when it is not a map.</summary>
    public static JObject Definitions(OpenApiDocument document)
    {
        var root = document.Root;
        var existing = root["securityDefinitions"];
        if (existing is JObject map) return map;
        if (existing is not null && existing.Type != JTokenType.Null) throw OpenApiDocument.Invalid(RestSecurityDetails.SecurityDefinitionsNotAMap, existing);
        var created = new JObject();
        root["securityDefinitions"] = created;
        return created;
    }

    /// <summary>Sets (or replaces) a security scheme.</summary>
    public static void SetScheme(OpenApiDocument document, string name, JObject scheme, bool unicodeName)
    {
        var definitions = Definitions(document);
        // Replacing a scheme keeps its key as it was (a Python dict keeps the key object it first stored).
        var replaced = definitions.ContainsKey(name);
        definitions[name] = scheme;
        if (replaced) return;
        var property = definitions.Property(name, StringComparison.Ordinal)!;
        if (unicodeName) Py27Strings.MarkUnicodeName(property);
        else Py27Strings.MarkNativeName(property);
    }

    /// <summary>The scheme of the IAM authorizer as a method's <c>AWS_IAM</c> adds it (when the document has none).</summary>
    public static void AddIamSchemeIfMissing(OpenApiDocument document)
    {
        var definitions = Definitions(document);
        if (definitions.ContainsKey(RestAuthorizer.IamName)) return;
        SetScheme(document, RestAuthorizer.IamName, new JObject
        {
            ["x-amazon-apigateway-authtype"] = "awsSigv4",
            ["type"] = "apiKey",
            ["name"] = "Authorization",
            ["in"] = "header",
        }, unicodeName: false);
    }

    /// <summary>The API key scheme (<c>x-api-key</c> header), when the document has none.</summary>
    public static void AddApiKeySchemeIfMissing(OpenApiDocument document)
    {
        var definitions = Definitions(document);
        if (definitions.ContainsKey(ApiKeyName)) return;
        SetScheme(document, ApiKeyName, new JObject { ["type"] = "apiKey", ["name"] = "x-api-key", ["in"] = "header" }, unicodeName: false);
    }

    /// <summary>The method's <c>security</c> list (created when missing), checked as the reference checks it.</summary>
    private static JArray SecurityOf(OpenApiDocument document, JObject definition, string path, string method)
    {
        var existing = definition["security"];
        if (existing is JArray list) return list;
        if (existing is not null && existing.Type != JTokenType.Null) throw OpenApiDocument.Invalid(RestSecurityDetails.SecurityNotAList(path, method), existing);
        var created = new JArray();
        definition["security"] = created;
        return created;
    }

    private static JObject Entry(string name, JArray scopes, bool unicodeName)
    {
        var entry = new JObject { [name] = scopes };
        var property = entry.Property(name, StringComparison.Ordinal)!;
        if (unicodeName) Py27Strings.MarkUnicodeName(property);
        return entry;
    }

    /// <summary>An event's authorizer on its method: appended to the method's security (with the IAM scheme for <c>AWS_IAM</c>).</summary>
    public static void AddMethodAuthorizer(OpenApiDocument document, string path, string method, string authorizer, JArray scopes)
    {
        foreach (var definition in document.MethodDefinitions(path, method))
        {
            var security = SecurityOf(document, definition, path, method);
            var entry = Entry(authorizer, (JArray)scopes.DeepClone(), unicodeName: true);
            security.Add(entry);
            if (security.First is JObject first && first.ContainsKey(RestAuthorizer.IamName)) AddIamSchemeIfMissing(document);
        }
    }

    /// <summary>An event's <c>ApiKeyRequired</c> on its method.</summary>
    public static void SetMethodApiKey(OpenApiDocument document, string path, string method, bool required)
    {
        if (required) AddApiKeySchemeIfMissing(document);
        foreach (var definition in document.MethodDefinitions(path, method))
        {
            var security = SecurityOf(document, definition, path, method);
            var entry = new JObject { [required ? ApiKeyName : ApiKeyFalseMarker] = new JArray() };
            security.Add(entry);
        }
    }

    /// <summary>The integration credentials for a method IAM authorizes: the role, the caller's credentials, or none.</summary>
    public static void SetIamCredentials(OpenApiDocument document, JObject definition, JToken? invokeRole, string partition)
    {
        if (Credentials(invokeRole, partition) is not { } credentials || definition[OpenApiDocument.IntegrationKey] is not JObject integration) return;
        integration["credentials"] = credentials.DeepClone();
    }

    private static JToken? Credentials(JToken? invokeRole, string partition)
    {
        if (invokeRole is null || invokeRole.Type == JTokenType.Null) return CallerCredentials(partition);
        if (invokeRole is JValue { Type: JTokenType.String } text)
        {
            var role = (string)text!;
            if (role == "NONE") return null;
            if (role == "CALLER_CREDENTIALS") return CallerCredentials(partition);
        }
        return invokeRole;
    }

    /// <summary>
    /// The methods of every path that the API's defaults apply to: those with an integration, preflight
    /// (<c>options</c>) methods only when <paramref name="withPreflight"/>, never the path's <c>parameters</c>.
    /// </summary>
    public static IEnumerable<(string Path, string Method, JObject Definition)> DefaultTargets(OpenApiDocument document, bool withPreflight)
    {
        foreach (var path in document.PathNames.ToList())
            foreach (var item in document.PathItems(path))
                foreach (var property in item.Properties().ToList())
                {
                    if (property.Name == "parameters") continue;
                    if (property.Name == "options" && !withPreflight) continue;
                    foreach (var alternative in OpenApiDocument.Branches(property.Value))
                    {
                        if (alternative is not JObject definition)
                            throw OpenApiDocument.Invalid($"Definition of method '{property.Name}' for path '{path}' should be a map.", property.Value);
                        if (Scalars.IsTruthy(definition[OpenApiDocument.IntegrationKey])) yield return (path, property.Name, definition);
                    }
                }
    }

    /// <summary>
    /// The API's default authorizer on one method: a method whose security names <c>NONE</c> or another authorizer
    /// keeps it; otherwise the default (with its scopes) follows the method's other security entries. True when the
    /// default was added.
    /// </summary>
    public static bool ApplyDefaultAuthorizer(OpenApiDocument document, string path, string method, JObject definition, string authorizer, JArray scopes, ISet<string> authorizerNames)
    {
        // A security written empty (null) is no list either.
        var existing = definition["security"];
        if (existing is not null && existing is not JArray)
            throw OpenApiDocument.Invalid(RestSecurityDetails.SecurityNotAList(path, method), existing);
        var entries = existing is JArray list ? list.ToList() : [];
        var others = new List<JToken>();
        var authorizing = new List<JToken>();
        foreach (var entry in entries)
        {
            if (entry is not JObject map) throw OpenApiDocument.Invalid(RestSecurityDetails.SecurityItemNotAMap(Py27Repr.Str(entry), path, method), entry);
            if (map.Properties().Any(p => authorizerNames.Contains(p.Name))) authorizing.Add(map);
            else others.Add(map);
        }
        if (others.Any(e => ((JObject)e).ContainsKey("NONE"))) return false;
        var added = authorizing.Count == 0;
        if (added)
        {
            var entry = Entry(authorizer, (JArray)scopes.DeepClone(), unicodeName: true);
            authorizing.Add(entry);
        }
        Replace(document, definition, [.. others, .. authorizing]);
        if (((JArray)definition["security"]!).First is JObject first && first.ContainsKey(RestAuthorizer.IamName)) AddIamSchemeIfMissing(document);
        return added;
    }

    /// <summary>
    /// The API's <c>ApiKeyRequired</c> on one method: the API key entry moves to the end of the method's security,
    /// unless an event asked for none (<c>ApiKeyRequired: false</c>).
    /// </summary>
    public static void ApplyDefaultApiKey(OpenApiDocument document, string path, string method, JObject definition)
    {
        // A security written empty (null) is no list either.
        var existing = definition["security"];
        if (existing is not null && existing is not JArray)
            throw OpenApiDocument.Invalid(RestSecurityDetails.SecurityNotAList(path, method), existing);
        var entries = existing is JArray list ? list.ToList() : [];
        var kept = new List<JToken>();
        var optedOut = false;
        foreach (var entry in entries)
        {
            if (entry is not JObject map) throw OpenApiDocument.Invalid(RestSecurityDetails.SecurityItemNotAMap(Py27Repr.Str(entry), path, method), entry);
            if (map.ContainsKey(ApiKeyFalseMarker)) optedOut = true;
            else if (!map.ContainsKey(ApiKeyName)) kept.Add(map);
        }
        if (!optedOut)
        {
            var entry = new JObject { [ApiKeyName] = new JArray() };
            kept.Add(entry);
        }
        Replace(document, definition, kept);
    }

    private static void Replace(OpenApiDocument document, JObject definition, List<JToken> entries)
    {
        foreach (var entry in entries) if (entry.Parent is not null) entry.Remove();
        if (definition["security"] is JArray list)
        {
            list.RemoveAll();
            foreach (var entry in entries) list.Add(entry);
            return;
        }
        definition["security"] = new JArray(entries);
    }
}
