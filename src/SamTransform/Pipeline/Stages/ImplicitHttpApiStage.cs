using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// The whole-template part of <c>HttpApi</c> events, run before <c>Globals</c> are merged (so the implicit API gets
/// <c>Globals.HttpApi</c> like any other): gives each <c>AWS::Serverless::HttpApi</c> without a definition a generated
/// OpenAPI document, reads every function's <c>HttpApi</c> events (filling in the implicit <c>ApiId</c> and the
/// <c>$default</c> route), declares their paths in the documents SAM manages, merges event <c>RouteSettings</c> into
/// the API, and creates <c>ServerlessHttpApi</c> with the conditions and policies of the functions that use it.
/// Problems here stop the transform before any resource is expanded, as in the reference.
/// </summary>
public sealed class ImplicitHttpApiStage : ITransformStage
{
    private const string EventType = "HttpApi";

    public string Name => "implicit-http-api";

    public void Run(TransformContext context)
    {
        var routes = context.State<HttpApiRoutes>();
        foreach (var api in context.Resources)
            if (api.Type == HttpApiRoutes.ResourceType) AddDefaultDefinition(api, routes);

        var collector = new Collector(context, routes);
        foreach (var function in context.Resources)
        {
            if (function.Type != "AWS::Serverless::Function") continue;
            if (function.Definition["Properties"] is not JObject properties || properties["Events"] is not JObject events) continue;
            try
            {
                foreach (var e in events.Properties())
                    if (e.Value is JObject definition && definition["Type"] is JValue { Type: JTokenType.String } type && (string)type! == EventType)
                        collector.Add(function, e.Name, definition);
            }
            catch (SamException ex)
            {
                context.Report(ex, function.LogicalId);
            }
        }
        collector.Finish();
    }

    /// <summary>An explicit API with neither <c>DefinitionBody</c> nor <c>DefinitionUri</c> gets a generated document.</summary>
    private static void AddDefaultDefinition(SamResource api, HttpApiRoutes routes)
    {
        var properties = api.Definition["Properties"];
        if (properties is not null && properties.Type != JTokenType.Null && properties is not JObject) return;
        var map = api.Properties;
        if (Scalars.IsTruthy(map["DefinitionBody"]) || Scalars.IsTruthy(map["DefinitionUri"])) return;
        map["DefinitionBody"] = OpenApiDocument.Skeleton();
        routes.ManagedApis.Add(api.LogicalId);
    }

    /// <summary>Per-transform bookkeeping of the events read so far.</summary>
    private sealed class Collector(TransformContext context, HttpApiRoutes routes)
    {
        private readonly JObject _implicitApi = new()
        {
            ["Type"] = HttpApiRoutes.ResourceType,
            ["Properties"] = new JObject { ["DefinitionBody"] = OpenApiDocument.Skeleton() },
        };

        /// <summary>Per API, per path, per method: the condition of the function that declared the route (null when none).</summary>
        private readonly Dictionary<string, Dictionary<string, Dictionary<string, string?>>> _conditions = new(StringComparer.Ordinal);
        private readonly List<string?> _implicitDeletionPolicies = [];
        private readonly List<string?> _implicitUpdateReplacePolicies = [];
        private bool _implicitUsed;

        public void Add(SamResource function, string eventId, JObject definition)
        {
            var propertiesToken = definition["Properties"];
            if (propertiesToken is null)
            {
                propertiesToken = new JObject();
                definition["Properties"] = propertiesToken;
            }
            if (propertiesToken is not JObject properties)
                throw new SamException("Properties should be a map.", propertiesToken) { EventId = eventId };

            if (properties["ApiId"] is null)
                properties["ApiId"] = Intrinsics.Ref(HttpApiRoutes.ImplicitApiId);
            var apiIdToken = properties["ApiId"]!;
            var (apiId, path, method) = RouteOf(properties, apiIdToken, eventId);
            var condition = function.Condition is JValue { Type: JTokenType.String } c ? (string)c! : null;
            RecordAttributes(function, apiId, path, method, condition);

            if (apiId != HttpApiRoutes.ImplicitApiId && context.FindResource(apiId) is null)
                throw new SamException($"ApiId must be a valid reference to an '{HttpApiRoutes.ResourceType}' resource in same template.", apiIdToken) { EventId = eventId };
            var api = FindApi(apiId);
            var managed = apiId == HttpApiRoutes.ImplicitApiId || routes.ManagedApis.Contains(apiId);
            if (managed && api?["Properties"] is JObject apiProperties
                && OpenApiDocument.TryOpen(apiProperties["DefinitionBody"]) is { } document)
            {
                document.AddPath(path, method, properties);
                if (apiId == HttpApiRoutes.ImplicitApiId) _implicitUsed = true;
            }
            if (properties.Property("RouteSettings", StringComparison.Ordinal) is { } routeSettings)
                MergeRouteSettings(apiId, api, eventId, path, method, routeSettings.Value, condition);

            routes.Add(new HttpApiRoute
            {
                FunctionId = function.LogicalId,
                EventId = eventId,
                Properties = properties,
                ApiId = apiIdToken,
                ApiLogicalId = apiId,
                Path = path,
                Method = method.ToLowerInvariant(),
            });
        }

        /// <summary>Adds the implicit API when events use it, with the attributes its functions share.</summary>
        public void Finish()
        {
            if (_implicitUsed)
            {
                ApplyImplicitAttributes();
                routes.ManagedApis.Add(HttpApiRoutes.ImplicitApiId);
                context.PutResource(new SamResource(HttpApiRoutes.ImplicitApiId, _implicitApi));
            }
            foreach (var (apiId, paths) in _conditions)
            {
                if (!routes.ManagedApis.Contains(apiId)) continue;
                if (FindApi(apiId)?["Properties"] is not JObject properties || OpenApiDocument.TryOpen(properties["DefinitionBody"]) is not { } document) continue;
                foreach (var (path, methods) in paths)
                {
                    if (methods.Values.Any(c => c is null)) continue;
                    var distinct = methods.Values.Distinct(StringComparer.Ordinal).Select(c => c!).ToList();
                    if (distinct.Count == 1)
                    {
                        document.MakePathConditional(path, distinct[0]);
                        continue;
                    }
                    var name = apiId + path.Replace("/", "SLASH", StringComparison.Ordinal).Replace("{", "OB", StringComparison.Ordinal).Replace("}", "CB", StringComparison.Ordinal) + "PathCondition";
                    CombinedConditions.Add(context.Conditions, name, distinct);
                    document.MakePathConditional(path, name);
                }
            }
        }

        private JObject? FindApi(string apiId) =>
            apiId == HttpApiRoutes.ImplicitApiId ? _implicitApi : context.FindResource(apiId) is { Type: HttpApiRoutes.ResourceType } r ? r.Definition : null;

        /// <summary>
        /// The API's logical id (<c>ApiId</c> or its <c>Ref</c>), path and method. Neither path nor method means the
        /// <c>$default</c> route on any method; otherwise both are required, and all three must be strings.
        /// </summary>
        private static (string ApiId, string Path, string Method) RouteOf(JObject properties, JToken apiIdToken, string eventId)
        {
            var apiId = apiIdToken is JObject o && o["Ref"] is { } target ? target : apiIdToken;
            var path = properties["Path"];
            var method = properties["Method"];
            if (!Scalars.IsTruthy(path) && !Scalars.IsTruthy(method))
            {
                properties["Path"] = path = OpenApiDocument.DefaultPath;
                properties["Method"] = method = OpenApiDocument.AnyMethod;
            }
            if (IsNull(path)) throw new SamException("Property 'Path' is required.", properties) { EventId = eventId };
            if (IsNull(method)) throw new SamException("Property 'Method' is required.", properties) { EventId = eventId };
            if (apiId is not JValue { Type: JTokenType.String }) throw new SamException("Property 'ApiId' should be a string.", apiIdToken) { EventId = eventId };
            if (path is not JValue { Type: JTokenType.String }) throw new SamException("Property 'Path' should be a string.", path) { EventId = eventId };
            if (method is not JValue { Type: JTokenType.String }) throw new SamException("Property 'Method' should be a string.", method) { EventId = eventId };
            return ((string)apiId!, (string)path!, (string)method!);
        }

        private static bool IsNull(JToken? token) => token is null || token.Type == JTokenType.Null;

        private void RecordAttributes(SamResource function, string apiId, string path, string method, string? condition)
        {
            if (!_conditions.TryGetValue(apiId, out var paths)) _conditions[apiId] = paths = new(StringComparer.Ordinal);
            if (!paths.TryGetValue(path, out var methods)) paths[path] = methods = new(StringComparer.Ordinal);
            methods[OpenApiDocument.NormalizeMethod(method)] = condition;
            if (apiId != HttpApiRoutes.ImplicitApiId) return;
            _implicitDeletionPolicies.Add(function.DeletionPolicy is JValue { Type: JTokenType.String } d ? (string)d! : null);
            _implicitUpdateReplacePolicies.Add(function.UpdateReplacePolicy is JValue { Type: JTokenType.String } u ? (string)u! : null);
        }

        /// <summary>
        /// Event <c>RouteSettings</c> go into the API's <c>RouteSettings</c> under the route key (<c>METHOD /path</c>, or
        /// the path alone for any method), wrapped in the function's condition.
        /// </summary>
        private static void MergeRouteSettings(string apiId, JObject? api, string eventId, string path, string method, JToken settings, string? condition)
        {
            if (api?["Properties"] is not JObject properties) return;
            var route = method == OpenApiDocument.AnyMethod ? path : $"{method.ToUpperInvariant()} {path}";
            var apiSettingsToken = properties["RouteSettings"] ?? new JObject();
            if (apiSettingsToken is not JObject apiSettings)
                throw new SamException("Property 'RouteSettings' should be a map.", apiSettingsToken) { ResourceIdOverride = apiId };
            var merged = condition is null ? settings : Intrinsics.If(condition, settings.DeepClone(), Intrinsics.NoValue);
            if (merged is not JObject additions) throw new SamException("Property 'RouteSettings' should be a map.", settings) { EventId = eventId };
            if (apiSettings.Parent is null) properties["RouteSettings"] = apiSettings;
            if (apiSettings[route] is null) apiSettings[route] = new JObject();
            if (apiSettings[route] is not JObject target) return;
            foreach (var p in additions.Properties()) target[p.Name] = p.Value.DeepClone();
        }

        private void ApplyImplicitAttributes()
        {
            var methodConditions = _conditions.GetValueOrDefault(HttpApiRoutes.ImplicitApiId)?.Values.SelectMany(m => m.Values).ToList() ?? [];
            if (methodConditions.Count > 0 && methodConditions.All(c => c is not null))
            {
                var distinct = methodConditions.Distinct(StringComparer.Ordinal).Select(c => c!).ToList();
                if (distinct.Count == 1)
                {
                    _implicitApi["Condition"] = distinct[0];
                }
                else
                {
                    const string name = HttpApiRoutes.ImplicitApiId + "Condition";
                    _implicitApi["Condition"] = name;
                    CombinedConditions.Add(context.Conditions, name, distinct);
                }
            }
            if (Strongest(_implicitDeletionPolicies, "Retain", "Delete") is { } deletion) _implicitApi["DeletionPolicy"] = deletion;
            if (Strongest(_implicitUpdateReplacePolicies, "Retain", "Snapshot", "Delete") is { } replace) _implicitApi["UpdateReplacePolicy"] = replace;
        }

        /// <summary>The first policy of <paramref name="ranking"/> any function uses.</summary>
        private static string? Strongest(List<string?> policies, params string[] ranking) =>
            ranking.FirstOrDefault(policies.Contains);
    }
}
