using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>One <c>HttpApi</c> event of a function: the route it adds and what its expansion must do.</summary>
public sealed class HttpApiRoute
{
    public required string FunctionId { get; init; }

    public required string EventId { get; init; }

    /// <summary>The event's <c>Properties</c> (with <c>ApiId</c>, <c>Path</c> and <c>Method</c> filled in).</summary>
    public required JObject Properties { get; init; }

    /// <summary><c>ApiId</c> as written (a logical id string or a <c>Ref</c>), or the implicit API's <c>Ref</c>.</summary>
    public required JToken ApiId { get; init; }

    /// <summary>The logical id <see cref="ApiId"/> names.</summary>
    public required string ApiLogicalId { get; init; }

    public required string Path { get; init; }

    /// <summary>The method in lower case (<c>x-amazon-apigateway-any-method</c> for the default route).</summary>
    public required string Method { get; init; }

    /// <summary>The problem found while adding the route; reported when the function's events are expanded.</summary>
    public SamException? Error { get; set; }

    /// <summary>
    /// True when the function also serves the API's <c>$default</c> route: that route's permission already covers
    /// this one, so no second permission is created.
    /// </summary>
    public bool SkipPermission { get; set; }
}

/// <summary>What the HttpApi stages, the event source and the expander share within one transform.</summary>
public sealed class HttpApiRoutes
{
    /// <summary>The API SAM creates for <c>HttpApi</c> events without an <c>ApiId</c>.</summary>
    public const string ImplicitApiId = "ServerlessHttpApi";

    public const string ResourceType = "AWS::Serverless::HttpApi";

    /// <summary>APIs whose OpenAPI document SAM generated (implicit, or explicit without a definition).</summary>
    public HashSet<string> ManagedApis { get; } = new(StringComparer.Ordinal);

    /// <summary>Routes by (function, event), in template order.</summary>
    public Dictionary<(string FunctionId, string EventId), HttpApiRoute> ByEvent { get; } = [];

    public void Add(HttpApiRoute route) => ByEvent[(route.FunctionId, route.EventId)] = route;

    public HttpApiRoute? Find(string functionId, string eventId) => ByEvent.GetValueOrDefault((functionId, eventId));
}
