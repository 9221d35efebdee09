using Newtonsoft.Json.Linq;
using SamTransform.Conformance;
using SamTransform.Pipeline;
using Xunit;

namespace SamTransform.Tests.Conformance;

public class CorpusApplicationResolverTests
{
    private static readonly CorpusApplicationResolver Resolver = new(JObject.Parse("""
        {
          "default": {"Status": "ACTIVE", "TemplateUrl": "https://default/url"},
          "byApplicationId": {
            "gone": {"error": "Cannot access application: gone."},
            "old": {"Status": "EXPIRED"},
            "slow": {"Status": "PREPARING", "readyAfterPolls": 3},
            "stuck": {"Status": "PREPARING", "neverReady": true, "timeoutSeconds": 4}
          },
          "numericApplicationIdError": "Type of property 'ApplicationId' is invalid."
        }
        """));

    [Fact]
    public void Unknown_ids_get_the_default_answer()
    {
        var template = Resolver.CreateTemplate("any", "1.0.0");
        Assert.Equal(("https://default/url", ApplicationTemplateStatus.Active), (template.TemplateUrl, template.Status));
    }

    [Fact]
    public void An_error_entry_is_the_lookup_message() =>
        Assert.Equal("Cannot access application: gone.", Assert.Throws<ApplicationLookupException>(() => Resolver.CreateTemplate("gone", "1")).Message);

    [Fact]
    public void A_preparing_template_becomes_active_at_the_given_poll()
    {
        var template = Resolver.CreateTemplate("slow", "1");
        Assert.Equal(ApplicationTemplateStatus.Preparing, template.Status);
        var polls = Enumerable.Range(0, 3).Select(_ => Resolver.GetTemplateStatus("slow", template.TemplateId)).ToList();
        Assert.Equal([ApplicationTemplateStatus.Preparing, ApplicationTemplateStatus.Preparing, ApplicationTemplateStatus.Active], polls);
        // A new template starts counting again.
        Assert.Equal(ApplicationTemplateStatus.Preparing, Resolver.GetTemplateStatus("slow", Resolver.CreateTemplate("slow", "1").TemplateId));
    }

    [Fact]
    public void A_never_ready_template_bounds_the_simulated_wait()
    {
        var template = Resolver.CreateTemplate("stuck", "1");
        Assert.Equal(ApplicationTemplateStatus.Preparing, Resolver.GetTemplateStatus("stuck", template.TemplateId));
        var policy = Resolver.WaitPolicy([template]);
        Assert.Equal(TimeSpan.FromSeconds(4), policy.Timeout);
        Assert.Equal(ApplicationWaitPolicy.Default.Timeout, Resolver.WaitPolicy([Resolver.CreateTemplate("slow", "1")]).Timeout);
    }

    [Fact]
    public void Expired_and_numeric_id_settings_are_read()
    {
        Assert.Equal(ApplicationTemplateStatus.Expired, Resolver.GetTemplateStatus("old", Resolver.CreateTemplate("old", "1").TemplateId));
        Assert.Equal("Type of property 'ApplicationId' is invalid.", Resolver.NumericApplicationIdError);
    }
}
