using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;

namespace SamTransform.OpenApi;

/// <summary>
/// The CORS settings of a REST API's preflight method. Every value is written into the method as the template gives
/// it (API Gateway reads them as header values); <see cref="AllowMethods"/> null or empty means "computed from the
/// path's methods".
/// </summary>
public sealed record CorsPreflight(JToken? AllowOrigin, JToken? AllowHeaders, JToken? AllowMethods, JToken? MaxAge, bool AllowCredentials);

public sealed partial class OpenApiDocument
{
    public const string OptionsMethod = "options";

    /// <summary>The methods a preflight answers for a path with the any-method extension.</summary>
    private const string AllHttpMethods = "DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT";

    /// <summary>
    /// What SAM checks when it opens a document to edit it: every path item (each alternative of a conditional one)
    /// must be a map. The first wrong path in the reference's (Python 2.7) dict order is reported.
    /// </summary>
    public void ValidatePathItems()
    {
        foreach (var property in Py27Repr.DictOrder(Paths))
            foreach (var item in Branches(property.Value))
                if (item is not JObject)
                    throw Invalid($"Value of '{property.Name}' path must be a dictionary according to Swagger spec.", item ?? property.Value);
    }

    /// <summary>
    /// Adds the CORS preflight (<c>options</c> with a mock integration answering the CORS headers) to each
    /// alternative of the path that has no <c>options</c> method yet. The allowed methods, when not given, are those
    /// of the first alternative that gets the preflight (its keys, upper-cased, with <c>OPTIONS</c>).
    /// </summary>
    /// <param name="missingOrigin">The error when the origin is empty; raised only where a preflight would be added.</param>
    public void AddCorsPreflight(string path, CorsPreflight cors, Func<Exception> missingOrigin)
    {
        JToken? methods = Scalars.IsTruthy(cors.AllowMethods) ? cors.AllowMethods : null;
        foreach (var item in PathItems(path))
        {
            if (item.ContainsKey(OptionsMethod)) continue;
            if (!Scalars.IsTruthy(cors.AllowOrigin)) throw missingOrigin();
            methods ??= new JValue(AllowedMethods(item));
            var preflight = PreflightMethod(cors, methods);
            item[OptionsMethod] = preflight;
        }
    }

    /// <summary><c>'GET,OPTIONS,POST'</c>: the keys of the path item, upper-cased and sorted, every method for the any-method extension.</summary>
    private static string AllowedMethods(JObject item)
    {
        if (item.ContainsKey(AnyMethod)) return $"'{AllHttpMethods}'";
        var names = new SortedSet<string>(StringComparer.Ordinal) { "OPTIONS" };
        foreach (var property in item.Properties()) names.Add(property.Name.ToUpperInvariant());
        return $"'{string.Join(',', names)}'";
    }

    /// <summary>
    /// The preflight method, keys in the order SAM inserts them (the deployment hash follows it). Always the
    /// Swagger 2.0 form; an OpenAPI 3 document gets its own form afterwards (<see cref="OpenApi3Form"/>).
    /// </summary>
    private static JObject PreflightMethod(CorsPreflight cors, JToken methods)
    {
        var parameters = new JObject();
        var headers = new JObject();
        void Header(string name, JToken value, string type)
        {
            parameters["method.response.header." + name] = value.Parent is null ? value : value.DeepClone();
            headers[name] = new JObject { ["type"] = type };
        }
        Header("Access-Control-Allow-Origin", cors.AllowOrigin!, "string");
        if (Scalars.IsTruthy(cors.AllowHeaders)) Header("Access-Control-Allow-Headers", cors.AllowHeaders!, "string");
        Header("Access-Control-Allow-Methods", methods, "string");
        if (cors.MaxAge is not null && cors.MaxAge.Type != JTokenType.Null) Header("Access-Control-Max-Age", cors.MaxAge, "integer");
        if (cors.AllowCredentials) Header("Access-Control-Allow-Credentials", "'true'", "string");
        return new JObject
        {
            ["summary"] = "CORS support",
            ["consumes"] = new JArray("application/json"),
            ["produces"] = new JArray("application/json"),
            [IntegrationKey] = new JObject
            {
                ["type"] = "mock",
                ["requestTemplates"] = new JObject { ["application/json"] = "{\n  \"statusCode\" : 200\n}\n" },
                ["responses"] = new JObject
                {
                    ["default"] = new JObject
                    {
                        ["statusCode"] = "200",
                        ["responseParameters"] = parameters,
                        ["responseTemplates"] = new JObject { ["application/json"] = "{}\n" },
                    },
                },
            },
            ["responses"] = new JObject
            {
                ["200"] = new JObject { ["description"] = "Default response for CORS method", ["headers"] = headers },
            },
        };
    }
}
