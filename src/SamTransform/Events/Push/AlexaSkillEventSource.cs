using SamTransform.Specification;

namespace SamTransform.Events.Push;

/// <summary><c>AlexaSkill</c>: a permission for the Alexa Skills Kit, limited to one skill when <c>SkillId</c> is set.</summary>
public sealed class AlexaSkillEventSource : IEventSource
{

    public string Type => "AlexaSkill";

    public void Link(FunctionEventContext context) => EventSpecs.AlexaSkill.Validate(context);

    public void Expand(FunctionEventContext context)
    {
        LambdaPermissions.Emit(context, "alexa-appkit.amazon.com", eventSourceToken: context.Get("SkillId"));
    }
}
