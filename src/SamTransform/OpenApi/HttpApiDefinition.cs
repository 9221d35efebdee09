using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;

namespace SamTransform.OpenApi;

/// <summary>
/// The HTTP API flavour of <see cref="OpenApiDocument"/>: OpenAPI 3 only, Lambda proxy integrations with payload
/// format 2.0, the <c>$default</c> route, and API Gateway's HTTP API extensions (CORS, tag values, endpoint settings).
/// </summary>
public static class HttpApiDefinition
{
    public const string DefaultPath = "$default";
    private const string CorsKey = "x-amazon-apigateway-cors";
    private const string TagValueKey = "x-amazon-apigateway-tag-value";
    private const string EndpointConfigurationKey = "x-amazon-apigateway-endpoint-configuration";

    /// <summary>An OpenAPI 3.x document SAM can edit: an <c>openapi</c> version 3.x and a <c>paths</c> map.</summary>
    public static bool IsValid(JToken? document) =>
        document is JObject root && root["paths"] is JObject && OpenApiDialect.IsOpenApi3(root);

    public static OpenApiDocument? TryOpen(JToken? document) =>
        IsValid(document) ? new OpenApiDocument((JObject)document!, OpenApiDialect.OpenApi3) : null;

    /// <summary>Opens the document, or fails the way the reference does when it is not valid OpenAPI 3.</summary>
    public static OpenApiDocument Open(JToken? document) =>
        TryOpen(document) ?? throw OpenApiDocument.Invalid("Invalid OpenApi document. Invalid values or missing keys for 'openapi' or 'paths' in 'DefinitionBody'.", document);

    /// <summary>The document SAM generates for an HTTP API without a definition.</summary>
    public static JObject Skeleton() => OpenApiDialect.OpenApi3.Skeleton();

    /// <summary>
    /// Adds an <c>aws_proxy</c> Lambda integration (payload format 2.0) unless the method already has one; the
    /// <c>$default</c> route on any method is marked as such.
    /// </summary>
    public static void AddHttpApiLambdaIntegration(this OpenApiDocument document, string path, string method, JToken uri, string? condition, JToken? node = null)
    {
        var isDefault = path == DefaultPath && OpenApiDocument.NormalizeMethod(method) == OpenApiDocument.AnyMethod;
        document.AddIntegration(path, method, () => new JObject
        {
            ["type"] = "aws_proxy",
            ["httpMethod"] = "POST",
            ["payloadFormatVersion"] = "2.0",
            ["uri"] = uri.Parent is null ? uri : uri.DeepClone(),
        }, condition, node, isDefault ? definition => definition["isDefaultRoute"] = true : null);
    }

    /// <summary>Adds or updates <c>tags</c> entries with API Gateway's tag-value extension.</summary>
    public static void AddTags(this OpenApiDocument document, IEnumerable<KeyValuePair<string, JToken?>> tags)
    {
        var root = document.Root;
        foreach (var (name, value) in tags)
        {
            var current = root["tags"];
            if (current is null)
            {
                current = new JArray();
                root["tags"] = current;
            }
            if (current is not JArray list)
                throw OpenApiDocument.Invalid($"Tags in OpenApi DefinitionBody needs to be a list. {PythonValues.Repr(current)} is a {PythonValues.TypeName(current)} not a list.", current);
            var existing = list.OfType<JObject>().FirstOrDefault(t => t["name"] is JValue { Type: JTokenType.String } n && (string)n! == name);
            if (existing is not null)
                existing[TagValueKey] = value?.DeepClone();
            else
                list.Add(new JObject { ["name"] = name, [TagValueKey] = value?.DeepClone() });
        }
    }

    /// <summary>
    /// Merges SAM's CORS settings (<c>AllowOrigins</c>, <c>AllowHeaders</c>, ... as written in the template) into the
    /// document's CORS extension. Origins given as an intrinsic function are taken to produce the whole configuration:
    /// its keys are renamed to the extension's spelling and merged.
    /// </summary>
    public static void AddCors(this OpenApiDocument document, JObject settings, JToken? node)
    {
        var root = document.Root;
        var current = root[CorsKey];
        if (current is null || current.Type == JTokenType.Null) current = new JObject();
        if (current is not JObject cors) throw OpenApiDocument.Invalid($"Value of '{CorsKey}' must be a dictionary according to Swagger spec.", node ?? current);
        var origins = settings["AllowOrigins"];
        if (Scalars.IsTruthy(origins) && Intrinsics.IsIntrinsic(origins))
        {
            var text = origins!.ToString(Formatting.None);
            foreach (var (_, name) in CorsFields) text = text.Replace(char.ToUpperInvariant(name[0]) + name[1..], name, StringComparison.Ordinal);
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            var renamed = JObject.Load(reader); // not JsonConvert: the reflection serializer blocks Native AOT
            foreach (var p in renamed.Properties()) cors[p.Name] = p.Value;
        }
        else
        {
            foreach (var (key, name) in CorsFields)
            {
                var value = settings[key];
                var include = key switch
                {
                    "MaxAge" => value is not null && value.Type != JTokenType.Null,
                    "AllowCredentials" => value is JValue { Type: JTokenType.Boolean } b && (bool)b!,
                    _ => Scalars.IsTruthy(value),
                };
                if (include) cors[name] = value!.DeepClone();
            }
        }
        root[CorsKey] = cors;
    }

    private static readonly (string Key, string Name)[] CorsFields =
    [
        ("AllowOrigins", "allowOrigins"), ("AllowHeaders", "allowHeaders"), ("AllowMethods", "allowMethods"),
        ("ExposeHeaders", "exposeHeaders"), ("MaxAge", "maxAge"), ("AllowCredentials", "allowCredentials"),
    ];

    /// <summary>Sets <c>disableExecuteApiEndpoint</c> on every server entry (one is created when there is none).</summary>
    public static void SetDisableExecuteApiEndpoint(this OpenApiDocument document, JToken value, JToken? node)
    {
        var root = document.Root;
        if (root["servers"] is not JArray servers)
        {
            servers = [new JObject()];
            root["servers"] = servers;
        }
        foreach (var server in servers)
        {
            if (server is not JObject config) throw OpenApiDocument.Invalid("Value of 'servers' item must be a dictionary according to Swagger spec.", node ?? server);
            var endpoint = OpenApiDialect.Section(config, EndpointConfigurationKey);
            endpoint["disableExecuteApiEndpoint"] = value.DeepClone();
        }
    }
}
