using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Specification;

namespace SamTransform.Resources;

/// <summary>
/// <c>CapacityProviderConfig</c>: runs the function on Lambda Managed Instances of a capacity provider. SAM's flat form
/// becomes CloudFormation's <c>LambdaManagedInstancesCapacityProviderConfig</c>.
/// </summary>
public static class CapacityProviders
{
    /// <summary>SAM property → CloudFormation property inside <c>LambdaManagedInstancesCapacityProviderConfig</c>.</summary>
    private static readonly (string Sam, string Cfn)[] Names =
    [
        ("Arn", "CapacityProviderArn"),
        ("PerExecutionEnvironmentMaxConcurrency", "PerExecutionEnvironmentMaxConcurrency"),
        ("ExecutionEnvironmentMemoryGiBPerVCpu", "ExecutionEnvironmentMemoryGiBPerVCpu"),
    ];

    /// <summary>SAM's typed model of the configuration (an intrinsic function is a map with an unknown key).</summary>
    private static readonly PydanticModel Model = new("CapacityProviderConfig",
        new PydanticField("Arn", Required: true, PydanticKind.Dict, PydanticKind.Str),
        new PydanticField("PerExecutionEnvironmentMaxConcurrency", Required: false, PydanticKind.Dict, PydanticKind.Int),
        new PydanticField("ExecutionEnvironmentMemoryGiBPerVCpu", Required: false, PydanticKind.Dict, PydanticKind.Int, PydanticKind.Float));

    /// <summary>The CloudFormation configuration, with the values as SAM's model converts them; null for an empty map.</summary>
    public static JObject? Config(SamResource fn, JToken config)
    {
        if (config is not JObject { Count: > 0 } map) return null;
        var (values, error) = Model.Validate(map);
        if (error is not null) throw fn.Invalid(error, config);
        var managed = new JObject();
        foreach (var (sam, cfn) in Names)
            managed.SetIf(cfn, values![sam]);
        return new JObject { ["LambdaManagedInstancesCapacityProviderConfig"] = managed };
    }

    /// <summary>True for a function that runs on a capacity provider.</summary>
    public static bool IsManagedInstanceFunction(SamResource fn) => fn.Has("CapacityProviderConfig");
}
