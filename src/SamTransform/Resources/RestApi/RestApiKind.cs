using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// REST APIs for the shared API stages: <c>Api</c> events (<c>Path</c> and <c>Method</c> required, <c>RestApiId</c> a
/// logical id or its <c>Ref</c>), Swagger 2.0 documents SAM generates — the only ones events edit — Lambda proxy
/// integrations with their timeout and request parameters, and the implicit <c>ServerlessRestApi</c> on stage
/// <c>Prod</c>.
/// </summary>
public sealed class RestApiKind : ApiKind
{
    public const string ImplicitId = "ServerlessRestApi";
    public const string SamResourceType = "AWS::Serverless::Api";

    /// <summary>The stage of the implicit API.</summary>
    public const string ImplicitStageName = "Prod";

    public override string Name => "rest-api";
    public override string EventType => "Api";

    public override bool RejectsPropertiesNotAMap(JToken properties) => Scalars.IsTruthy(properties);
    public override string ResourceType => SamResourceType;
    public override string ImplicitApiId => ImplicitId;
    public override string ApiIdProperty => "RestApiId";

    public override JObject Skeleton() => RestApiDefinition.Skeleton();

    /// <summary>The deployment hash renders the document in the order SAM's copies leave its dicts.</summary>
    public override void RecordCopies(JObject document, int times = 1)
    {
        for (var i = 0; i < times; i++) Py27Dict.Copy(document);
    }

    /// <summary>
    /// SAM reads (and translates) the functions in the Python 2.7 order of the template's resource ids, the implicit
    /// API's id (which it adds before reading them) included.
    /// </summary>
    public override IEnumerable<SamResource> FunctionOrder(TransformContext context)
    {
        foreach (var id in Py27Dict.IterationOrder(ResourceIds(context)))
            if (context.FindResource(id) is { } resource) yield return resource;
    }

    /// <summary>The ids of the template's resources in the order SAM's dict of them received them: the implicit API's last.</summary>
    public static List<string> ResourceIds(TransformContext context)
    {
        var ids = context.Resources.Select(r => r.LogicalId).ToList();
        if (!ids.Contains(ImplicitId, StringComparer.Ordinal)) ids.Add(ImplicitId);
        return ids;
    }

    /// <summary>
    /// A function's events as SAM's implicit-API plugin reads them: the Python 2.7 order of their ids in a copy of the
    /// events (the copy can change that order when ids collide).
    /// </summary>
    public override IEnumerable<JProperty> EventOrder(JObject events) => Py27Order(events, copies: 1);

    /// <summary>
    /// Of a function's events that fail when their routes are added, SAM reports the first in the 2.7 order of their
    /// ids after a copy of the events (while it adds the routes, and finds a route declared twice, in the order without).
    /// </summary>
    public override IEnumerable<JProperty> ReportOrder(JObject events) => Py27Order(events, copies: 1);

    public override int CopiesAfterImplicitStage => 2;

    /// <summary>Functions as <see cref="FunctionOrder"/> reads them, each function's events in the 2.7 order of their ids.</summary>
    public override IEnumerable<ApiRoute> TranslationOrder(TransformContext context, IEnumerable<ApiRoute> routes)
    {
        var byFunction = routes.GroupBy(r => r.FunctionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.EventId, StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var function in FunctionOrder(context))
        {
            if (!byFunction.TryGetValue(function.LogicalId, out var events)) continue;
            if (function.Get("Events") is not JObject written) continue;
            foreach (var e in Py27Order(written, copies: 0))
                if (events.TryGetValue(e.Name, out var route)) yield return route;
        }
    }

    public override OpenApiDocument? TryOpen(JToken? document) => RestApiDefinition.TryOpen(document);

    public override JObject ImplicitApiProperties() => new() { ["StageName"] = ImplicitStageName, ["DefinitionBody"] = Skeleton() };

    /// <summary>An HTTP API is the one resource a REST event may not name.</summary>
    public override bool RejectsTarget(string resourceType) => resourceType == HttpApiKind.SamResourceType;

    /// <summary>
    /// An event's API must have a stage name (checked once Globals are merged, before any route is added). The APIs
    /// that merge their events' routes into their definition are known then too (<c>MergeDefinitions</c> may come
    /// from Globals).
    /// </summary>
    public override void CheckRoutes(TransformContext context, ApiRoutes routes)
    {
        if (routes.ByEvent.Values.Any(r => context.FindResource(r.ApiLogicalId) is { Type: SamResourceType } api && RestApiSettings.EmptyStageName(api.Definition) is not null))
            ReportEventsAndStageNames(context, routes);
        foreach (var api in context.Resources)
            if (api.Type == SamResourceType && !routes.ManagedApis.Contains(api.LogicalId) && MergedDefinitions.Merges(api))
                routes.MergedApis.Add(api.LogicalId);
    }

    /// <summary>
    /// An API with an empty stage name: SAM reads the functions in turn (one with a property its type lacks is reported
    /// and skipped), each event as a resource of its own (its property checks, reported about
    /// <c>FunctionId + EventId</c>), then the stage name of the event's API (reported once, about the API, at the first
    /// event that passes its checks); it reports all it found together, and stops there.
    /// </summary>
    private void ReportEventsAndStageNames(TransformContext context, ApiRoutes routes)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in TranslationOrder(context, routes.ByEvent.Values))
        {
            // A function (or state machine) with a property its type does not have is reported, its events not read.
            if (unreadable.Contains(route.FunctionId)) continue;
            if (context.FindResource(route.FunctionId) is { } owner
                && (route.IsStateMachineEvent ? SamSpecs.StateMachine : SamSpecs.Function).FirstUnknown(owner.Properties) is { } strange)
            {
                unreadable.Add(route.FunctionId);
                context.Report(new SamException(DiagnosticCatalog.PropertyNotDefined(strange.Name, owner.Type), strange), owner.LogicalId);
                continue;
            }
            // The first problem of a function's events ends the reading of that function.
            var spec = route.IsStateMachineEvent ? EventSpecs.StateMachineApi : EventSpecs.Api;
            var eventResource = route.FunctionId + route.EventId;
            if (spec.FirstUnknown(route.Properties) is { } unknown)
                context.Report(new SamException(DiagnosticCatalog.PropertyNotDefined(unknown.Name, spec.TypeName), unknown), eventResource);
            else if (spec.FirstProblem(route.Properties) is var (message, node))
                context.Report(new SamException(message, node ?? route.Properties), eventResource);
            else if (context.FindResource(route.ApiLogicalId) is { Type: SamResourceType } api && RestApiSettings.EmptyStageName(api.Definition) is { } empty)
            {
                if (reported.Add(api.LogicalId)) context.Report(new SamException(DiagnosticCatalog.RestApiStageNameEmpty, empty), api.LogicalId);
            }
            else continue;
            unreadable.Add(route.FunctionId);
        }
    }

    /// <summary>
    /// The route's method merged into the template's definition; an event with <c>OverrideApiAuth</c> then writes its
    /// <c>Auth</c> on the merged method as on any written definition (a second time: SAM does both).
    /// </summary>
    public override void MergeRoute(TransformContext context, ApiRoute route, SamResource api, OpenApiDocument generated)
    {
        MergedDefinitions.Merge(api, route, generated);
        if (api.Definition["Properties"] is JObject apiProperties) Auth.MethodAuth.ApplyOverride(context, route, apiProperties);
    }

    /// <summary>An event without properties is left to the event's own checks (which require <c>Path</c>).</summary>
    public override bool PrepareEvent(JObject properties) => properties.Count > 0;

    public override bool EditsDefinition(ApiRoutes routes, string apiLogicalId) => routes.ManagedApis.Contains(apiLogicalId) || routes.MergedApis.Contains(apiLogicalId);

    public override string DuplicateRouteMessage(string method, string path) => $"API method \"{method}\" defined multiple times for path \"{path}\".";

    /// <summary><c>RequestModel</c>, then <c>RequestParameters</c>, are checked before the route is added (a bad one adds nothing).</summary>
    public override void ValidateRoute(ApiRoute route, JObject apiProperties)
    {
        RestApiModels.Read(route, apiProperties);
        if (route.Properties["RequestParameters"] is { } parameters && Scalars.IsTruthy(parameters)) RequestParameters.Read(route, parameters);
    }

    /// <summary>
    /// The event's <c>Auth</c> is checked against its API's before the route is added; on an API whose definition SAM
    /// does not manage it is applied only with <c>OverrideApiAuth</c> (see <see cref="Auth.MethodAuth"/>). The implicit
    /// API takes its functions' tags when it propagates them.
    /// </summary>
    public override void BeforeRoute(TransformContext context, ApiRoute route, SamResource function, JObject? apiProperties)
    {
        if (apiProperties is null) return;
        // The implicit REST API then propagates them in turn (to the RestApi as well as its stage).
        if (route.ApiLogicalId == ImplicitId && PropagateTags(function, apiProperties)) apiProperties["PropagateTags"] = true;
        if (EditsDefinition(Routes(context), route.ApiLogicalId))
        {
            Auth.MethodAuth.Validate(route, apiProperties);
            return;
        }
        Auth.MethodAuth.ApplyOverride(context, route, apiProperties);
    }

    public override IReadOnlyList<string> EventOwnerTypes => ["AWS::Serverless::Function", "AWS::Serverless::StateMachine"];

    public override void AddRoute(TransformContext context, ApiRoute route, SamResource function, OpenApiDocument document, JObject apiProperties, string? condition)
    {
        var (path, method, properties) = (route.Path, route.Method, route.Properties);
        if (route.IsStateMachineEvent)
        {
            StartExecutionIntegration.Add(context, route, function, document, condition);
            Auth.MethodAuth.Apply(context, route, document, apiProperties);
            return;
        }
        var streaming = properties["ResponseTransferMode"] is JValue { Type: JTokenType.String } mode && (string)mode! == "RESPONSE_STREAM";
        var target = IntegrationTarget(context, function);
        var uri = new JValue(streaming
            ? $"arn:{context.Arns.Partition}:apigateway:${{AWS::Region}}:lambda:path/2021-11-15/functions/${{{target}}}/response-streaming-invocations"
            : $"arn:{context.Arns.Partition}:apigateway:${{AWS::Region}}:lambda:path/2015-03-31/functions/${{{target}}}/invocations");
        // Formatted with the function's logical id (unicode); an alias's logical id is SAM's own (native).
        if (target == function.LogicalId + ".Arn") Py27Strings.MarkUnicode(uri);
        document.AddRestApiLambdaIntegration(path, method, new JObject { ["Fn::Sub"] = uri }, condition, properties);
        if (streaming) document.SetIntegrationField(path, method, "responseTransferMode", "STREAM");
        if (Scalars.IsTruthy(properties["TimeoutInMillis"])) document.SetIntegrationField(path, method, "timeoutInMillis", properties["TimeoutInMillis"]!);
        Auth.MethodAuth.Apply(context, route, document, apiProperties);
        if (RestApiModels.Read(route, apiProperties) is { } model) RestApiModels.Add(route, document, model);
        if (properties["RequestParameters"] is { } parameters && Scalars.IsTruthy(parameters))
            RequestParameters.Add(route, document, RequestParameters.Read(route, parameters));
    }

    /// <summary>The name of the stage the event's API deploys to, when it is a text ("Prod" for the implicit API).</summary>
    public static string? StageNameOf(TransformContext context, string apiLogicalId) =>
        context.FindResource(apiLogicalId) is { Type: SamResourceType } api && api.Definition["Properties"] is JObject properties
            && properties["StageName"] is JValue { Type: JTokenType.String } name
            ? (string)name!
            : null;
}
