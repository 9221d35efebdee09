using Newtonsoft.Json.Linq;
using SamTransform.Model;

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

    public static JObject Config(SamResource fn, JToken config)
    {
        if (config is not JObject map || Intrinsics.IsIntrinsic(map))
            throw fn.Invalid("Property 'CapacityProviderConfig' should be a map.", config);
        var managed = new JObject();
        foreach (var (sam, cfn) in Names)
            managed.SetIf(cfn, map[sam]);
        return new JObject { ["LambdaManagedInstancesCapacityProviderConfig"] = managed };
    }

    /// <summary>True for a function that runs on a capacity provider.</summary>
    public static bool IsManagedInstanceFunction(SamResource fn) => fn.Has("CapacityProviderConfig");
}
