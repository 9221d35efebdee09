using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.Pipeline;

namespace SamTransform.OpenApi;

/// <summary>
/// Navigates and edits an API definition (a Swagger 2.0 or OpenAPI 3 document: an API's <c>DefinitionBody</c>) in
/// place, the way SAM adds routes to it: paths, methods (with API Gateway's any-method extension), integrations,
/// method security and conditions. What REST and HTTP APIs do differently is in <see cref="RestApiDefinition"/> and
/// <see cref="HttpApiDefinition"/>; what Swagger 2.0 and OpenAPI 3 do differently in <see cref="OpenApiDialect"/>.
/// Every operation touches only the path or section it is about, so adding N routes costs O(N) — the document is never
/// copied. Path items and methods may be wrapped in <c>Fn::If</c>; operations apply to each alternative
/// (<see cref="Branches"/>).
/// </summary>
public sealed partial class OpenApiDocument
{
    public const string AnyMethod = "x-amazon-apigateway-any-method";
    public const string IntegrationKey = "x-amazon-apigateway-integration";

    /// <param name="root">The document; it must have a <c>paths</c> map (the API kinds check what else they need).</param>
    internal OpenApiDocument(JObject root, OpenApiDialect dialect)
    {
        Root = root;
        Dialect = dialect;
    }

    /// <summary>The document itself (edited in place).</summary>
    public JObject Root { get; }

    public OpenApiDialect Dialect { get; }

    public JObject Paths => (JObject)Root["paths"]!;

    public JObject Info => OpenApiDialect.Section(Root, "info");

    /// <summary>A document-level error ("Structure of the SAM template is invalid. ..."), reported alone.</summary>
    public static SamDocumentException Invalid(string detail, JToken? node) =>
        new($"Structure of the SAM template is invalid. {detail}", node) { Halts = true };

    /// <summary>Lower case, with <c>any</c> spelled as API Gateway's any-method extension.</summary>
    public static string NormalizeMethod(string method)
    {
        var lower = method.ToLowerInvariant();
        return lower == "any" ? AnyMethod : lower;
    }

    /// <summary>The path without a trailing slash, which API Gateway ignores (a lone <c>/</c> stays).</summary>
    public static string WithoutTrailingSlash(string path) => path.Length > 1 && path.EndsWith('/') ? path[..^1] : path;

    /// <summary>
    /// The alternatives of an <c>Fn::If</c> (without <c>AWS::NoValue</c>), or the item itself. Path items and methods
    /// may be conditional; every operation applies to each alternative.
    /// </summary>
    public static IEnumerable<JToken?> Branches(JToken? item)
    {
        if (item is JObject o && o.Property("Fn::If", StringComparison.Ordinal) is { } conditional)
        {
            if (conditional.Value is not JArray args) throw Invalid("Value of Fn::If must be a list.", conditional.Value);
            return args.Skip(1).Where(a => !Intrinsics.IsNoValue(a));
        }
        return [item];
    }

    public IEnumerable<string> PathNames => Paths.Properties().Select(p => p.Name);

    /// <summary>True when the path exists and, if a method is given, every alternative of the path item has it.</summary>
    public bool HasPath(string path, string? method = null)
    {
        if (!Paths.ContainsKey(path)) return false;
        if (method is null) return true;
        var name = NormalizeMethod(method);
        return Branches(Paths[path]).All(item => item is JObject o && o.ContainsKey(name));
    }

    /// <summary>True when every alternative of the path has the method with an API Gateway integration.</summary>
    public bool HasIntegration(string path, string method)
    {
        var name = NormalizeMethod(method);
        if (!HasPath(path, name)) return false;
        foreach (var item in PathItems(path))
        {
            if (item[name] is not JObject definition) return false;
            var any = false;
            foreach (var alternative in Branches(definition))
                any |= HasIntegrationIn(MethodDefinition(alternative, path, name));
            if (!any) return false;
        }
        return true;
    }

    /// <summary>
    /// Adds the path and an empty method when they are missing. Both come from an event of the template, so their
    /// keys are unicode for the deployment hash (the any-method extension, SAM's own spelling of <c>any</c>, is not).
    /// </summary>
    public void AddPath(string path, string method, JToken? node = null)
    {
        var name = NormalizeMethod(method);
        if (!Paths.ContainsKey(path))
        {
            Paths[path] = new JObject();
            Py27Strings.MarkUnicodeName(Paths.Property(path, StringComparison.Ordinal)!);
        }
        var item = Paths[path];
        if (item is not JObject) throw Invalid($"Value of '{path}' path must be a dictionary according to Swagger spec.", node ?? item);
        foreach (var branch in Branches(item))
            if (branch is JObject b && b[name] is null)
                AddMethod(b, name, method);
    }

    private void AddMethod(JObject item, string name, string written)
    {
        item[name] = new JObject();
        if (!written.Equals("any", StringComparison.OrdinalIgnoreCase)) Py27Strings.MarkUnicodeName(item.Property(name, StringComparison.Ordinal)!);
    }

    /// <summary>
    /// Adds an integration (a fresh one from <paramref name="integration"/> in each alternative of the path) unless the
    /// method already has one, then <paramref name="complete"/> (what the API kind adds beside it) and empty
    /// <c>responses</c>. With a condition, the integration's <c>uri</c> and the whole method are wrapped in
    /// <c>Fn::If</c>.
    /// </summary>
    public void AddIntegration(string path, string method, Func<JObject> integration, string? condition, JToken? node = null, Action<JObject>? complete = null)
    {
        var name = NormalizeMethod(method);
        if (HasIntegration(path, name)) return;
        AddPath(path, name, node);
        foreach (var item in PathItems(path, node))
        {
            if (item[name] is null || item[name]!.Type == JTokenType.Null) AddMethod(item, name, method);
            if (item[name] is not JObject definition) throw Invalid($"Definition of method '{name}' for path '{path}' should be a map.", node ?? item[name]);
            var created = integration();
            if (condition is not null && created.Property("uri", StringComparison.Ordinal) is { } uri) WrapInCondition(uri, condition);
            definition[IntegrationKey] = created;
            complete?.Invoke(definition);
            if (definition["responses"] is null) definition["responses"] = new JObject();
            if (condition is not null) WrapInCondition(item.Property(name, StringComparison.Ordinal)!, condition);
        }
    }

    /// <summary>Sets a field of the method's integration (in every alternative that has one).</summary>
    public void SetIntegrationField(string path, string method, string field, JToken value)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            if (definition[IntegrationKey] is not JObject integration) continue;
            integration[field] = value.Parent is null ? value : value.DeepClone();
        }
    }

    /// <summary>Declares each path parameter as a required <c>in: path</c> parameter, merging with existing ones.</summary>
    public void AddPathParameters(string path, string method, IReadOnlyList<string> names)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            if (definition["parameters"] is not JArray parameters)
            {
                parameters = [];
                definition["parameters"] = parameters;
            }
            foreach (var name in names)
            {
                var existing = parameters.OfType<JObject>().FirstOrDefault(p => p["name"] is JValue { Type: JTokenType.String } n && (string)n! == name);
                if (existing is not null)
                {
                    existing["in"] = "path";
                    existing["required"] = true;
                }
                else
                {
                    parameters.Add(new JObject { ["name"] = name, ["in"] = "path", ["required"] = true });
                }
            }
        }
    }

    /// <summary>Appends parameters to the method's <c>parameters</c> (in every alternative that has an integration).</summary>
    public void AddMethodParameters(string path, string method, IReadOnlyList<JObject> parameters)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            if (definition["parameters"] is not JArray list)
            {
                list = [];
                definition["parameters"] = list;
            }
            foreach (var parameter in parameters) list.Add(parameter.Parent is null ? parameter : parameter.DeepClone());
        }
    }

    /// <summary>Appends <c>{authorizer: scopes}</c> to the security of a method that has an integration.</summary>
    public void AddMethodSecurity(string path, string method, string authorizer, JArray scopes, JToken? node = null)
    {
        foreach (var definition in MethodDefinitions(path, method))
        {
            var existing = definition["security"];
            if (existing is null || existing.Type == JTokenType.Null)
            {
                existing = new JArray();
                definition["security"] = existing;
            }
            if (existing is not JArray list) throw Invalid($"Type of security for path {path} method {method} must be a list", node ?? existing);
            list.Add(new JObject { [authorizer] = scopes.DeepClone() });
        }
    }

    /// <summary>
    /// Gives every method of the path that has an integration and no security of its own the default authorizer.
    /// Preflight (<c>options</c>) methods are left open.
    /// </summary>
    public void SetPathDefaultAuthorizer(string path, string authorizer, JArray scopes)
    {
        foreach (var item in PathItems(path))
        {
            foreach (var property in item.Properties().ToList())
            {
                var name = NormalizeMethod(property.Name);
                if (name is "parameters" or "options") continue;
                if (!item.ContainsKey(name)) throw Invalid($"Could not find {name} in {path} within DefinitionBody.", property);
                foreach (var definition in Branches(property.Value))
                {
                    if (definition is not JObject d) throw Invalid($"Definition of method '{property.Name}' for path '{path}' should be a map.", property);
                    if (!HasIntegrationIn(d)) continue;
                    if (Scalars.IsTruthy(d["security"])) continue;
                    d["security"] = new JArray(new JObject { [authorizer] = scopes.DeepClone() });
                }
            }
        }
    }

    /// <summary>
    /// True when the method has a Lambda integration and every alternative of it (conditional methods, conditional
    /// URIs) calls <paramref name="functionId"/> (<c>${Fn.Arn}</c> in the URI; an alias integration names no
    /// <c>.Arn</c> and does not count).
    /// </summary>
    public bool IntegrationCallsOnly(string path, string method, string functionId)
    {
        if (!HasIntegration(path, method)) return false;
        foreach (var definition in MethodDefinitions(path, method, withIntegrationOnly: false))
        {
            var integration = definition[IntegrationKey] ?? new JObject();
            if (integration is not JObject integrationObject)
                throw Invalid($"Value of '{IntegrationKey}' must be a dictionary according to Swagger spec.", integration);
            if (integrationObject["uri"] is not JObject uri) return false;
            foreach (var alternative in Branches(uri))
            {
                var sub = (alternative as JObject)?["Fn::Sub"];
                var match = sub is JValue { Type: JTokenType.String } text ? ArnReference().Match((string)text!) : Match.Empty;
                if (!match.Success || match.Groups[1].Value != functionId) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Wraps the whole path item in <c>Fn::If</c> on the condition: one of the template's, or one SAM named
    /// (<paramref name="named"/>: a native string for the deployment hash).
    /// </summary>
    public void MakePathConditional(string path, string condition, bool named = false)
    {
        if (Paths.Property(path, StringComparison.Ordinal) is not { } property) return;
        WrapInCondition(property, condition);
        if (named) Py27Strings.MarkNative(((JArray)property.Value["Fn::If"]!)[0]);
    }

    /// <summary>Sets security scheme entries where the dialect keeps them (replacing same-named ones).</summary>
    public void AddSecuritySchemes(IEnumerable<KeyValuePair<string, JObject>> schemes)
    {
        JObject? target = null;
        foreach (var (name, scheme) in schemes)
        {
            target ??= Dialect.SecuritySchemes(Root);
            target[name] = scheme;
        }
    }

    /// <summary>Each alternative of the path item, which must be a map.</summary>
    internal IEnumerable<JObject> PathItems(string path, JToken? node = null)
    {
        foreach (var item in Branches(Paths[path]))
            yield return item as JObject ?? throw Invalid($"Value of '{path}' path must be a dictionary according to Swagger spec.", node ?? item ?? Paths);
    }

    private static JObject MethodDefinition(JToken? definition, string path, string method) =>
        definition as JObject ?? throw Invalid($"Definition of method '{method}' for path '{path}' should be a map.", definition);

    /// <summary>
    /// The method's definitions in every alternative of the path and of the method (by default only those with an
    /// integration).
    /// </summary>
    internal IEnumerable<JObject> MethodDefinitions(string path, string method, bool withIntegrationOnly = true)
    {
        var name = NormalizeMethod(method);
        foreach (var item in PathItems(path))
            foreach (var alternative in Branches(item[name]))
            {
                var definition = MethodDefinition(alternative, path, method);
                if (!withIntegrationOnly || HasIntegrationIn(definition)) yield return definition;
            }
    }

    private static bool HasIntegrationIn(JToken? definition) => definition is JObject d && Scalars.IsTruthy(d[IntegrationKey]);

    /// <summary>
    /// Replaces a property's value by <c>Fn::If [condition, value, AWS::NoValue]</c> without copying the value. The
    /// condition is named in the template (or after template names), so it is unicode for the deployment hash.
    /// </summary>
    private static void WrapInCondition(JProperty property, string condition)
    {
        var value = property.Value;
        property.Value = JValue.CreateNull();
        var wrapper = Intrinsics.If(condition, value, Intrinsics.NoValue);
        property.Value = wrapper;
        Py27Strings.MarkUnicode(((JArray)wrapper["Fn::If"]!)[0]);
    }

    [GeneratedRegex(@"([A-Za-z0-9]+)\.Arn")]
    private static partial Regex ArnReference();
}
