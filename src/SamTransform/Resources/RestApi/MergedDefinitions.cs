using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>MergeDefinitions</c> of an <c>AWS::Serverless::Api</c> with a <c>DefinitionBody</c>: each <c>Api</c> event's
/// route is generated as on an API without a definition (in a document of its own, so two events of one method do
/// not collide), then its method is merged into the template's document — the generated method's keys replace the
/// template's, the template's other keys (and paths, and methods) stay. Nothing is merged into a document whose
/// <c>paths</c> is missing or empty. The API's own settings (Cors, Auth, Models, ...) then apply to the merged
/// document as to any written one.
/// </summary>
internal static class MergedDefinitions
{
    /// <summary>Whether the events of <paramref name="api"/> merge their routes into its <c>DefinitionBody</c>.</summary>
    public static bool Merges(SamResource api) =>
        Scalars.IsTruthy(api.Get("MergeDefinitions")) && Scalars.IsTruthy(api.Get("DefinitionBody"));

    /// <summary>
    /// Merges the route's method of <paramref name="generated"/> into the API's document, at the event's path and its
    /// method in lower case (<c>any</c> stays <c>any</c> there).
    /// </summary>
    public static void Merge(SamResource api, ApiRoute route, OpenApiDocument generated)
    {
        if (api.Get("DefinitionBody") is not JObject body) return;
        var paths = body["paths"];
        if (!Scalars.IsTruthy(paths)) return;
        if (paths is not JObject pathMap) throw Invalid(api, MergeDefinitionsDetails.PathsNotAMap, paths);
        // The merged document is a copy of the template's (its top level only).
        Py27Dict.CopyShallow(body);
        var item = pathMap[route.Path];
        // (An empty value that is not a map makes the reference fail with an internal error: reported as a non-map too.)
        if (item is not null && item is not JObject) throw Invalid(api, MergeDefinitionsDetails.PathItemNotAMap(route.Path), item);
        if (item is not JObject itemMap)
        {
            // A path the template does not have is a plain dict.
            itemMap = new JObject();
            Py27Dict.MarkInsertionOrdered(itemMap);
            Set(pathMap, route.Path, itemMap);
        }
        var method = itemMap[route.Method];
        if (Scalars.IsTruthy(method) && method is not JObject) throw Invalid(api, MergeDefinitionsDetails.MethodNotAMap(route.Path, route.Method), method);
        if (generated.Paths[route.Path] is not JObject generatedItem || generatedItem[OpenApiDocument.NormalizeMethod(route.Method)] is not JObject generatedMethod) return;
        // The merged method is a plain dict (insertion order): the template's keys in their order, then the new ones.
        var merged = new JObject();
        Py27Dict.MarkInsertionOrdered(merged);
        if (method is JObject written)
            foreach (var property in Py27Dict.Order(written).ToList())
            {
                property.Remove();
                merged.Add(property);
            }
        foreach (var property in Py27Dict.Order(generatedMethod).ToList())
        {
            var isNew = !merged.ContainsKey(property.Name);
            merged[property.Name] = property.Value.DeepClone();
            if (isNew && Py27Strings.IsUnicode(property)) Py27Strings.MarkUnicodeName(merged.Property(property.Name, StringComparison.Ordinal)!);
        }
        Set(itemMap, route.Method, merged);
    }

    /// <summary>Sets a key the event names (a unicode key when it is new).</summary>
    private static void Set(JObject map, string name, JObject value)
    {
        var isNew = !map.ContainsKey(name);
        map[name] = value;
        if (isNew) Py27Strings.MarkUnicodeName(map.Property(name, StringComparison.Ordinal)!);
    }

    private static SamException Invalid(SamResource api, string message, JToken? node) =>
        new(message, node) { ResourceIdOverride = api.LogicalId };
}
