using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Adds each event's route to its API's definition (see <see cref="ApiKind"/>), once per route and in place: the Lambda
/// integration (under the function's condition) and what the kind adds with it (authorizers, timeouts, parameters).
/// Runs after <c>Globals</c> (the API's <c>Auth</c> may come from there) and before resources are expanded, so every
/// API is expanded with all of its routes whatever the order of the template. A problem with an event is kept on its
/// route and reported when the function's events are expanded, as the reference reports it while translating the
/// function.
/// </summary>
public sealed class ApiRoutesStage(ApiKind kind) : ITransformStage
{
    public string Name => kind.Name + "-routes";

    public void Run(TransformContext context)
    {
        var routes = kind.Routes(context);
        kind.CheckRoutes(context, routes);
        if (context.HasErrors) return; // what the checks found is all the reference reports
        foreach (var route in kind.TranslationOrder(context, routes.ByEvent.Values))
        {
            try
            {
                AddRoute(context, routes, route);
            }
            catch (SamException ex)
            {
                route.Error = ex;
            }
        }
        KeepReportedErrors(context, routes);
        kind.AfterRoutes(context, routes);
    }

    /// <summary>
    /// The reference reports one failing event per function: the first in the order it reads them
    /// (<see cref="ApiKind.ReportOrder"/>); the other events' errors are dropped.
    /// </summary>
    private void KeepReportedErrors(TransformContext context, ApiRoutes routes)
    {
        foreach (var group in routes.ByEvent.Values.Where(r => r.Error is not null).GroupBy(r => r.FunctionId, StringComparer.Ordinal))
        {
            var failing = group.ToDictionary(r => r.EventId, StringComparer.Ordinal);
            if (failing.Count < 2 || context.FindResource(group.Key)?.Get("Events") is not JObject events) continue;
            var reported = kind.ReportOrder(events).Select(e => e.Name).FirstOrDefault(failing.ContainsKey);
            foreach (var route in failing.Values)
                if (route.EventId != reported) route.Error = null;
        }
    }

    private void AddRoute(TransformContext context, ApiRoutes routes, ApiRoute route)
    {
        var function = context.FindResource(route.FunctionId)!;
        kind.CheckEventProperties(route);

        // The implicit-API stage made sure the API exists.
        if (context.FindResource(route.ApiLogicalId) is not { } api || api.Type != kind.ResourceType) return;
        var apiProperties = api.Definition["Properties"] as JObject;
        kind.BeforeRoute(context, route, function, apiProperties);
        if (!kind.EditsDefinition(routes, api.LogicalId)) return;
        var body = apiProperties?["DefinitionBody"];
        if (!Scalars.IsTruthy(body)) return;
        // A route merged into the template's definition is generated in a document of its own first.
        var merged = routes.MergedApis.Contains(api.LogicalId);
        var document = merged ? kind.TryOpen(kind.Skeleton())! : kind.TryOpen(body)
            ?? throw new SamException("Structure of the SAM template is invalid. Invalid OpenApi document. Invalid values or missing keys for 'openapi' or 'paths' in 'DefinitionBody'.", body) { ResourceIdOverride = api.LogicalId };

        if (routes.ManagedApis.Contains(api.LogicalId) && document.HasIntegration(route.Path, route.Method))
            throw ApiKind.EventError(route, kind.DuplicateRouteMessage(route.Method, route.Path), route.Properties);
        // An event that fails leaves the document as it was: what can fail is checked before it is edited.
        kind.ValidateRoute(route, apiProperties!);
        // SAM edits the document in a session of its own, which copies it when opened and when written back.
        kind.RecordCopies(document.Root);
        kind.AddRoute(context, route, function, document, apiProperties!, ApiKind.ConditionOf(function));
        kind.RecordCopies(document.Root);
        if (merged) kind.MergeRoute(context, route, api, document);
    }
}
