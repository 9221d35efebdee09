using SamTransform.Events;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Application;

/// <summary>
/// After the expansion, even one with errors (they are reported with its own): waits, within the resolver's budget,
/// for every application template that was still being prepared. A template still not active when the budget runs
/// out fails the transform; so does one that expires, unless the resources had errors.
/// </summary>
public sealed class ApplicationWaitStage : ITransformStage
{
    public string Name => "application-templates";

    public bool RunsAfterResourceErrors => true;

    public void Run(TransformContext context)
    {
        var pending = context.State<ApplicationLookups>().PendingTemplates;
        if (pending.Count == 0) return;
        var policy = context.Options.ApplicationResolver.WaitPolicy([.. pending.Select(p => p.Template)]);
        // A non-positive interval would never use up the budget: count it as the default interval.
        var step = policy.PollInterval > TimeSpan.Zero ? policy.PollInterval : ApplicationWaitPolicy.Default.PollInterval;
        var waited = TimeSpan.Zero;
        while (waited < policy.Timeout)
        {
            for (var i = 0; i < pending.Count;)
            {
                var (template, node) = pending[i];
                var status = context.Options.ApplicationResolver.GetTemplateStatus(template.ApplicationId, template.TemplateId);
                if (status == ApplicationTemplateStatus.Expired && !context.HasErrors)
                    throw new SamException($"Template for {template.ApplicationId} with id {template.TemplateId} returned status: EXPIRED. Cannot access an expired template.", node)
                    { ResourceIdOverride = template.ApplicationId };
                // After errors in the resources an expired template is not reported (the reference gives their errors alone).
                if (status is ApplicationTemplateStatus.Active or ApplicationTemplateStatus.Expired) pending.RemoveAt(i);
                else i++;
            }
            if (pending.Count == 0) return;
            policy.Sleep(step);
            waited += step;
        }
        // The reference names the cause after the list of applications it gave up on.
        throw new SamException("Timed out waiting for nested stack templates to reach ACTIVE status.", pending[0].Node)
        {
            ResourceIdOverride = PythonValues.Repr(pending.Select(p => p.Template.ApplicationId)),
        };
    }
}
