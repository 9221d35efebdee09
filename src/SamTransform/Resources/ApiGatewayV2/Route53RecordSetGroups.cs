using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// The <c>AWS::Route53::RecordSetGroup</c>s custom domains add their alias records to: one per hosted zone
/// (<c>RecordSetGroup</c> + hash of the zone id or name). HTTP APIs share the group of a zone: each adds its records to
/// it. A WebSocket API writes a group of its own records under the same id, replacing the zone's group; the last API
/// to write the id decides what the output holds (the reference's behaviour), at the position it was first written.
/// </summary>
public sealed class Route53RecordSetGroups
{
    private readonly Dictionary<string, JObject> _shared = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds record sets to the group of the domain's hosted zone. <paramref name="route53"/> must hold a
    /// <c>HostedZoneId</c> or <c>HostedZoneName</c>.
    /// </summary>
    public void Add(TransformContext context, SamResource api, JObject route53, IEnumerable<JObject> recordSets, ApiGatewayV2DomainOptions options)
    {
        // The zone is the id when it is set (not empty), else the name.
        var zone = Scalars.IsTruthy(route53["HostedZoneId"]) ? route53["HostedZoneId"] : route53["HostedZoneName"];
        var logicalId = "RecordSetGroup" + HashOf(zone);
        JObject group;
        if (!options.ShareRecordSetGroup) group = NewGroup(api, route53, options);
        else if (!_shared.TryGetValue(logicalId, out group!))
        {
            group = NewGroup(api, route53, options);
            _shared[logicalId] = group;
        }
        var list = (JArray)group["Properties"]!["RecordSets"]!;
        foreach (var recordSet in recordSets) list.Add(recordSet);

        context.EmitOrReplace(api, logicalId, group);
    }

    private static JObject NewGroup(SamResource api, JObject route53, ApiGatewayV2DomainOptions options)
    {
        var properties = new JObject();
        // A HostedZoneId written as null still stands for the zone: the group then names none.
        if (route53.ContainsKey("HostedZoneId")) properties.SetIf("HostedZoneId", route53["HostedZoneId"]!.DeepClone());
        else properties.SetIf("HostedZoneName", route53["HostedZoneName"]?.DeepClone());
        properties["RecordSets"] = new JArray();
        var group = CfnResource.Create("AWS::Route53::RecordSetGroup", properties);
        return options.PassThrough ? group.WithPassThrough(api) : group;
    }

    /// <summary>
    /// A generated id suffix: the hash of a string as-is, or of another value's canonical JSON; none for a value Python
    /// reads as false (null, <c>""</c>, <c>0</c>, an empty map or list).
    /// </summary>
    public static string HashOf(JToken? value) =>
        !Scalars.IsTruthy(value) ? ""
        : value is JValue { Type: JTokenType.String } s ? LogicalIdHasher.Hash((string)s!)
        : LogicalIdHasher.Hash(value!);

    /// <summary>
    /// The alias records (A, and AAAA with <c>IpV6: true</c>) pointing a regional domain name at API Gateway, with the
    /// latency-routing <c>Region</c> and <c>SetIdentifier</c> when given.
    /// </summary>
    public static IEnumerable<JObject> RegionalAliasRecords(JToken domainName, string domainLogicalId, JObject route53)
    {
        yield return Record("A");
        if (route53["IpV6"] is JValue { Type: JTokenType.Boolean } ipv6 && (bool)ipv6!) yield return Record("AAAA");

        JObject Record(string type)
        {
            var target = new JObject();
            if (route53["EvaluateTargetHealth"] is { Type: not JTokenType.Null } health) target["EvaluateTargetHealth"] = health.DeepClone();
            target["HostedZoneId"] = Intrinsics.GetAtt(domainLogicalId, "RegionalHostedZoneId");
            target["DNSName"] = Intrinsics.GetAtt(domainLogicalId, "RegionalDomainName");
            var record = new JObject { ["Name"] = domainName.DeepClone(), ["Type"] = type, ["AliasTarget"] = target };
            foreach (var routing in (string[])["Region", "SetIdentifier"])
                if (route53[routing] is { Type: not JTokenType.Null } value) record[routing] = value.DeepClone();
            return record;
        }
    }
}
