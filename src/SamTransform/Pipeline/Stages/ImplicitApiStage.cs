using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// The whole-template part of one API kind's events (<c>Api</c> or <c>HttpApi</c>, see <see cref="ApiKind"/>), run
/// before <c>Globals</c> are merged (so the implicit API gets <c>Globals.Api</c> / <c>Globals.HttpApi</c> like any
/// other): gives each API of the kind without a definition a generated document, reads every function's events of the
/// kind (filling in the implicit API's id), declares their paths in the documents SAM manages, and creates the implicit
/// API (<c>ServerlessRestApi</c>, <c>ServerlessHttpApi</c>) with the conditions and policies of the functions that use
/// it. Problems here stop the transform before any resource is expanded, as in the reference.
/// </summary>
public sealed class ImplicitApiStage(ApiKind kind) : ITransformStage
{
    public string Name => "implicit-" + kind.Name;

    public void Run(TransformContext context)
    {
        var routes = kind.Routes(context);
        foreach (var api in context.Resources)
            if (api.Type == kind.ResourceType) AddDefaultDefinition(api, routes);

        var collector = new Collector(context, kind, routes);
        foreach (var function in kind.FunctionOrder(context))
        {
            if (!kind.EventOwnerTypes.Contains(function.Type)) continue;
            if (function.Definition["Properties"] is not JObject properties || properties["Events"] is not JObject events) continue;
            var failureOrder = kind.FailureOrder(events)?.Select(e => e.Name).ToList();
            var failures = new Dictionary<string, SamException>(StringComparer.Ordinal);
            try
            {
                foreach (var e in kind.EventOrder(events))
                {
                    if (e.Value is not JObject definition || definition["Type"] is not JValue { Type: JTokenType.String } type || (string)type! != kind.EventType) continue;
                    try
                    {
                        collector.Add(function, e.Name, definition);
                    }
                    catch (SamException ex) when (failureOrder is not null)
                    {
                        failures[e.Name] = ex;
                    }
                }
                if (failureOrder?.FirstOrDefault(failures.ContainsKey) is { } reported) throw failures[reported];
            }
            catch (SamException ex)
            {
                context.Report(ex, function.LogicalId);
            }
        }
        collector.Finish();
    }

    /// <summary>An explicit API with neither <c>DefinitionBody</c> nor <c>DefinitionUri</c> gets a generated document.</summary>
    private void AddDefaultDefinition(SamResource api, ApiRoutes routes)
    {
        var properties = api.Definition["Properties"];
        if (properties is not null && properties.Type != JTokenType.Null && properties is not JObject) return;
        var map = api.Properties;
        if (Scalars.IsTruthy(map["DefinitionBody"]) || Scalars.IsTruthy(map["DefinitionUri"])) return;
        map["DefinitionBody"] = kind.Skeleton();
        routes.ManagedApis.Add(api.LogicalId);
    }

    /// <summary>Per-transform bookkeeping of the events read so far.</summary>
    private sealed class Collector(TransformContext context, ApiKind kind, ApiRoutes routes)
    {
        private readonly JObject _implicitApi = new()
        {
            ["Type"] = kind.ResourceType,
            ["Properties"] = kind.ImplicitApiProperties(),
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
            {
                if (kind.RejectsPropertiesNotAMap(propertiesToken))
                    throw ApiKind.PropertiesNotAMap(kind.EventType, propertiesToken, function.LogicalId, eventId);
                return; // the owner's expander reports it
            }
            if (!kind.PrepareEvent(properties)) return;

            if (properties[kind.ApiIdProperty] is null)
                properties[kind.ApiIdProperty] = Intrinsics.Ref(kind.ImplicitApiId);
            var apiIdToken = properties[kind.ApiIdProperty]!;
            var (apiId, path, method) = RouteOf(properties, apiIdToken, eventId);
            var condition = ApiKind.ConditionOf(function);
            RecordAttributes(function, apiId, path, method, condition);

            if (apiId != kind.ImplicitApiId && (context.FindResource(apiId) is not { } target || kind.RejectsTarget(target.Type)))
                throw new SamException($"{kind.ApiIdProperty} must be a valid reference to an '{kind.ResourceType}' resource in same template.", apiIdToken) { EventId = eventId };
            var api = FindApi(apiId);
            var managed = apiId == kind.ImplicitApiId || routes.ManagedApis.Contains(apiId);
            if (managed && api?["Properties"] is JObject apiProperties && kind.TryOpen(apiProperties["DefinitionBody"]) is { } document)
            {
                // SAM edits the document in a session of its own, which copies it.
                kind.RecordCopies(document.Root);
                document.AddPath(path, method, properties);
                kind.RecordCopies(document.Root);
                if (apiId == kind.ImplicitApiId) _implicitUsed = true;
            }

            var route = new ApiRoute
            {
                FunctionId = function.LogicalId,
                EventId = eventId,
                OwnerType = function.Type,
                Properties = properties,
                ApiId = apiIdToken,
                ApiLogicalId = apiId,
                Path = path,
                Method = method.ToLowerInvariant(),
            };
            kind.OnRouteCollected(route, api, condition);
            routes.Add(route);
        }

        /// <summary>Adds the implicit API when events use it, with the attributes its functions share.</summary>
        public void Finish()
        {
            if (_implicitUsed)
            {
                ApplyImplicitAttributes();
                routes.ManagedApis.Add(kind.ImplicitApiId);
                context.PutResource(new SamResource(kind.ImplicitApiId, _implicitApi));
            }
            foreach (var apiId in routes.ManagedApis)
                if (FindApi(apiId)?["Properties"] is JObject managed && kind.TryOpen(managed["DefinitionBody"]) is { } edited)
                    kind.RecordCopies(edited.Root, kind.CopiesAfterImplicitStage);
            foreach (var (apiId, paths) in _conditions)
            {
                if (!routes.ManagedApis.Contains(apiId)) continue;
                if (FindApi(apiId)?["Properties"] is not JObject properties || kind.TryOpen(properties["DefinitionBody"]) is not { } document) continue;
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
                    document.MakePathConditional(path, name, named: true);
                }
            }
        }

        private JObject? FindApi(string apiId) =>
            apiId == kind.ImplicitApiId ? _implicitApi : context.FindResource(apiId) is { } r && r.Type == kind.ResourceType ? r.Definition : null;

        /// <summary>
        /// The API's logical id (the API id or its <c>Ref</c>), path and method: path and method are required, and all
        /// three must be strings.
        /// </summary>
        private (string ApiId, string Path, string Method) RouteOf(JObject properties, JToken apiIdToken, string eventId)
        {
            var apiId = apiIdToken is JObject o && o["Ref"] is { } target ? target : apiIdToken;
            var path = properties["Path"];
            var method = properties["Method"];
            if (IsNull(path)) throw new SamException("Property 'Path' is required.", properties) { EventId = eventId };
            if (IsNull(method)) throw new SamException("Property 'Method' is required.", properties) { EventId = eventId };
            if (apiId is not JValue { Type: JTokenType.String }) throw new SamException($"Property '{kind.ApiIdProperty}' should be a string.", apiIdToken) { EventId = eventId };
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
            if (apiId != kind.ImplicitApiId) return;
            _implicitDeletionPolicies.Add(function.DeletionPolicy is JValue { Type: JTokenType.String } d ? (string)d! : null);
            _implicitUpdateReplacePolicies.Add(function.UpdateReplacePolicy is JValue { Type: JTokenType.String } u ? (string)u! : null);
        }

        private void ApplyImplicitAttributes()
        {
            var methodConditions = _conditions.GetValueOrDefault(kind.ImplicitApiId)?.Values.SelectMany(m => m.Values).ToList() ?? [];
            if (methodConditions.Count > 0 && methodConditions.All(c => c is not null))
            {
                var distinct = methodConditions.Distinct(StringComparer.Ordinal).Select(c => c!).ToList();
                if (distinct.Count == 1)
                {
                    _implicitApi["Condition"] = distinct[0];
                }
                else
                {
                    var name = kind.ImplicitApiId + "Condition";
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
