using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// The <c>AWS::Route53::RecordSetGroup</c>s custom domains (of REST, HTTP and WebSocket APIs) add their alias records
/// to: one per hosted zone (<c>RecordSetGroup</c> + hash of the zone id or name), shared by every API of the template
/// that writes into that zone; the first API to write the group decides its zone properties and pass-through
/// attributes. A group of one API's own records goes under its own id (a REST API's <c>SeparateRecordSetGroup</c>),
/// or, the WebSocket API's way, under the zone's id, replacing the zone's group: the last API to write the id decides
/// what the output holds (the reference's behaviour), at the position it was first written.
/// </summary>
public sealed class Route53RecordSetGroups
{
    private readonly Dictionary<string, JObject> _shared = new(StringComparer.Ordinal);

    /// <summary>How an API kind writes its records into a hosted zone's group.</summary>
    /// <param name="LogicalId">The group's id.</param>
    /// <param name="ZoneProperties">The zone properties of a group this API creates (<c>HostedZoneId</c>, <c>HostedZoneName</c>).</param>
    /// <param name="PassThrough">Whether a group this API creates carries its <c>Condition</c> and deletion policies.</param>
    /// <param name="Share">Whether the records join the group other APIs add to under that id (else a group of their own replaces it).</param>
    public sealed record Target(string LogicalId, JObject ZoneProperties, bool PassThrough, bool Share);

    /// <summary>
    /// Adds record sets to the group of the domain's hosted zone, for an API Gateway v2 domain. <paramref name="route53"/>
    /// must hold a <c>HostedZoneId</c> or <c>HostedZoneName</c>; a group it creates names the id when the key is written
    /// (a null id: none), else the name.
    /// </summary>
    public void Add(TransformContext context, SamResource api, JObject route53, IEnumerable<JObject> recordSets, ApiGatewayV2DomainOptions options)
    {
        var properties = new JObject();
        // A HostedZoneId written as null still stands for the zone: the group then names none.
        if (route53.ContainsKey("HostedZoneId")) properties.SetIf("HostedZoneId", route53["HostedZoneId"]!.DeepClone());
        else properties.SetIf("HostedZoneName", route53["HostedZoneName"]?.DeepClone());
        Add(context, api, new Target(GroupId(route53), properties, options.PassThrough, options.ShareRecordSetGroup), recordSets);
    }

    /// <summary>Adds record sets to the group <paramref name="target"/> names.</summary>
    public void Add(TransformContext context, SamResource api, Target target, IEnumerable<JObject> recordSets)
    {
        JObject group;
        if (!target.Share) group = NewGroup(api, target);
        else if (!_shared.TryGetValue(target.LogicalId, out group!))
        {
            group = NewGroup(api, target);
            _shared[target.LogicalId] = group;
        }
        var list = (JArray)group["Properties"]!["RecordSets"]!;
        foreach (var recordSet in recordSets) list.Add(recordSet);

        context.EmitOrReplace(api, target.LogicalId, group);
    }

    private static JObject NewGroup(SamResource api, Target target)
    {
        var properties = (JObject)target.ZoneProperties.DeepClone();
        properties["RecordSets"] = new JArray();
        var group = CfnResource.Create("AWS::Route53::RecordSetGroup", properties);
        return target.PassThrough ? group.WithPassThrough(api) : group;
    }

    /// <summary>The zone that names a group: the <c>HostedZoneId</c> when it is set (not empty), else the <c>HostedZoneName</c>.</summary>
    public static JToken? Zone(JObject route53) => Scalars.IsTruthy(route53["HostedZoneId"]) ? route53["HostedZoneId"] : route53["HostedZoneName"];

    /// <summary>The id of the zone's shared group: <c>RecordSetGroup</c> + the hash of the zone.</summary>
    public static string GroupId(JObject route53) => "RecordSetGroup" + HashOf(Zone(route53));

    /// <summary>
    /// The id of a group of one domain's own records: <c>RecordSetGroup</c> + the hash of the JSON list of the zone and
    /// the domain name.
    /// </summary>
    public static string SeparateGroupId(JObject route53, JToken domainName) =>
        "RecordSetGroup" + LogicalIdHasher.Hash(new JArray(Zone(route53)?.DeepClone() ?? JValue.CreateNull(), domainName.DeepClone()));

    /// <summary>
    /// A generated id suffix: the hash of a string as-is, or of another value's canonical JSON; none for a value Python
    /// reads as false (null, <c>""</c>, <c>0</c>, an empty map or list).
    /// </summary>
    public static string HashOf(JToken? value) =>
        !Scalars.IsTruthy(value) ? ""
        : value is JValue { Type: JTokenType.String } s ? LogicalIdHasher.Hash((string)s!)
        : LogicalIdHasher.Hash(value!);

    /// <summary>The alias records pointing a regional domain name at API Gateway (see <see cref="AliasRecords"/>).</summary>
    public static IEnumerable<JObject> RegionalAliasRecords(JToken domainName, string domainLogicalId, JObject route53) =>
        AliasRecords(domainName, Intrinsics.GetAtt(domainLogicalId, "RegionalHostedZoneId"), Intrinsics.GetAtt(domainLogicalId, "RegionalDomainName"), route53);

    /// <summary>
    /// The alias records (A, and AAAA with <c>IpV6: true</c>) pointing <paramref name="domainName"/> at the target zone
    /// and DNS name, with <c>EvaluateTargetHealth</c> and the latency-routing <c>Region</c> and <c>SetIdentifier</c>
    /// when given (not null).
    /// </summary>
    public static IEnumerable<JObject> AliasRecords(JToken domainName, JToken targetZone, JToken targetDnsName, JObject route53)
    {
        yield return Record("A");
        if (route53["IpV6"] is JValue { Type: JTokenType.Boolean } ipv6 && (bool)ipv6!) yield return Record("AAAA");

        JObject Record(string type)
        {
            var target = new JObject();
            if (route53["EvaluateTargetHealth"] is { Type: not JTokenType.Null } health) target["EvaluateTargetHealth"] = health.DeepClone();
            target["HostedZoneId"] = targetZone.DeepClone();
            target["DNSName"] = targetDnsName.DeepClone();
            var record = new JObject { ["Name"] = domainName.DeepClone(), ["Type"] = type, ["AliasTarget"] = target };
            foreach (var routing in (string[])["Region", "SetIdentifier"])
                if (route53[routing] is { Type: not JTokenType.Null } value) record[routing] = value.DeepClone();
            return record;
        }
    }
}
