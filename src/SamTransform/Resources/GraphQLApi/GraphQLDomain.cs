using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>DomainName</c> → <c>AWS::AppSync::DomainName</c> <c>&lt;Api&gt;DomainName</c> and the
/// <c>AWS::AppSync::DomainNameApiAssociation</c> <c>&lt;Api&gt;DomainNameApiAssociation</c> that serves the API on it.
/// </summary>
public static class GraphQLDomain
{
    private static readonly string[] Settings = ["CertificateArn", "DomainName", "Description"];

    public static void Emit(GraphQLApiBuild build)
    {
        if (build.Api.Get("DomainName") is not JObject domain) return;
        var domainId = build.Id + "DomainName";
        var properties = new JObject();
        foreach (var name in Settings) properties.SetIf(name, GraphQLApiBuild.Value(domain, name));
        build.Emit(domainId, "AWS::AppSync::DomainName", properties);
        build.Emit(domainId + "ApiAssociation", "AWS::AppSync::DomainNameApiAssociation",
            new JObject { ["ApiId"] = build.ApiIdRef, ["DomainName"] = Intrinsics.Ref(domainId) });
    }
}
