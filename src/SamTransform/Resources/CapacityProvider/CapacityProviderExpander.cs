using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;
using SamTransform.Policies;

namespace SamTransform.Resources.CapacityProvider;

/// <summary>
/// <c>AWS::Serverless::CapacityProvider</c> → <c>AWS::Lambda::CapacityProvider</c> (EC2 capacity for Lambda Managed
/// Instances) and, unless <c>OperatorRole</c> is given, the operator role Lambda uses to manage the instances.
/// Functions run on it through their <c>CapacityProviderConfig</c>.
/// </summary>
public sealed class CapacityProviderExpander : IResourceExpander
{
    private const string OperatorPolicyName = "AWSLambdaManagedEC2ResourceOperator";

    public string ResourceType => "AWS::Serverless::CapacityProvider";

    public IReadOnlySet<string> Properties => SamSpecs.CapacityProvider.Names;

    public void Expand(SamResource provider, TransformContext context)
    {
        var values = Validate(provider);
        var id = provider.LogicalId;
        // The provider's own tags, then SAM's; its generated role has SAM's first (below).
        var ownTags = Tags.Build(provider, provider.Get("Tags"), addSamTag: false);
        var tags = new JArray(ownTags.Select(t => t.DeepClone())) { SamTag() };
        var operatorRole = provider.Get("OperatorRole");
        var roleIsGenerated = !PythonValues.IsTruthy(operatorRole);

        var properties = new JObject();
        if (PythonValues.IsTruthy(provider.Get("CapacityProviderName"))) properties["CapacityProviderName"] = provider.Get("CapacityProviderName")!.DeepClone();
        properties["VpcConfig"] = values["VpcConfig"]!.DeepClone();
        properties["PermissionsConfig"] = new JObject
        {
            ["CapacityProviderOperatorRoleArn"] = roleIsGenerated ? Intrinsics.GetAtt(id + "OperatorRole", "Arn") : operatorRole!.DeepClone(),
        };
        properties["Tags"] = tags;
        properties.SetIf("InstanceRequirements", InstanceRequirements(values["InstanceRequirements"]));
        properties.SetIf("CapacityProviderScalingConfig", ScalingConfig(values["ScalingConfig"]));
        if (PythonValues.IsTruthy(provider.Get("KmsKeyArn"))) properties["KmsKeyArn"] = provider.Get("KmsKeyArn")!.DeepClone();

        var resource = CfnResource.Create("AWS::Lambda::CapacityProvider", properties).WithPassThrough(provider);
        if (provider.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn.DeepClone();
        if (provider.Metadata is { } metadata) resource["Metadata"] = metadata.DeepClone();
        context.Emit(provider, id, resource);
        if (!roleIsGenerated) return;

        // The role carries SAM's own tag first, then the provider's tags when they propagate.
        var propagates = provider.Get("PropagateTags") is JValue { Type: JTokenType.Boolean } p && (bool)p!;
        var roleTags = new JArray(SamTag());
        if (propagates)
            foreach (var tag in ownTags) roleTags.Add(tag);
        var role = new ExecutionRoleBuilder(context, provider, id + "OperatorRole")
            .AddManagedArn(context.Arns.ManagedPolicy(OperatorPolicyName))
            .Build(ExecutionRoleBuilder.DefaultAssumeRolePolicy("lambda.amazonaws.com"), roleTags, permissionsBoundary: null, path: null);
        context.Emit(provider, id + "OperatorRole", role, "operator role");
    }

    /// <summary>
    /// The reference's checks, in its order: the property types, the typed model, then the rules across fields. Returns
    /// the values as the model converts them.
    /// </summary>
    private static JObject Validate(SamResource provider)
    {
        SamSpecs.CapacityProvider.Validate(provider);
        var (errors, values) = PropertyModel.Convert(provider.Properties, SamSpecs.CapacityProvider.FieldModel);
        if (errors.Count > 0) throw provider.Invalid(string.Join(" ", errors));
        if (provider.Get("InstanceRequirements") is JObject requirements && requirements["AllowedTypes"] is { Type: not JTokenType.Null } && requirements["ExcludedTypes"] is { Type: not JTokenType.Null })
            throw provider.Invalid("Cannot specify 'InstanceRequirements.AllowedTypes' and 'InstanceRequirements.ExcludedTypes' together.", requirements);
        return values;
    }

    /// <summary>The template's tags, then SAM's.</summary>
    private static JObject SamTag() => new() { ["Key"] = Tags.CreatedByKey, ["Value"] = "SAM" };

    private static JObject? InstanceRequirements(JToken? requirements)
    {
        if (requirements is not JObject map || !PythonValues.IsTruthy(map)) return null;
        var result = new JObject();
        foreach (var field in CapacityProviderModel.InstanceRequirements)
            result.SetIf(CapacityProviderModel.CloudFormationName(field.Name), map[field.Name]?.DeepClone());
        return result;
    }

    /// <summary>
    /// <c>ScalingConfig</c> as <c>CapacityProviderScalingConfig</c>: a CPU target becomes the one scaling policy (and
    /// manual scaling mode); without one Lambda scales automatically.
    /// </summary>
    private static JObject? ScalingConfig(JToken? scaling)
    {
        if (scaling is not JObject map || !PythonValues.IsTruthy(map)) return null;
        var result = new JObject();
        result.SetIf("MaxVCpuCount", map["MaxVCpuCount"]?.DeepClone());
        if (map["AverageCPUUtilization"] is { Type: not JTokenType.Null } target)
        {
            result["ScalingMode"] = "Manual";
            result["ScalingPolicies"] = new JArray(new JObject
            {
                ["PredefinedMetricType"] = "LambdaCapacityProviderAverageCPUUtilization",
                ["TargetValue"] = target.DeepClone(),
            });
        }
        else
        {
            result["ScalingMode"] = "Auto";
        }
        return result;
    }
}
