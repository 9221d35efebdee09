using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// What differs between REST APIs (<c>AWS::Serverless::Api</c>, <c>Api</c> events, <c>ServerlessRestApi</c>) and HTTP
/// APIs (<c>AWS::Serverless::HttpApi</c>, <c>HttpApi</c> events, <c>ServerlessHttpApi</c>) for the stages they share:
/// the implicit-API stage (<see cref="Pipeline.Stages.ImplicitApiStage"/>) and the routes stage
/// (<see cref="Pipeline.Stages.ApiRoutesStage"/>).
/// </summary>
public abstract class ApiKind
{
    public static readonly ApiKind Http = new HttpApiKind();
    public static readonly ApiKind Rest = new RestApi.RestApiKind();
    private static readonly ApiKind[] Kinds = [Http, Rest];


    /// <summary>A short name for stage names (<c>http-api</c>, <c>rest-api</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The event type of functions (<c>HttpApi</c>, <c>Api</c>).</summary>
    public abstract string EventType { get; }

    /// <summary>The SAM types whose events of <see cref="EventType"/> are routes of this kind.</summary>
    public virtual IReadOnlyList<string> EventOwnerTypes => ["AWS::Serverless::Function"];

    /// <summary>The SAM resource type of the API.</summary>
    public abstract string ResourceType { get; }

    /// <summary>The API SAM creates for events that name none.</summary>
    public abstract string ImplicitApiId { get; }

    /// <summary>The event property naming the API (<c>ApiId</c>, <c>RestApiId</c>).</summary>
    public abstract string ApiIdProperty { get; }

    /// <summary>The document SAM generates for an API without a definition.</summary>
    public abstract JObject Skeleton();

    /// <summary>The API's definition when it is one SAM can edit, else null.</summary>
    public abstract OpenApiDocument? TryOpen(JToken? document);

    /// <summary>The routes of this kind for one transform.</summary>
    public ApiRoutes Routes(TransformContext context) => context.State<ApiRoutes.ByKind>().For(this);

    /// <summary>The properties of the implicit API before <c>Globals</c> are merged into it.</summary>
    public virtual JObject ImplicitApiProperties() => new() { ["DefinitionBody"] = Skeleton() };

    /// <summary>
    /// Called for each event before its route is read; fills in what the kind defaults. False when the implicit-API
    /// stage should leave the event to the event source's own checks.
    /// </summary>
    public virtual bool PrepareEvent(JObject properties) => true;

    /// <summary>
    /// Whether an event's <c>Properties</c> that is not a map is the kind's own error (<c>Properties should be a
    /// map.</c>, about the event) or left to the event's resource (<c>Properties of a resource must be an object.</c>):
    /// HTTP APIs report every such value; REST APIs only one Python counts as true (<c>"abc"</c>, <c>[1]</c>, <c>5</c>),
    /// and leave an empty one (<c>""</c>, <c>[]</c>, <c>0</c>, <c>null</c>) to the resource.
    /// </summary>
    public virtual bool RejectsPropertiesNotAMap(JToken properties) => true;

    /// <summary>The error for an event of an owner (function or state machine) whose <c>Properties</c> is not a map.</summary>
    public static SamException PropertiesNotAMap(string eventType, JToken properties, string ownerId, string eventId) =>
        Array.Find(Kinds, k => k.EventType == eventType)?.RejectsPropertiesNotAMap(properties) == true
            ? new SamException("Properties should be a map.", properties) { EventId = eventId }
            : new SamException("Properties of a resource must be an object.", properties) { ResourceIdOverride = ownerId + eventId };

    /// <summary>The order in which the implicit-API stage reads the functions (document order by default).</summary>
    public virtual IEnumerable<SamResource> FunctionOrder(TransformContext context) => context.Resources;

    /// <summary>The order in which a function's events are read (document order by default).</summary>
    public virtual IEnumerable<JProperty> EventOrder(JObject events) => events.Properties();

    /// <summary>
    /// When not null, every event of a function is read (in <see cref="EventOrder"/>) and the one reported of those that
    /// fail is the first in this order; when null, reading stops at the first that fails.
    /// </summary>
    public virtual IEnumerable<JProperty>? FailureOrder(JObject events) => null;

    /// <summary>The events in the 2.7 iteration order of a dict with their ids inserted in document order, after some copies.</summary>
    protected static IEnumerable<JProperty> Py27Order(JObject events, int copies)
    {
        var byName = events.Properties().ToDictionary(p => p.Name, StringComparer.Ordinal);
        IReadOnlyList<string> names = [.. byName.Keys];
        for (var i = 0; i <= copies; i++) names = Py27Dict.IterationOrder(names);
        return names.Select(name => byName[name]);
    }

    /// <summary>
    /// Records that SAM deep-copies the definition here (it does when it opens a document to edit it and when it writes
    /// it back); the copies matter where the definition is hashed (REST APIs: <see cref="Model.Python27.Py27Dict.Copy"/>).
    /// </summary>
    public virtual void RecordCopies(JObject document, int times = 1) { }

    /// <summary>How many copies of each document SAM makes after the implicit-API stage's edits.</summary>
    public virtual int CopiesAfterImplicitStage => 0;

    /// <summary>
    /// Whether an event may not name a resource of this type as its API (any resource of the template is accepted
    /// otherwise, even one that is no API).
    /// </summary>
    public virtual bool RejectsTarget(string resourceType) => false;

    /// <summary>After an event's route was recorded by the implicit-API stage (the API may be null: not one of ours).</summary>
    public virtual void OnRouteCollected(ApiRoute route, JObject? api, string? condition) { }

    /// <summary>Checks of the routes as a whole, after Globals are merged; an error stops the transform.</summary>
    public virtual void CheckRoutes(TransformContext context, ApiRoutes routes) { }

    /// <summary>The event's own property checks, before its route is added to the document.</summary>
    public virtual void CheckEventProperties(ApiRoute route) { }

    /// <summary>Whether events edit the API's definition: REST APIs only SAM's own, HTTP APIs any inline definition.</summary>
    public abstract bool EditsDefinition(ApiRoutes routes, string apiLogicalId);

    /// <summary>What the route stage does before it opens the API's definition (HTTP APIs: tags for the implicit API).</summary>
    public virtual void BeforeRoute(TransformContext context, ApiRoute route, SamResource function, JObject? apiProperties) { }

    /// <summary>
    /// The order in which the reference adds the routes to the definitions: the order it translates the functions
    /// in. By default the order the events were read (document order).
    /// </summary>
    public virtual IEnumerable<ApiRoute> TranslationOrder(TransformContext context, IEnumerable<ApiRoute> routes) => routes;

    /// <summary>Checks of the route made before its integration is added to a definition SAM edits.</summary>
    public virtual void ValidateRoute(ApiRoute route, JObject apiProperties) { }

    /// <summary>The reference's message for a path and method two events of the API declare.</summary>
    public abstract string DuplicateRouteMessage(string method, string path);

    /// <summary>Adds the route's integration, and what goes with it, to the API's definition.</summary>
    public abstract void AddRoute(TransformContext context, ApiRoute route, SamResource function, OpenApiDocument document, JObject apiProperties, string? condition);

    /// <summary>
    /// Merges a route generated in a document of its own (<paramref name="generated"/>) into the API's definition
    /// (for the APIs of <see cref="ApiRoutes.MergedApis"/>).
    /// </summary>
    public virtual void MergeRoute(TransformContext context, ApiRoute route, SamResource api, OpenApiDocument generated) =>
        throw new NotSupportedException($"{Name} definitions are not merged.");

    /// <summary>The order in which a function's failing events are considered for the one error reported (document order by default).</summary>
    public virtual IEnumerable<JProperty> ReportOrder(JObject events) => events.Properties();

    /// <summary>After every route was added.</summary>
    public virtual void AfterRoutes(TransformContext context, ApiRoutes routes) { }

    /// <summary>The function's condition, when it has one.</summary>
    public static string? ConditionOf(SamResource function) => function.Condition is JValue { Type: JTokenType.String } c ? (string)c! : null;

    /// <summary>
    /// An error about the route's event ("Event with id [E] is invalid. ..."); a state machine's stands on its own in
    /// the reference's report.
    /// </summary>
    public static SamException EventError(ApiRoute route, string message, JToken? node) =>
        new(message, node ?? route.Properties) { EventId = route.EventId, Standalone = route.IsStateMachineEvent };

    /// <summary>
    /// Functions tagged with <c>PropagateTags</c> pass their tags to the implicit API SAM creates for their events.
    /// </summary>
    /// <returns>True when the function passed tags on.</returns>
    protected static bool PropagateTags(SamResource function, JObject apiProperties)
    {
        if (function.Get("PropagateTags") is not JValue { Type: JTokenType.Boolean } propagate || !(bool)propagate!) return false;
        if (function.Get("Tags") is not JObject tags || Intrinsics.IsIntrinsic(tags)) return false;
        if (apiProperties["Tags"] is null) apiProperties["Tags"] = new JObject();
        if (apiProperties["Tags"] is not JObject apiTags) return false;
        // SAM adds them before Globals are merged, so they win over the API kind's Globals Tags.
        foreach (var tag in tags.Properties()) apiTags[tag.Name] = tag.Value.DeepClone();
        return true;
    }

    /// <summary>
    /// An API stage's logical id: <c>{Api}{Name}Stage</c> for an alphanumeric stage name, <c>{Api}Stage</c> for an
    /// intrinsic one, else <c>{Api}Stage</c> + hash of the name.
    /// </summary>
    public static string StageLogicalId(string apiId, JToken stageName)
    {
        var name = stageName is JValue { Type: JTokenType.String } s ? (string)s! : "";
        if (name.Length > 0 && name.All(char.IsLetterOrDigit)) return apiId + name + "Stage";
        return apiId + "Stage" + (name.Length > 0 ? LogicalIdHasher.Hash(name) : "");
    }

    /// <summary>
    /// The function the integration invokes: <c>Fn.Arn</c>, or the alias's logical id when the function publishes
    /// one (<c>AutoPublishAlias</c>, parameters resolved).
    /// </summary>
    public static string IntegrationTarget(TransformContext context, SamResource function)
    {
        if (function.Get("AutoPublishAlias") is { } alias
            && ParameterResolver.Resolve(alias, context.ParameterValues) is JValue { Type: JTokenType.String } name && ((string)name!).Length > 0)
            return VersionAndAlias.AliasLogicalId(function.LogicalId, (string)name!);
        return function.LogicalId + ".Arn";
    }
}
