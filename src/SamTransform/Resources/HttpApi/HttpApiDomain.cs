using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Resources;

/// <summary>
/// An HTTP API's <c>Domain</c>: the regional <c>AWS::ApiGatewayV2::DomainName</c>, one <c>ApiMapping</c> per base
/// path, and alias records in the hosted zone's shared record set group.
/// </summary>
public static partial class HttpApiDomain
{
    private static readonly string[] TruststoreFields = ["TruststoreUri", "TruststoreVersion"];

    /// <param name="api">The SAM API.</param>
    /// <param name="context">The transform.</param>
    /// <param name="written">The <c>Domain</c> as written (for error positions).</param>
    /// <param name="domainToken">The <c>Domain</c> with template parameters resolved.</param>
    /// <param name="tags">The domain name's tags.</param>
    /// <param name="stageLogicalId">The stage the mappings point at.</param>
    public static void Apply(SamResource api, TransformContext context, JToken written, JToken domainToken, JObject tags, string stageLogicalId)
    {
        JToken At(string key) => (written as JObject)?[key] ?? written;
        if (domainToken is not JObject domain) throw api.Invalid("Property 'Domain' should be a map.", written);
        if (IsNull(domain["DomainName"]) || IsNull(domain["CertificateArn"]))
            throw api.Invalid("Custom Domains only works if both DomainName and CertificateArn are provided.", written);
        var domainName = domain["DomainName"]!;
        var domainId = "ApiGatewayDomainNameV2" + Route53RecordSetGroups.HashOf(domainName);

        var endpoint = domain["EndpointConfiguration"];
        if (IsNull(endpoint)) endpoint = "REGIONAL";
        else if (endpoint is not JValue { Type: JTokenType.String } e || (string)e! != "REGIONAL")
            throw api.Invalid("EndpointConfiguration for Custom Domains must be one of ['REGIONAL'].", At("EndpointConfiguration"));
        var configuration = new JObject { ["EndpointType"] = endpoint!.DeepClone() };
        if (Scalars.IsTruthy(domain["OwnershipVerificationCertificateArn"]))
            configuration["OwnershipVerificationCertificateArn"] = domain["OwnershipVerificationCertificateArn"]!.DeepClone();
        configuration["CertificateArn"] = domain["CertificateArn"]!.DeepClone();
        if (Scalars.IsTruthy(domain["SecurityPolicy"])) configuration["SecurityPolicy"] = domain["SecurityPolicy"]!.DeepClone();

        var properties = new JObject { ["DomainName"] = domainName.DeepClone(), ["DomainNameConfigurations"] = new JArray(configuration) };
        if (MutualTls(api, domain["MutualTlsAuthentication"], At("MutualTlsAuthentication")) is { } mtls) properties["MutualTlsAuthentication"] = mtls;
        properties["Tags"] = tags;
        context.Emit(api, domainId, CfnResource.Create("AWS::ApiGatewayV2::DomainName", properties).WithPassThrough(api));

        foreach (var (suffix, key) in BasePaths(api, domain["BasePath"], At("BasePath")))
        {
            var mapping = new JObject
            {
                ["DomainName"] = Intrinsics.Ref(domainId),
                ["ApiId"] = Intrinsics.Ref(api.LogicalId),
                ["Stage"] = Intrinsics.Ref(stageLogicalId),
            };
            if (key is not null) mapping["ApiMappingKey"] = key;
            context.Emit(api, api.LogicalId + suffix + "ApiMapping", CfnResource.Create("AWS::ApiGatewayV2::ApiMapping", mapping).WithPassThrough(api));
        }

        var route53Token = domain["Route53"];
        if (IsNull(route53Token)) return;
        if (route53Token is not JObject route53) throw api.Invalid("Property 'Domain.Route53' should be a map.", At("Route53"));
        if (IsNull(route53["HostedZoneId"]) && IsNull(route53["HostedZoneName"]))
            throw api.Invalid("HostedZoneId or HostedZoneName is required to enable Route53 support on Custom Domains.", At("Route53"));
        context.State<Route53RecordSetGroups>().Add(context, api, route53, Route53RecordSetGroups.RegionalAliasRecords(domainName, domainId, route53));
    }

    private static JObject? MutualTls(SamResource api, JToken? token, JToken node)
    {
        if (!Scalars.IsTruthy(token)) return null;
        if (token is not JObject mtls)
            throw api.Invalid($"MutualTlsAuthentication must be a map with at least one of the following fields {PythonValues.Repr(new JArray(TruststoreFields))}.", node);
        var unknown = mtls.Properties().Select(p => p.Name).Where(n => !TruststoreFields.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new SamException($"Available MutualTlsAuthentication fields are {PythonValues.Repr(new JArray(TruststoreFields))}.", node) { ResourceIdOverride = string.Join(",", unknown) };
        var result = new JObject();
        foreach (var field in TruststoreFields)
            if (Scalars.IsTruthy(mtls[field])) result[field] = mtls[field]!.DeepClone();
        return result;
    }

    /// <summary>(logical id part, mapping key) per base path; one unkeyed mapping when there are none.</summary>
    private static List<(string Suffix, string? Key)> BasePaths(SamResource api, JToken? token, JToken node)
    {
        var paths = token switch
        {
            JValue { Type: JTokenType.String } s when ((string)s!).Length > 0 => [s],
            JArray { Count: > 0 } list => list.ToList(),
            _ => null,
        };
        if (paths is null) return [("", null)];
        var result = new List<(string, string?)>();
        foreach (var item in paths)
        {
            if (item is not JValue { Type: JTokenType.String } value) throw api.Invalid("Basepath must be a string.", SourceLocation.Nearest(item) is null ? node : item);
            var path = (string)value!;
            if (InvalidBasePath().IsMatch(path)) throw api.Invalid("Invalid Basepath name provided.", SourceLocation.Nearest(item) is null ? node : item);
            path = path.Trim('/');
            result.Add((Separators().Replace(path, ""), path));
        }
        return result;
    }

    private static bool IsNull(JToken? token) => token is null || token.Type == JTokenType.Null;

    [GeneratedRegex(@"[^0-9a-zA-Z/\-_]+")]
    private static partial Regex InvalidBasePath();

    [GeneratedRegex(@"[\-_/]+")]
    private static partial Regex Separators();
}
