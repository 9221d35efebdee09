using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Resources;

namespace SamTransform.Explain;

/// <summary>A CloudFormation resource of the output, why it exists and, for a role, what it may do.</summary>
public sealed record GeneratedResource(string LogicalId, string Type, string Why, RolePermissions? Permissions);

/// <summary>An event of a function or state machine: what sends it (<see cref="Source"/>) to what (<see cref="Target"/>).</summary>
public sealed record EventWiring(string EventId, string EventType, string Source, string? Detail, string Target);

/// <summary>What a connector grants: <see cref="Source"/> may <see cref="Permissions"/> <see cref="Destination"/>.</summary>
public sealed record ConnectorWiring(string Source, string Destination, IReadOnlyList<string> Permissions);

/// <summary>
/// A resource of the template (or one SAM adds: an implicit API, an embedded connector) with its line, the
/// CloudFormation resources it became and its wiring.
/// </summary>
public sealed record ExplainedResource(
    string LogicalId,
    string Type,
    int? Line,
    bool AddedBySam,
    IReadOnlyList<GeneratedResource> Generated,
    IReadOnlyList<EventWiring> Events,
    IReadOnlyList<ConnectorWiring> Connections)
{
    public bool IsSam => SamTypes.InSamNamespace(Type);
}

/// <summary>
/// What the transform made of a template, resource by resource: built from the transform's own record of where each
/// generated resource came from and why (<see cref="TransformResult.Origins"/>, <see cref="TransformResult.Reasons"/>).
/// <code>
/// var explanation = TemplateExplanation.Of(template, SamTransformer.Transform(template));
/// </code>
/// </summary>
public sealed record TemplateExplanation(IReadOnlyList<ExplainedResource> Resources)
{
    public int GeneratedCount => Resources.Sum(r => r.Generated.Count);

    /// <summary>Explains a successful transform of <paramref name="template"/> (the template as read, before the transform).</summary>
    public static TemplateExplanation Of(JObject template, TransformResult result)
    {
        var output = result.Output?["Resources"] as JObject ?? throw new ArgumentException("The transform failed: there is nothing to explain.", nameof(result));
        var written = template["Resources"] as JObject ?? [];
        var roles = IamPermissions.Of(output);
        var generated = new Dictionary<string, List<GeneratedResource>>(StringComparer.Ordinal);
        foreach (var property in output.Properties())
        {
            if (!result.Origins.TryGetValue(property.Name, out var origin) || property.Value is not JObject resource) continue;
            var type = CfnResource.TypeOf(resource) ?? "";
            var why = result.Reasons.TryGetValue(property.Name, out var reason) ? reason.Text
                : property.Name == origin ? "the " + CfnResource.Noun(type)
                : $"{CfnResource.Noun(type)} of {origin}";
            if (!generated.TryGetValue(origin, out var list)) generated[origin] = list = [];
            list.Add(new GeneratedResource(property.Name, type, why, roles.GetValueOrDefault(property.Name)));
        }

        var explained = new List<ExplainedResource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in result.Resources)
        {
            seen.Add(resource.LogicalId);
            var entry = written.Property(resource.LogicalId, StringComparison.Ordinal);
            // A resource SAM adds has a line only when it stands for something written (an embedded connector).
            var line = (entry is null ? SourceLocation.Of(resource.Definition) : SourceLocation.Nearest(entry))?.Line;
            var own = generated.GetValueOrDefault(resource.LogicalId) ?? [];
            if (!SamTypes.InSamNamespace(resource.Type) && output[resource.LogicalId] is JObject plain)
                own = [new GeneratedResource(resource.LogicalId, resource.Type, JToken.DeepEquals(entry?.Value, plain) ? "copied as written" : "as written, with what SAM adds to it (an event's notification, say)", roles.GetValueOrDefault(resource.LogicalId)), .. own];
            explained.Add(new ExplainedResource(resource.LogicalId, resource.Type, line, entry is null, own, Events(resource), Connections(resource)));
        }
        // Origins no template resource stands for (none today): kept, so that every generated resource is listed.
        foreach (var (origin, list) in generated)
            if (!seen.Contains(origin)) explained.Add(new ExplainedResource(origin, "", null, true, list, [], []));
        return new TemplateExplanation(explained);
    }

    /// <summary>The events of a function or state machine, each with what sends it.</summary>
    private static List<EventWiring> Events(SamResource resource)
    {
        var list = new List<EventWiring>();
        if (resource.Type is not ("AWS::Serverless::Function" or "AWS::Serverless::StateMachine") || resource.Properties["Events"] is not JObject events) return list;
        foreach (var e in events.Properties())
        {
            if (e.Value is not JObject definition) continue;
            var type = definition["Type"] is JValue { Type: JTokenType.String } t ? (string)t! : "?";
            var properties = definition["Properties"] as JObject ?? [];
            list.Add(new EventWiring(e.Name, type, Source(type, properties), Detail(type, properties), resource.LogicalId));
        }
        return list;
    }

    /// <summary>The properties that name what sends an event, in the order they are looked for.</summary>
    private static readonly string[] SourceProperties =
        ["RestApiId", "ApiId", "Queue", "Stream", "Bucket", "Topic", "UserPool", "EventBusName", "LogGroupName", "Broker", "Cluster", "KafkaBootstrapServers", "SkillId"];

    private static string Source(string type, JObject properties)
    {
        foreach (var name in SourceProperties)
            if (properties[name] is { Type: not JTokenType.Null } value) return Name(value);
        return type switch
        {
            "Api" => "ServerlessRestApi",
            "HttpApi" => "ServerlessHttpApi",
            "CloudWatchEvent" or "EventBridgeRule" => "default event bus",
            "Schedule" or "ScheduleV2" => "EventBridge schedule",
            "IoTRule" => "IoT rule",
            _ => type,
        };
    }

    /// <summary>A reference as the logical id it names (<c>${Queue.Arn}</c> is <c>Queue</c>), else the value in a line.</summary>
    internal static string Name(JToken value)
    {
        if (Intrinsics.IsIntrinsic(value, "Ref") && value["Ref"] is JValue { Type: JTokenType.String } r) return (string)r!;
        if (Intrinsics.IsIntrinsic(value, "Fn::GetAtt") && value["Fn::GetAtt"] is JArray { Count: > 0 } a && a[0].Type == JTokenType.String) return (string)a[0]!;
        if (Intrinsics.IsIntrinsic(value, "Fn::GetAtt") && value["Fn::GetAtt"] is JValue { Type: JTokenType.String } dotted) return ((string)dotted!).Split('.')[0];
        return TokenText.Of(value);
    }

    private static string? Detail(string type, JObject properties)
    {
        string? Text(string name) => properties[name] is { Type: not JTokenType.Null } v ? TokenText.Of(v) : null;
        return type switch
        {
            "Api" or "HttpApi" when SamTransform.Events.IEventContext.Route(properties) is { } route => route,
            "HttpApi" => "$default",
            "Schedule" => Text("Schedule"),
            "ScheduleV2" => Text("ScheduleExpression"),
            "S3" => Text("Events"),
            "Cognito" => Text("Trigger"),
            "IoTRule" => Text("Sql"),
            "CloudWatchLogs" => Text("FilterPattern") is { } pattern ? "filter " + pattern : null,
            _ => null,
        };
    }

    private static List<ConnectorWiring> Connections(SamResource resource)
    {
        if (resource.Type != "AWS::Serverless::Connector") return [];
        var source = Endpoint(resource.Properties["Source"]);
        var permissions = TokenText.Items(resource.Properties["Permissions"]).ToList();
        var destinations = resource.Properties["Destination"] is JArray many ? many.ToList() : [resource.Properties["Destination"] ?? JValue.CreateNull()];
        return [.. destinations.Select(d => new ConnectorWiring(source, Endpoint(d), permissions))];
    }

    private static string Endpoint(JToken? endpoint) =>
        endpoint is not JObject e ? TokenText.Of(endpoint)
        : e["Id"] is { } id ? TokenText.Of(id)
        : e["Arn"] is { } arn ? Name(arn)
        : e["Type"] is { } type ? TokenText.Of(type) : e.ToString(Newtonsoft.Json.Formatting.None);
}
