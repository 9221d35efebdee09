using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.StateMachine;

/// <summary>
/// <c>AutoPublishAlias</c>: an <c>AWS::StepFunctions::StateMachineVersion</c> published on every revision and an alias
/// that shifts traffic to it, all at once unless <c>DeploymentPreference</c> says otherwise.
/// </summary>
public static class StateMachineVersions
{
    /// <summary>
    /// What the state machine's events start: its alias with <c>UseAliasAsEventTarget</c> (and <c>AutoPublishAlias</c>),
    /// else the state machine itself.
    /// </summary>
    public static string EventTarget(SamResource stateMachine, TransformContext context) =>
        PythonValues.IsTruthy(stateMachine.Get("AutoPublishAlias")) && PythonValues.IsTruthy(stateMachine.Get("UseAliasAsEventTarget"))
            ? AliasId(stateMachine, ParameterResolver.Resolve(stateMachine.Get("AutoPublishAlias")!, context.ParameterValues))
            : stateMachine.LogicalId;

    private static string AliasId(SamResource stateMachine, JToken aliasName) => stateMachine.LogicalId + "Alias" + PythonValues.Str(aliasName);

    /// <summary>Emits the version and alias; returns the alias' logical id, or null without <c>AutoPublishAlias</c>.</summary>
    public static string? Create(SamResource stateMachine, TransformContext context)
    {
        var aliasToken = stateMachine.Get("AutoPublishAlias");
        var preference = stateMachine.Get("DeploymentPreference");
        if (!PythonValues.IsTruthy(aliasToken))
        {
            if (PythonValues.IsTruthy(stateMachine.Get("UseAliasAsEventTarget")))
                throw stateMachine.Invalid("'UseAliasAsEventTarget' requires 'AutoPublishAlias' property to be specified.");
            if (PythonValues.IsTruthy(preference))
                throw stateMachine.Invalid("'DeploymentPreference' requires 'AutoPublishAlias' property to be specified.", preference);
            return null;
        }
        // Not type-checked: the alias id is made of the value as Python prints it (and must then be alphanumeric).
        var aliasName = ParameterResolver.Resolve(aliasToken!, context.ParameterValues);

        // Versions stay when the stack replaces or deletes them (so traffic can shift back), unless told otherwise.
        var versionId = stateMachine.LogicalId + "Version";
        var version = CfnResource.Create("AWS::StepFunctions::StateMachineVersion", new JObject
        {
            ["StateMachineArn"] = Intrinsics.Ref(stateMachine.LogicalId),
            ["StateMachineRevisionId"] = Intrinsics.GetAtt(stateMachine.LogicalId, "StateMachineRevisionId"),
        }).WithPassThrough(stateMachine);
        version["DeletionPolicy"] ??= "Retain";
        version["UpdateReplacePolicy"] ??= "Retain";
        context.Emit(stateMachine, versionId, version, "version published by AutoPublishAlias");

        var deployment = PythonValues.IsTruthy(preference) ? (JObject)preference!.DeepClone() : new JObject { ["Type"] = "ALL_AT_ONCE" };
        deployment["StateMachineVersionArn"] = Intrinsics.Ref(versionId);
        var aliasId = AliasId(stateMachine, aliasName);
        context.Emit(stateMachine, aliasId, CfnResource.Create("AWS::StepFunctions::StateMachineAlias", new JObject
        {
            ["Name"] = aliasName.DeepClone(),
            ["DeploymentPreference"] = deployment,
        }).WithPassThrough(stateMachine), "alias of AutoPublishAlias");
        return aliasId;
    }
}
