using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Pipeline;

/// <summary>Partition-aware ARNs and service principals.</summary>
public sealed class ArnBuilder(string partition, string region)
{
    public string Partition { get; } = partition;
    public string Region { get; } = region;

    public string ManagedPolicy(string name) => $"arn:{Partition}:iam::aws:policy/{name}";

    public string ServiceRoleManagedPolicy(string name) => $"arn:{Partition}:iam::aws:policy/service-role/{name}";

    /// <summary><c>arn:${AWS::Partition}:service:${AWS::Region}:${AWS::AccountId}:resource</c> as a Fn::Sub.</summary>
    public static JObject SubArn(string service, string resource, bool withRegion = true, bool withAccount = true) =>
        Intrinsics.Sub($"arn:${{AWS::Partition}}:{service}:{(withRegion ? "${AWS::Region}" : "")}:{(withAccount ? "${AWS::AccountId}" : "")}:{resource}");

    /// <summary>The service principal; a few services use another DNS suffix outside the commercial partition.</summary>
    public string ServicePrincipal(string service) => $"{service}.amazonaws.com";

    /// <summary>The X-Ray write policy for tracing: the older name in the commercial partition, the newer elsewhere.</summary>
    public string XrayPolicyArn() => ManagedPolicy(Partition == "aws" ? "AWSXrayWriteOnlyAccess" : "AWSXRayDaemonWriteAccess");
}
