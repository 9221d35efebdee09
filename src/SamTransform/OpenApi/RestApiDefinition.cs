using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.OpenApi;

/// <summary>
/// The REST API flavour of <see cref="OpenApiDocument"/>: a Swagger 2.0 or OpenAPI 3 document with a <c>paths</c>
/// map, and Lambda proxy integrations as REST APIs call them.
/// </summary>
public static class RestApiDefinition
{
    /// <summary>A document SAM can edit: a <c>paths</c> map, and a (truthy) <c>swagger</c> version or an OpenAPI 3.x one.</summary>
    public static bool IsValid(JToken? document) =>
        document is JObject root && root["paths"] is JObject && (Scalars.IsTruthy(root["swagger"]) || OpenApiDialect.IsOpenApi3(root));

    public static OpenApiDocument? TryOpen(JToken? document) =>
        IsValid(document) ? new OpenApiDocument((JObject)document!, OpenApiDialect.Of((JObject)document!)) : null;

    /// <summary>The Swagger 2.0 document SAM generates for a REST API without a definition.</summary>
    public static JObject Skeleton() => OpenApiDialect.Swagger2.Skeleton();

    /// <summary>Adds an <c>aws_proxy</c> Lambda integration unless the method already has one.</summary>
    public static void AddRestApiLambdaIntegration(this OpenApiDocument document, string path, string method, JToken uri, string? condition, JToken? node = null) =>
        document.AddIntegration(path, method, () => new JObject
        {
            ["type"] = "aws_proxy",
            ["httpMethod"] = "POST",
            ["uri"] = uri.Parent is null ? uri : uri.DeepClone(),
        }, condition, node);
}
