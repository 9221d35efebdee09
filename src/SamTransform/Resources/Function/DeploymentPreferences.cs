using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary><c>DeploymentPreference</c>: CodeDeploy application, deployment group, service role and the alias update policy.</summary>
public static class DeploymentPreferences
{
    public static void Apply(SamResource fn, TransformContext context, AliasInfo? alias)
    {
        if (fn.Get("DeploymentPreference") is not { } preference) return;
        throw fn.Invalid("DeploymentPreference is not supported yet.", preference);
    }
}
