using Newtonsoft.Json.Linq;

namespace SamTransform.Events;

/// <summary>Inline IAM policies as events add them to a role (<c>PolicyName</c> and a document without <c>Version</c>).</summary>
public static class RolePolicy
{
    public static JObject Statement(JToken action, JToken? resource) => new()
    {
        ["Action"] = action,
        ["Effect"] = "Allow",
        ["Resource"] = resource?.DeepClone(),
    };

    public static JObject Create(string name, params JObject[] statements) => new()
    {
        ["PolicyName"] = name,
        ["PolicyDocument"] = new JObject { ["Statement"] = new JArray(statements) },
    };

    /// <summary>A policy with one statement allowing one action on one resource.</summary>
    public static JObject Single(string name, string action, JToken? resource) => Create(name, Statement(action, resource));

    /// <summary>The statement a function needs to run inside a VPC the event source reaches it through.</summary>
    public static JObject VpcAccessStatement() => Statement(new JArray(
        "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DeleteNetworkInterface", "ec2:DescribeVpcs",
        "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups"), "*");

    public static JObject SecretReadStatement(JToken? secretArn) => Statement(new JArray("secretsmanager:GetSecretValue"), secretArn);

    /// <summary><c>kms:Decrypt</c> on a key given by id in the stack's account and region.</summary>
    public static JObject KmsDecryptStatement(JToken action, string keyId) =>
        Statement(action, new JObject { ["Fn::Sub"] = "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/" + keyId });
}
