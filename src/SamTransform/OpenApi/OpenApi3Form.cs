using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;

namespace SamTransform.OpenApi;

/// <summary>
/// The last edit SAM makes to a REST API's definition when it is an OpenAPI 3 document (an <c>openapi</c> version
/// 3.x and no <c>swagger</c> key), whoever wrote it: every path item must be a map; the <c>options</c> methods lose
/// their Swagger-only <c>consumes</c>/<c>produces</c>, and the headers of their <c>200</c> response are wrapped in
/// <c>schema</c>; Swagger's <c>securityDefinitions</c> and <c>definitions</c> move to <c>components</c>. The CORS
/// preflight is always added in its Swagger form, so this is what gives it its OpenAPI 3 form.
/// </summary>
public static class OpenApi3Form
{
    /// <summary>An OpenAPI 3.x document without a <c>swagger</c> version (a null one counts as none).</summary>
    public static bool AppliesTo(JToken? document) =>
        document is JObject root && OpenApiDialect.IsOpenApi3(root) && root["swagger"] is null or { Type: JTokenType.Null };

    /// <summary>Edits the document in place, or fails as the reference does (document-level errors).</summary>
    public static void Apply(JObject root)
    {
        if (!AppliesTo(root)) return;
        if (root["paths"] is { } pathsToken && pathsToken.Type != JTokenType.Null)
        {
            if (pathsToken is not JObject paths) throw OpenApiDocument.Invalid("Value of paths must be a dictionary according to Swagger spec.", pathsToken);
            foreach (var property in Py27Repr.DictOrder(paths).ToList())
            {
                if (property.Value is not JObject item)
                    throw OpenApiDocument.Invalid($"Value of '{property.Name}' path must be a dictionary according to Swagger spec.", property.Value);
                if (item[OpenApiDocument.OptionsMethod] is { } options && options.Type != JTokenType.Null)
                    ConvertPreflight(root, property.Name, options);
            }
        }
        MoveToComponents(root, "securityDefinitions", "securitySchemes");
        MoveToComponents(root, "definitions", "schemas");
    }

    private static void ConvertPreflight(JObject root, string path, JToken optionsToken)
    {
        if (optionsToken is not JObject options)
            throw OpenApiDocument.Invalid($"Value of options method for path {path} must be a dictionary according to Swagger spec.", optionsToken);
        RemoveKey(options, "consumes");
        RemoveKey(options, "produces");
        var responsesToken = options["responses"];
        if (responsesToken is null || responsesToken.Type == JTokenType.Null) return;
        if (responsesToken is not JObject responses)
            throw OpenApiDocument.Invalid($"Invalid responses in options method for path {path}: It should be a map.", responsesToken);
        var okToken = responses["200"];
        if (okToken is null || okToken.Type == JTokenType.Null) return;
        if (okToken is not JObject ok)
            throw OpenApiDocument.Invalid($"Invalid responses in options method for path {path}: The value of '200' should be a map.", okToken);
        var headersToken = ok["headers"];
        if (headersToken is null || headersToken.Type == JTokenType.Null) return;
        if (headersToken is not JObject headers)
            throw OpenApiDocument.Invalid($"Value of response's headers in options method for path {path} must be a dictionary according to Swagger spec.", headersToken);
        foreach (var header in headers.Properties().ToList())
        {
            var value = header.Value;
            header.Value = JValue.CreateNull();
            var wrapped = new JObject { ["schema"] = value };
            header.Value = wrapped;
        }
    }

    /// <summary>A (truthy) top-level section moves under <c>components</c>, replacing what is there.</summary>
    private static void MoveToComponents(JObject root, string swaggerName, string componentName)
    {
        if (!Scalars.IsTruthy(root[swaggerName])) return;
        var moved = root.Property(swaggerName, StringComparison.Ordinal)!;
        var value = moved.Value;
        if (root["components"] is not JObject components)
        {
            components = new JObject();
            root["components"] = components;
        }
        RemoveKey(root, swaggerName);
        moved.Value = JValue.CreateNull(); // detached, so the value moves rather than being copied
        components[componentName] = value;
    }

    /// <summary>A deletion, as the hash's dict order sees it (a dummy stays in the 2.7 table).</summary>
    private static void RemoveKey(JObject map, string name) => Py27Dict.Remove(map, name);
}
