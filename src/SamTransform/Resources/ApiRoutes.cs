using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>One API event of a function or state machine (<c>Api</c> or <c>HttpApi</c>): the route it adds and what its expansion must do.</summary>
public sealed class ApiRoute
{
    public required string FunctionId { get; init; }

    public required string EventId { get; init; }

    /// <summary>The SAM type of the resource the event belongs to (a function, or a state machine for REST APIs).</summary>
    public required string OwnerType { get; init; }

    public bool IsStateMachineEvent => OwnerType == "AWS::Serverless::StateMachine";

    /// <summary>The event's <c>Properties</c> (with the API id, <c>Path</c> and <c>Method</c> filled in).</summary>
    public required JObject Properties { get; init; }

    /// <summary>The API id as written (a logical id string or a <c>Ref</c>), or the implicit API's <c>Ref</c>.</summary>
    public required JToken ApiId { get; init; }

    /// <summary>The logical id <see cref="ApiId"/> names.</summary>
    public required string ApiLogicalId { get; init; }

    /// <summary>The path as written.</summary>
    public required string Path { get; init; }

    /// <summary>The method in lower case (<c>x-amazon-apigateway-any-method</c> for the HTTP API default route).</summary>
    public required string Method { get; init; }

    /// <summary>The problem found while adding the route; reported when the function's events are expanded.</summary>
    public SamException? Error { get; set; }

    /// <summary>
    /// True when the route needs no permission of its own (an HTTP API function that also serves the API's
    /// <c>$default</c> route: that route's permission already covers this one).
    /// </summary>
    public bool SkipPermission { get; set; }
}

/// <summary>What the API stages, the event source and the expander of one API kind share within one transform.</summary>
public sealed class ApiRoutes
{
    /// <summary>APIs whose definition SAM generated (implicit, or explicit without a definition).</summary>
    public HashSet<string> ManagedApis { get; } = new(StringComparer.Ordinal);

    /// <summary>APIs whose events merge their routes into the template's definition (REST APIs' <c>MergeDefinitions</c>).</summary>
    public HashSet<string> MergedApis { get; } = new(StringComparer.Ordinal);

    /// <summary>Routes by (function, event), in template order.</summary>
    public Dictionary<(string FunctionId, string EventId), ApiRoute> ByEvent { get; } = [];

    public void Add(ApiRoute route) => ByEvent[(route.FunctionId, route.EventId)] = route;

    public ApiRoute? Find(string functionId, string eventId) => ByEvent.GetValueOrDefault((functionId, eventId));

    /// <summary>The routes of each API kind, per transform.</summary>
    internal sealed class ByKind
    {
        private readonly Dictionary<ApiKind, ApiRoutes> _tables = [];

        public ApiRoutes For(ApiKind kind)
        {
            if (!_tables.TryGetValue(kind, out var table)) _tables[kind] = table = new ApiRoutes();
            return table;
        }
    }
}
