using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// The <c>Domain</c> of a REST API, as the reference builds it from the domain with template parameters resolved:
/// <list type="bullet">
/// <item><c>EDGE</c> and <c>REGIONAL</c> (the default): an <c>AWS::ApiGateway::DomainName</c>
/// (<c>ApiGatewayDomainName</c> + hash of the domain name) and one <c>AWS::ApiGateway::BasePathMapping</c> per base
/// path.</item>
/// <item><c>PRIVATE</c>: an <c>AWS::ApiGateway::DomainNameV2</c> (<c>ApiGatewayDomainNameV2</c> + hash) with its
/// <c>Policy</c>, <c>BasePathMappingV2</c>s and, with <c>AccessAssociation</c>, an
/// <c>AWS::ApiGateway::DomainNameAccessAssociation</c> (hash of the endpoint id and the domain's logical id).</item>
/// <item><c>Route53</c>: alias records in the hosted zone's record set group shared with the template's other APIs
/// (<see cref="Route53RecordSetGroups"/>), or in a group of their own with <c>SeparateRecordSetGroup</c>.</item>
/// </list>
/// Each generated resource carries the API's <c>Condition</c> and deletion policies. The settings are checked in the
/// reference's order, each failure stopping the API.
/// </summary>
internal static class RestApiDomain
{
    private static readonly string[] EndpointTypes = ["EDGE", "REGIONAL", "PRIVATE"];

    /// <summary>The hosted zone of CloudFront distributions, which edge-optimized domain names are aliases of.</summary>
    private const string CloudFrontHostedZoneId = "Z2FDTNDATAQYW2";

    /// <summary>
    /// Generates the domain's resources. Returns what the deployment hash joins: the resolved domain with its endpoint
    /// type filled in and, unless private, <c>ApiDomainName</c> (the domain name's logical id) added; null without a
    /// domain.
    /// </summary>
    public static JObject? Apply(SamResource api, TransformContext context, string stageLogicalId)
    {
        if (api.Get("Domain") is not { Type: not JTokenType.Null } written) return null;
        JToken At(string key) => (written as JObject)?[key] ?? written;
        if (ParameterResolver.Resolve(written, context.ParameterValues) is not JObject domain)
            throw api.Invalid(DiagnosticCatalog.PropertyShouldBe("Domain", "map"), written);

        foreach (var required in (string[])["DomainName", "CertificateArn"])
            if (IsNull(domain[required])) throw api.Invalid(DiagnosticCatalog.RestApiDomainDetails.Required(required), At(required));
        if (IsNull(domain["EndpointConfiguration"])) domain["EndpointConfiguration"] = "REGIONAL";
        if (domain["EndpointConfiguration"] is not JValue { Type: JTokenType.String } typeValue || !EndpointTypes.Contains((string)typeValue!))
            throw api.Invalid(DiagnosticCatalog.RestApiDomainDetails.EndpointTypes, At("EndpointConfiguration"));
        var type = (string)typeValue!;
        var isPrivate = type == "PRIVATE";

        var domainName = domain["DomainName"]!;
        var domainId = (isPrivate ? "ApiGatewayDomainNameV2" : "ApiGatewayDomainName") + Route53RecordSetGroups.HashOf(domainName);
        context.EmitOrReplace(api, domainId, DomainNameResource(api, domain, type, domainId, At));
        context.State<ResourceReferences>().AddProperty(api.LogicalId, isPrivate ? "DomainNameV2" : "DomainName", domainId);

        foreach (var (suffix, basePath) in BasePaths(api, domain, At("BasePath")))
        {
            var mapping = new JObject();
            if (basePath is not null) mapping["BasePath"] = basePath;
            mapping[isPrivate ? "DomainNameArn" : "DomainName"] = Intrinsics.Ref(domainId);
            mapping["RestApiId"] = Intrinsics.Ref(api.LogicalId);
            mapping["Stage"] = Intrinsics.Ref(stageLogicalId);
            var mappingType = isPrivate ? "AWS::ApiGateway::BasePathMappingV2" : "AWS::ApiGateway::BasePathMapping";
            context.EmitOrReplace(api, api.LogicalId + suffix + "BasePathMapping", CfnResource.Create(mappingType, mapping).WithPassThrough(api));
        }

        if (isPrivate && domain["AccessAssociation"] is { Type: not JTokenType.Null } association) AddAccessAssociation(api, context, association, domainId, At("AccessAssociation"));

        AddRecords(api, context, domain, type, domainName, domainId, At);

        if (!isPrivate) domain["ApiDomainName"] = domainId;
        return domain;
    }

    /// <summary>
    /// The domain name resource. The settings SAM copies when set (not null or empty) include some the resource type
    /// does not have (<c>Policy</c> of a regional or edge domain, <c>OwnershipVerificationCertificateArn</c> of a private
    /// one): the reference's check of the generated resource then fails it.
    /// </summary>
    private static JObject DomainNameResource(SamResource api, JObject domain, string type, string domainId, Func<string, JToken> at)
    {
        var isPrivate = type == "PRIVATE";
        var properties = new JObject { ["DomainName"] = domain["DomainName"]!.DeepClone() };
        var configuration = new JObject { ["Types"] = new JArray(type) };
        if (Scalars.IsTruthy(domain["IpAddressType"])) configuration["IpAddressType"] = domain["IpAddressType"]!.DeepClone();
        properties["EndpointConfiguration"] = configuration;
        properties[type == "REGIONAL" ? "RegionalCertificateArn" : "CertificateArn"] = domain["CertificateArn"]!.DeepClone();
        if (!isPrivate && MutualTls(api, domain["MutualTlsAuthentication"], at("MutualTlsAuthentication")) is { } mtls) properties["MutualTlsAuthentication"] = mtls;
        foreach (var name in (string[])["SecurityPolicy", "EndpointAccessMode", "OwnershipVerificationCertificateArn", "Policy"])
        {
            if (!Scalars.IsTruthy(domain[name])) continue;
            var resourceType = isPrivate ? "AWS::ApiGateway::DomainNameV2" : "AWS::ApiGateway::DomainName";
            if (name == (isPrivate ? "OwnershipVerificationCertificateArn" : "Policy"))
                throw new SamException(DiagnosticCatalog.PropertyNotDefined(name, resourceType), at(name)) { ResourceIdOverride = domainId };
            properties[name] = domain[name]!.DeepClone();
        }
        if (RestApiSettings.PropagatedTags(api) is { } tags) properties["Tags"] = tags;
        return CfnResource.Create(isPrivate ? "AWS::ApiGateway::DomainNameV2" : "AWS::ApiGateway::DomainName", properties).WithPassThrough(api);
    }

    private static JObject? MutualTls(SamResource api, JToken? token, JToken node) =>
        ApiGatewayV2Domain.MutualTls(token,
            () => api.Invalid(DiagnosticCatalog.RestApiDomainDetails.MutualTlsNotAMap, node),
            _ => api.Invalid(DiagnosticCatalog.RestApiDomainDetails.MutualTlsFields(ApiGatewayV2Domain.TruststoreFieldsRepr), node));

    /// <summary>
    /// (logical id part, <c>BasePath</c>) per base path: a text is one, a list each of its items (which must be texts),
    /// anything else none (one mapping without a base path). The id part keeps the path's letters and digits; so does
    /// the base path itself unless <c>NormalizeBasePath</c> is set to a false value.
    /// </summary>
    private static List<(string Suffix, string? BasePath)> BasePaths(SamResource api, JObject domain, JToken node)
    {
        List<JToken>? paths = domain["BasePath"] switch
        {
            JValue { Type: JTokenType.String } s when ((string)s!).Length > 0 => [s],
            JArray { Count: > 0 } list => [.. list],
            _ => null,
        };
        if (paths is null) return [("", null)];
        var normalize = domain["NormalizeBasePath"] is not { } setting || Scalars.IsTruthy(setting);
        var result = new List<(string, string?)>();
        for (var i = 0; i < paths.Count; i++)
        {
            if (paths[i] is not JValue { Type: JTokenType.String } value)
                throw api.Invalid(DiagnosticCatalog.RestApiDomainDetails.BasePathNotAString(i), SourceLocation.Nearest(paths[i]) is null ? node : paths[i]);
            var path = (string)value!;
            var alphanumeric = string.Concat(path.Where(c => char.IsLetterOrDigit(c) || char.IsNumber(c)));
            result.Add((alphanumeric, normalize ? alphanumeric : path));
        }
        return result;
    }

    /// <summary>The association of a private domain name with a VPC endpoint.</summary>
    private static void AddAccessAssociation(SamResource api, TransformContext context, JToken token, string domainId, JToken node)
    {
        if (token is not JObject association) throw api.Invalid(DiagnosticCatalog.RestApiDomainDetails.AccessAssociationNotAMap, node);
        var endpoint = association["VpcEndpointId"] is { Type: not JTokenType.Null } id ? id : null;
        var properties = new JObject();
        properties.SetIf("AccessAssociationSource", endpoint?.DeepClone());
        properties["AccessAssociationSourceType"] = "VPCE";
        properties["DomainNameArn"] = Intrinsics.Ref(domainId);
        var logicalId = "DomainNameAccessAssociation" + LogicalIdHasher.Hash(new JArray(endpoint?.DeepClone() ?? JValue.CreateNull(), domainId));
        context.EmitOrReplace(api, logicalId, CfnResource.Create("AWS::ApiGateway::DomainNameAccessAssociation", properties).WithPassThrough(api));
    }

    /// <summary>
    /// The alias records of <c>Route53</c>: to the CloudFront distribution of an edge domain (or the
    /// <c>DistributionDomainName</c> given), to the regional domain, or to the VPC endpoint of a private one.
    /// </summary>
    private static void AddRecords(SamResource api, TransformContext context, JObject domain, string type, JToken domainName, string domainId, Func<string, JToken> at)
    {
        var token = domain["Route53"];
        if (IsNull(token)) return;
        if (token is not JObject route53) throw api.Invalid(DiagnosticCatalog.DomainDetails.Route53NotAMap, at("Route53"));
        if (IsNull(route53["HostedZoneId"]) && IsNull(route53["HostedZoneName"]))
            throw api.Invalid(DiagnosticCatalog.DomainDetails.HostedZoneRequired, at("Route53"));
        var separate = route53["SeparateRecordSetGroup"];
        if (!IsNull(separate) && separate!.Type != JTokenType.Boolean)
            throw api.Invalid(DiagnosticCatalog.RestApiDomainDetails.SeparateRecordSetGroupNotBoolean, (at("Route53") as JObject)?["SeparateRecordSetGroup"] ?? at("Route53"));

        // An edge domain without a distribution name given is the alias of its own distribution, which the domain (as
        // the deployment hash joins it) then names.
        if (type == "EDGE" && IsNull(route53["DistributionDomainName"]))
            route53["DistributionDomainName"] = SharedDistribution(context, at("Route53")) ?? Intrinsics.GetAtt(domainId, "DistributionDomainName");
        var records = type switch
        {
            "EDGE" => Route53RecordSetGroups.AliasRecords(domainName, CloudFrontHostedZoneId, route53["DistributionDomainName"]!, route53),
            "REGIONAL" => Route53RecordSetGroups.RegionalAliasRecords(domainName, domainId, route53),
            _ => Route53RecordSetGroups.AliasRecords(domainName, route53["VpcEndpointHostedZoneId"] ?? JValue.CreateNull(), route53["VpcEndpointDomainName"] ?? JValue.CreateNull(), route53),
        };
        var zone = new JObject();
        foreach (var name in (string[])["HostedZoneId", "HostedZoneName"])
            if (!IsNull(route53[name])) zone[name] = route53[name]!.DeepClone();
        var own = separate is JValue { Type: JTokenType.Boolean } flag && (bool)flag!;
        var groupId = own ? Route53RecordSetGroups.SeparateGroupId(route53, domainName) : Route53RecordSetGroups.GroupId(route53);
        context.State<Route53RecordSetGroups>().Add(context, api, new Route53RecordSetGroups.Target(groupId, zone, PassThrough: true, Share: !own), records);
    }

    /// <summary>
    /// For a <c>Route53</c> taken from <c>Globals</c> as it is, the distribution name the reference wrote into that map,
    /// which every API inheriting it holds: the one of the first edge domain (in the reference's order of the template's
    /// resources, the Python 2.7 order of their ids) with that map. Null for a map of the API's own.
    /// </summary>
    private static JToken? SharedDistribution(TransformContext context, JToken written)
    {
        if (written.Annotation<Pipeline.Stages.SharedGlobal>()?.Global is not { } shared) return null;
        var distributions = context.State<SharedDistributions>().ByMap;
        if (distributions.TryGetValue(shared, out var known)) return known.DeepClone();
        JToken? first = null;
        foreach (var id in Model.Python27.Py27Dict.IterationOrder(RestApiKind.ResourceIds(context)))
        {
            if (context.FindResource(id) is not { Type: RestApiKind.SamResourceType } other || other.Get("Domain") is not JObject otherDomain) continue;
            if (otherDomain["Route53"]?.Annotation<Pipeline.Stages.SharedGlobal>()?.Global != shared) continue;
            var resolved = (JObject)ParameterResolver.Resolve(otherDomain, context.ParameterValues);
            if (resolved["EndpointConfiguration"] is not JValue { Type: JTokenType.String } endpoint || (string)endpoint! != "EDGE" || IsNull(resolved["DomainName"])) continue;
            first = Intrinsics.GetAtt("ApiGatewayDomainName" + Route53RecordSetGroups.HashOf(resolved["DomainName"]), "DistributionDomainName");
            break;
        }
        if (first is not null) distributions[shared] = first;
        return first?.DeepClone();
    }

    /// <summary>The distribution names written into <c>Route53</c> maps of <c>Globals</c>, by map.</summary>
    private sealed class SharedDistributions
    {
        public Dictionary<JObject, JToken> ByMap { get; } = new(ReferenceEqualityComparer.Instance);
    }

    private static bool IsNull(JToken? token) => token is null || token.Type == JTokenType.Null;
}
