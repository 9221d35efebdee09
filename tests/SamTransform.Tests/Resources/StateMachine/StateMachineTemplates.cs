using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Resources.StateMachine;

/// <summary>Templates around one state machine <c>Flow</c> (transform them with <see cref="Events.EventTemplates"/>).</summary>
internal static class StateMachineTemplates
{
    /// <summary>A template whose state machine <c>Flow</c> has <paramref name="properties"/> (YAML written from column 0).</summary>
    public static string FlowTemplate(string properties, string attributes = "") =>
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n" +
        Indent(attributes, 4) + "    Properties:\n" + Indent(properties, 6);
}
