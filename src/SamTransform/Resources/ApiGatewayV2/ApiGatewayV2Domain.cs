using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Resources;

/// <summary>How an API kind's custom domain differs from the HTTP API's.</summary>
/// <param name="PassThrough">
/// Whether the generated resources carry the API's <c>Condition</c>, <c>DeletionPolicy</c> and
/// <c>UpdateReplacePolicy</c> (a WebSocket API's do not).
/// </param>
/// <param name="ShareRecordSetGroup">
/// Whether the alias records join the record set group other APIs of the kind add to for the same hosted zone, or go
/// into a group of their own that replaces the zone's group (the WebSocket API's way).
/// </param>
/// <param name="MutualTls">Whether <c>MutualTlsAuthentication</c> is supported (not for WebSocket APIs).</param>
public sealed record ApiGatewayV2DomainOptions(bool PassThrough = true, bool ShareRecordSetGroup = true, bool MutualTls = true)
{
    public static ApiGatewayV2DomainOptions HttpApi { get; } = new();

    public static ApiGatewayV2DomainOptions WebSocketApi { get; } = new(PassThrough: false, ShareRecordSetGroup: false, MutualTls: false);
}

/// <summary>
/// The <c>Domain</c> of an API Gateway v2 API (HTTP or WebSocket): the regional <c>AWS::ApiGatewayV2::DomainName</c>,
/// one <c>ApiMapping</c> per base path, and alias records in the hosted zone's record set group.
/// </summary>
public static partial class ApiGatewayV2Domain
{
    private static readonly string[] TruststoreFields = ["TruststoreUri", "TruststoreVersion"];

    /// <param name="api">The SAM API.</param>
    /// <param name="context">The transform.</param>
    /// <param name="written">The <c>Domain</c> as written (for error positions).</param>
    /// <param name="domainToken">The <c>Domain</c> with template parameters resolved.</param>
    /// <param name="tags">The domain name's tags.</param>
    /// <param name="stageLogicalId">The stage the mappings point at.</param>
    /// <param name="options">What the API kind does differently (the HTTP API's ways by default).</param>
    public static void Apply(SamResource api, TransformContext context, JToken written, JToken domainToken, JObject tags, string stageLogicalId,
        ApiGatewayV2DomainOptions? options = null)
    {
        options ??= ApiGatewayV2DomainOptions.HttpApi;
        JObject Generated(string type, JObject properties)
        {
            var resource = CfnResource.Create(type, properties);
            return options.PassThrough ? resource.WithPassThrough(api) : resource;
        }

        JToken At(string key) => (written as JObject)?[key] ?? written;
        if (domainToken is not JObject domain) throw api.Invalid(DiagnosticCatalog.PropertyShouldBe("Domain", "map"), written);
        if (!options.MutualTls && Scalars.IsTruthy(domain["MutualTlsAuthentication"]))
            throw api.Invalid(DiagnosticCatalog.DomainDetails.MutualTlsNotSupportedForWebSocket, At("MutualTlsAuthentication"));
        if (IsNull(domain["DomainName"]) || IsNull(domain["CertificateArn"]))
            throw api.Invalid(DiagnosticCatalog.DomainDetails.NameAndCertificateRequired, written);
        var domainName = domain["DomainName"]!;
        var domainId = "ApiGatewayDomainNameV2" + Route53RecordSetGroups.HashOf(domainName);

        var endpoint = domain["EndpointConfiguration"];
        if (IsNull(endpoint)) endpoint = "REGIONAL";
        else if (endpoint is not JValue { Type: JTokenType.String } e || (string)e! != "REGIONAL")
            throw api.Invalid(DiagnosticCatalog.DomainDetails.RegionalOnly, At("EndpointConfiguration"));
        var configuration = new JObject { ["EndpointType"] = endpoint!.DeepClone() };
        if (Scalars.IsTruthy(domain["OwnershipVerificationCertificateArn"]))
            configuration["OwnershipVerificationCertificateArn"] = domain["OwnershipVerificationCertificateArn"]!.DeepClone();
        configuration["CertificateArn"] = domain["CertificateArn"]!.DeepClone();
        if (Scalars.IsTruthy(domain["SecurityPolicy"])) configuration["SecurityPolicy"] = domain["SecurityPolicy"]!.DeepClone();

        var properties = new JObject { ["DomainName"] = domainName.DeepClone(), ["DomainNameConfigurations"] = new JArray(configuration) };
        if (MutualTls(api, domain["MutualTlsAuthentication"], At("MutualTlsAuthentication")) is { } mtls) properties["MutualTlsAuthentication"] = mtls;
        properties["Tags"] = tags;
        context.EmitOrReplace(api, domainId, Generated("AWS::ApiGatewayV2::DomainName", properties));

        foreach (var (suffix, key) in BasePaths(api, domain["BasePath"], At("BasePath")))
        {
            var mapping = new JObject
            {
                ["DomainName"] = Intrinsics.Ref(domainId),
                ["ApiId"] = Intrinsics.Ref(api.LogicalId),
                ["Stage"] = Intrinsics.Ref(stageLogicalId),
            };
            if (key is not null) mapping["ApiMappingKey"] = key;
            context.EmitOrReplace(api, api.LogicalId + suffix + "ApiMapping", Generated("AWS::ApiGatewayV2::ApiMapping", mapping));
        }

        var route53Token = domain["Route53"];
        if (IsNull(route53Token)) return;
        if (route53Token is not JObject route53) throw api.Invalid(DiagnosticCatalog.DomainDetails.Route53NotAMap, At("Route53"));
        if (IsNull(route53["HostedZoneId"]) && IsNull(route53["HostedZoneName"]))
            throw api.Invalid(DiagnosticCatalog.DomainDetails.HostedZoneRequired, At("Route53"));
        context.State<Route53RecordSetGroups>().Add(context, api, route53, Route53RecordSetGroups.RegionalAliasRecords(domainName, domainId, route53), options);
    }

    private static JObject? MutualTls(SamResource api, JToken? token, JToken node) =>
        MutualTls(token,
            () => api.Invalid(DiagnosticCatalog.DomainDetails.MutualTlsNotAMap(TruststoreFieldsRepr), node),
            unknown => new SamException(DiagnosticCatalog.DomainDetails.MutualTlsFields(TruststoreFieldsRepr), node) { ResourceIdOverride = string.Join(",", unknown) });

    /// <summary>
    /// A domain's <c>MutualTlsAuthentication</c> (when set: not null or empty) with its set fields, or the API kind's
    /// error for a value that is not a map or has other fields than <c>TruststoreUri</c> and <c>TruststoreVersion</c>.
    /// </summary>
    internal static JObject? MutualTls(JToken? token, Func<Exception> notAMap, Func<IReadOnlyList<string>, Exception> unknownFields)
    {
        if (!Scalars.IsTruthy(token)) return null;
        if (token is not JObject mtls) throw notAMap();
        var unknown = mtls.Properties().Select(p => p.Name).Where(n => !TruststoreFields.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) throw unknownFields(unknown);
        var result = new JObject();
        foreach (var field in TruststoreFields)
            if (Scalars.IsTruthy(mtls[field])) result[field] = mtls[field]!.DeepClone();
        return result;
    }

    /// <summary>The fields of <c>MutualTlsAuthentication</c> as the reference's messages list them.</summary>
    internal static string TruststoreFieldsRepr => PythonValues.Repr(new JArray(TruststoreFields));

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
            if (item is not JValue { Type: JTokenType.String } value) throw api.Invalid(DiagnosticCatalog.DomainDetails.BasePathNotAString, SourceLocation.Nearest(item) is null ? node : item);
            var path = (string)value!;
            if (InvalidBasePath().IsMatch(path)) throw api.Invalid(DiagnosticCatalog.DomainDetails.InvalidBasePath, SourceLocation.Nearest(item) is null ? node : item);
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
