using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources;

namespace SamTransform.Policies;

/// <summary>
/// Builds the IAM role SAM generates for a function (or state machine): trust policy, managed policy ARNs and the inline
/// policies made from statements and policy templates. Events and other features add to the returned role afterwards.
/// </summary>
public sealed class ExecutionRoleBuilder(TransformContext context, SamResource resource, string roleLogicalId)
{
    private readonly JArray _managed = [];
    private readonly JArray _inline = [];

    public string LogicalId { get; } = roleLogicalId;

    public ExecutionRoleBuilder AddManagedArn(JToken arn)
    {
        if (!_managed.Any(m => JToken.DeepEquals(m, arn))) _managed.Add(arn);
        return this;
    }

    public ExecutionRoleBuilder AddInlinePolicy(string name, JToken document)
    {
        _inline.Add(new JObject { ["PolicyName"] = name, ["PolicyDocument"] = document });
        return this;
    }

    public ExecutionRoleBuilder AddInline(JToken policy)
    {
        _inline.Add(policy);
        return this;
    }

    /// <summary>Adds every entry of a SAM <c>Policies</c> property.</summary>
    public ExecutionRoleBuilder AddPolicies(IEnumerable<PolicyEntry> policies)
    {
        var resolver = new ManagedPolicyResolver(context.Options.ManagedPolicyMap, context.Options.Partition);
        foreach (var entry in policies)
        {
            var name = $"{LogicalId}Policy{entry.Index}";
            switch (entry.Kind)
            {
                case PolicyKind.Managed:
                    AddManagedArn(MapBranches(entry.Value, v => v.Type == JTokenType.String ? resolver.Resolve((string)v!) : v));
                    break;
                case PolicyKind.Statement:
                    _inline.Add(MapBranches(entry.Value, v => new JObject { ["PolicyName"] = name, ["PolicyDocument"] = v }));
                    break;
                case PolicyKind.Template:
                    // Templates are normally expanded before the resource is (FunctionPolicies.ExpandTemplates).
                    var document = FunctionPolicies.ExpandTemplate(entry.Value, resource);
                    _inline.Add(MapBranches(document, v => new JObject { ["PolicyName"] = name, ["PolicyDocument"] = v }));
                    break;
            }
        }
        return this;
    }

    /// <summary>
    /// Applies <paramref name="map"/> to a policy, or to each branch of an <c>Fn::If</c> but AWS::NoValue. Only the
    /// top-level branches: a nested <c>Fn::If</c> is a branch value like any other, as in SAM.
    /// </summary>
    private static JToken MapBranches(JToken policy, Func<JToken, JToken> map)
    {
        if (Intrinsics.IsIntrinsic(policy, "Fn::If") && policy["Fn::If"] is JArray { Count: 3 } args)
        {
            JToken Branch(JToken b) => Intrinsics.IsNoValue(b) ? b : map(b);
            return new JObject { ["Fn::If"] = new JArray(args[0], Branch(args[1]), Branch(args[2])) };
        }
        return map(policy);
    }

    public static JObject DefaultAssumeRolePolicy(string service) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JArray(new JObject
        {
            ["Action"] = new JArray("sts:AssumeRole"),
            ["Effect"] = "Allow",
            ["Principal"] = new JObject { ["Service"] = new JArray(service) },
        }),
    };

    public JObject Build(JToken assumeRolePolicy, JArray tags, JToken? permissionsBoundary, JToken? path)
    {
        var properties = new JObject { ["AssumeRolePolicyDocument"] = assumeRolePolicy };
        if (_managed.Count > 0) properties["ManagedPolicyArns"] = _managed;
        if (_inline.Count > 0) properties["Policies"] = _inline;
        properties.SetIf("PermissionsBoundary", permissionsBoundary);
        properties.SetIf("Path", path);
        properties["Tags"] = tags;
        return CfnResource.Create("AWS::IAM::Role", properties).WithPassThrough(resource);
    }
}
