using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// An <c>Api</c> event's <c>RequestParameters</c>: each item is <c>method.request.{querystring|path|header}.NAME</c>, or
/// a map of one such key to <c>{Required, Caching}</c>. Each becomes a method parameter (<c>in</c> the location,
/// <c>querystring</c> spelled <c>query</c>); those with a truthy <c>Caching</c> are also cache keys of the integration.
/// </summary>
internal static class RequestParameters
{
    private const string Prefix = "method.request.";
    private static readonly string[] Locations = ["querystring", "path", "header"];

    /// <summary>The parameters and cache keys, or the reference's error for the first item it cannot read.</summary>
    public static (List<JObject> Parameters, List<JToken> CacheKeys) Read(ApiRoute route, JToken written)
    {
        // A map is read as the list of its keys.
        IEnumerable<JToken> items = written is JObject map ? map.Properties().Select(p => (JToken)Py27Strings.MarkUnicode(new JValue(p.Name))) : written.Children();
        var parameters = new List<JObject>();
        var cacheKeys = new List<JToken>();
        foreach (var item in items)
        {
            JValue key;
            JToken? required = null, caching = null;
            (JValue Location, JValue Name) parameter;
            if (item is JValue { Type: JTokenType.String } text)
            {
                key = text;
                parameter = CheckKey(route, key, item);
            }
            else if (item is JObject settings && settings.Properties().FirstOrDefault() is { } first)
            {
                // Only the first key of a map counts.
                key = Py27Strings.MarkUnicode(new JValue(first.Name));
                parameter = CheckKey(route, key, item);
                if (first.Value is not JObject values || values.Properties().Any(p => p.Name is not ("Required" or "Caching")))
                    throw Invalid(route, "Values must be an object, e.g { Required: true, Caching: false }", first.Value);
                required = values["Required"];
                caching = values["Caching"];
            }
            else throw Invalid(route, "Property must be either a string or an object", item);
            var (location, name) = parameter;
            parameters.Add(Parameter(location, name, required));
            if (Scalars.IsTruthy(caching)) cacheKeys.Add(key.DeepClone());
        }
        return (parameters, cacheKeys);
    }

    public static void Add(ApiRoute route, OpenApiDocument document, (List<JObject> Parameters, List<JToken> CacheKeys) read)
    {
        if (read.CacheKeys.Count > 0) document.SetIntegrationField(route.Path, route.Method, "cacheKeyParameters", new JArray(read.CacheKeys));
        if (read.Parameters.Count > 0) document.AddMethodParameters(route.Path, route.Method, read.Parameters);
    }

    /// <summary>The location and name of a parameter key, or the reference's error.</summary>
    private static (JValue Location, JValue Name) CheckKey(ApiRoute route, JValue key, JToken node)
    {
        var text = (string)key!;
        var location = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split('.', 2) : [];
        if (location.Length != 2 || !Locations.Contains(location[0]))
            throw Invalid(route, "Keys must be in the format 'method.request.[querystring|path|header].{value}', e.g 'method.request.header.Authorization'.", node);
        // Derived from the template's text, so unicode; except 'query', which SAM writes itself.
        var where = location[0] == "querystring" ? new JValue("query") : Py27Strings.MarkUnicode(new JValue(location[0]));
        return (where, Py27Strings.MarkUnicode(new JValue(location[1])));
    }

    private static JObject Parameter(JValue location, JValue name, JToken? required) => new()
    {
        ["in"] = location,
        ["name"] = name,
        ["required"] = required?.DeepClone() ?? false,
        ["type"] = "string",
    };

    private static Pipeline.SamException Invalid(ApiRoute route, string detail, JToken node) =>
        ApiKind.EventError(route, "Invalid value for 'RequestParameters' property. " + detail, node);
}
