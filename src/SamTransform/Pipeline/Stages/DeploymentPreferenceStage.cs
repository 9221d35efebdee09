using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// After every resource is expanded: the CodeDeploy application and service role shared by all functions with an
/// enabled <c>DeploymentPreference</c> (their condition depends on all of those functions).
/// </summary>
public sealed class DeploymentPreferenceStage : ITransformStage
{
    public string Name => "deployment-preferences";

    public void Run(TransformContext context) => DeploymentPreferences.Finish(context);
}
