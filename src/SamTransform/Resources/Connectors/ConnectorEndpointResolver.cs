using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Connectors;

/// <summary>
/// Turns a connector's <c>Source</c> or <c>Destination</c> into a <see cref="ConnectorEndpoint"/>: either
/// <c>Id</c> (with an optional <c>Qualifier</c>) naming a resource of the template, read through what it generated, or
/// <c>Type</c> plus the properties themselves for a resource outside the template.
/// </summary>
public sealed class ConnectorEndpointResolver(TransformContext context, ConnectorProfiles profiles, SamResource connector)
{
    /// <summary>Properties a reference may give directly instead of <c>Id</c>.</summary>
    private static readonly string[] DirectProperties = ["Arn", "RoleName", "QueueUrl", "ResourceId", "Name", "Qualifier"];

    /// <param name="reference">The <c>Source</c> or <c>Destination</c> object.</param>
    /// <param name="side"><c>Source</c> or <c>Destination</c>.</param>
    /// <param name="other">The other side's object, which picks the target of an events rule whose role is wanted.</param>
    public ConnectorEndpoint Resolve(JToken reference, string side, JToken other)
    {
        if (reference is not JObject obj) throw connector.Invalid($"Type of property '{side}' is invalid.", reference);
        if (obj.Count == 0) throw MissingId(obj);
        return obj.ContainsKey("Id") ? ResolveId(obj, side, other) : ResolveDirect(obj, side);
    }

    private ConnectorEndpoint ResolveDirect(JObject obj, string side)
    {
        var type = NonBlankString(obj["Type"]) ?? throw connector.Invalid("'Type' is missing or not a string.", obj);
        var profileType = profiles.ProfileType(type);
        var values = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var name in DirectProperties)
            if (obj[name] is { Type: not JTokenType.Null } value) values[name] = value;
        return new ConnectorEndpoint(side, null, profileType, profileType, values, obj);
    }

    private ConnectorEndpoint ResolveId(JObject obj, string side, JToken other)
    {
        if (obj.Properties().Any(p => p.Name is not ("Id" or "Qualifier"))) throw MissingId(obj);
        var id = NonBlankString(obj["Id"]) ?? throw connector.Invalid("'Id' is missing or not a string.", obj["Id"]);
        var resource = context.FindResource(id) ?? throw connector.Invalid($"Unable to find resource with logical ID '{id}'.", obj["Id"]);
        var type = NonBlankString(resource.Definition["Type"]) ?? throw connector.Invalid("'Type' is missing or not a string.", obj["Id"]);
        // A SAM resource that failed to transform is still of its SAM type, which no profile connects.
        var failed = type.StartsWith("AWS::Serverless::", StringComparison.Ordinal) && context.FailedInThisStage(id);
        var profileType = failed ? type : profiles.ProfileType(type);

        // Read what the resource generated under its own id (a SAM function's Lambda function has its role), falling
        // back to the resource as written.
        var properties = context.Output[id] is JObject generated && CfnResource.TypeOf(generated) == profileType && generated["Properties"] is JObject p
            ? p
            : resource.Definition["Properties"] as JObject ?? [];

        var values = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var (name, rule) in profiles.RulesFor(profileType) ?? new Dictionary<string, string>())
            if (Evaluate(rule, id, properties, other) is { } value) values[name] = value;
        if (obj["Qualifier"] is { Type: not JTokenType.Null } qualifier) values["Qualifier"] = qualifier;
        return new ConnectorEndpoint(side, id, type, profileType, values, obj);
    }

    private static JToken? Evaluate(string rule, string id, JObject properties, JToken other)
    {
        var colon = rule.IndexOf(':');
        var (verb, argument) = colon < 0 ? (rule, "") : (rule[..colon], rule[(colon + 1)..]);
        return verb switch
        {
            "Ref" => Intrinsics.Ref(id),
            "GetAtt" => Intrinsics.GetAtt(id, argument),
            "Literal" => argument,
            "Role" => RoleName(properties[argument]),
            "RuleTargetRole" => RuleTargetRole(properties, other),
            _ => throw new InvalidOperationException($"Unknown connector resource rule '{rule}'."),
        };
    }

    /// <summary>The role a role-ARN property names, as a <c>Ref</c> (the role's name); null when it is not a reference.</summary>
    public static JToken? RoleName(JToken? roleArn)
    {
        if (roleArn is not JObject { Count: 1 } obj) return null;
        if (obj["Ref"] is JValue { Type: JTokenType.String } r) return Intrinsics.Ref((string)r!);
        var (logicalId, attribute) = obj["Fn::GetAtt"] switch
        {
            JArray { Count: 2 } a when a[0].Type == JTokenType.String && a[1].Type == JTokenType.String => ((string)a[0]!, (string)a[1]!),
            JValue { Type: JTokenType.String } s when ((string)s!).Split('.', 2) is [var target, var name] => (target, name),
            _ => ((string?)null, (string?)null),
        };
        return logicalId is not null && attribute == "Arn" ? Intrinsics.Ref(logicalId) : null;
    }

    /// <summary>
    /// An events rule has no role of its own: each target may name one. The role is the one of the target that points
    /// at the other side (by logical id, or by an equal ARN).
    /// </summary>
    private static JToken? RuleTargetRole(JObject properties, JToken other)
    {
        if (properties["Targets"] is not JArray targets || other is not JObject otherObj) return null;
        var otherId = otherObj["Id"] is JValue { Type: JTokenType.String } i ? (string)i! : null;
        var otherArn = otherObj["Arn"];
        foreach (var target in targets.OfType<JObject>())
        {
            var arn = target["Arn"];
            var matches = otherId is not null
                ? Intrinsics.ReferencedLogicalId(arn) == otherId
                : otherArn is not null && JToken.DeepEquals(arn, otherArn);
            if (matches) return RoleName(target["RoleArn"]);
        }
        return null;
    }

    private SamException MissingId(JObject reference) =>
        connector.Invalid("Must provide 'Id' (with optional 'Qualifier') or a supported combination of other properties.", reference);

    private static string? NonBlankString(JToken? token) =>
        token is JValue { Type: JTokenType.String } s && !string.IsNullOrWhiteSpace((string)s!) ? (string)s! : null;
}
