using System.Collections.Concurrent;
using System.Globalization;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Conformance;

/// <summary>
/// The stand-in for the Serverless Application Repository that a corpus describes under
/// <c>serverlessApplicationRepository</c> in <c>corpus.json</c>: a <c>default</c> answer, and per application id an
/// <c>error</c> message, a <c>Status</c>, <c>readyAfterPolls</c> (the poll at which a preparing template becomes
/// active), or <c>neverReady</c> with the <c>timeoutSeconds</c> the transform may wait. Waiting is simulated: no call
/// sleeps.
/// </summary>
public sealed class CorpusApplicationResolver(JObject description) : IApplicationResolver
{
    private readonly ConcurrentDictionary<string, int> _polls = new(StringComparer.Ordinal);
    private int _templates;

    public ApplicationTemplate CreateTemplate(string applicationId, string semanticVersion)
    {
        var entry = Entry(applicationId);
        if (entry?["error"] is { } error) throw new ApplicationLookupException((string)error!);
        var templateId = "template-" + Interlocked.Increment(ref _templates).ToString(CultureInfo.InvariantCulture);
        var url = (string?)entry?["TemplateUrl"] ?? (string?)Default["TemplateUrl"] ?? "";
        return new ApplicationTemplate(applicationId, templateId, url, ParseStatus((string?)entry?["Status"] ?? (string?)Default["Status"]));
    }

    public ApplicationTemplateStatus GetTemplateStatus(string applicationId, string templateId)
    {
        var entry = Entry(applicationId);
        var status = ParseStatus((string?)entry?["Status"] ?? (string?)Default["Status"]);
        if (status != ApplicationTemplateStatus.Preparing || entry?["neverReady"]?.Value<bool>() == true) return status;
        var polls = _polls.AddOrUpdate(templateId, 1, (_, n) => n + 1);
        var readyAfter = entry?["readyAfterPolls"]?.Value<int>() ?? 1;
        return polls >= readyAfter ? ApplicationTemplateStatus.Active : ApplicationTemplateStatus.Preparing;
    }

    /// <summary>Simulated time; the budget is the smallest <c>timeoutSeconds</c> among the pending applications.</summary>
    public ApplicationWaitPolicy WaitPolicy(IReadOnlyList<ApplicationTemplate> pending)
    {
        var timeout = ApplicationWaitPolicy.Default.Timeout;
        foreach (var template in pending)
            if (Entry(template.ApplicationId)?["timeoutSeconds"] is { } seconds)
                timeout = TimeSpan.FromSeconds(Math.Min(timeout.TotalSeconds, seconds.Value<double>()));
        return new ApplicationWaitPolicy(timeout, ApplicationWaitPolicy.Default.PollInterval, _ => { });
    }

    /// <summary>
    /// The message the corpus gives for a numeric <c>ApplicationId</c>. The transform rejects non-string ids before any
    /// look-up ("Property 'Location.ApplicationId' should be a string."), so the stand-in is never asked about one.
    /// </summary>
    public string? NumericApplicationIdError => (string?)description["numericApplicationIdError"];

    private JObject Default => description["default"] as JObject ?? new JObject();

    private JObject? Entry(string applicationId) => description["byApplicationId"]?[applicationId] as JObject;

    private static ApplicationTemplateStatus ParseStatus(string? status) => status?.ToUpperInvariant() switch
    {
        "PREPARING" => ApplicationTemplateStatus.Preparing,
        "EXPIRED" => ApplicationTemplateStatus.Expired,
        _ => ApplicationTemplateStatus.Active,
    };
}
