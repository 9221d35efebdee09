using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Conformance;

/// <summary>The stand-in for the Serverless Application Repository that a corpus describes in <c>corpus.json</c>.</summary>
public sealed class CorpusApplicationResolver(JObject description) : IApplicationResolver
{
    public ApplicationInfo Resolve(string applicationId, string semanticVersion)
    {
        var entry = description["byApplicationId"]?[applicationId] as JObject;
        if (entry?["error"] is { } error) throw new ApplicationLookupException((string)error!);
        var defaults = description["default"] as JObject ?? new JObject();
        var status = (string?)entry?["Status"] ?? (string?)defaults["Status"] ?? "ACTIVE";
        var url = (string?)entry?["TemplateUrl"] ?? (string?)defaults["TemplateUrl"] ?? "";
        if (entry?["readyAfterPolls"] is not null && entry["neverReady"] is null) status = "ACTIVE";
        return new ApplicationInfo(url, status);
    }

    /// <summary>The message the corpus expects for a numeric <c>ApplicationId</c>.</summary>
    public string? NumericApplicationIdError => (string?)description["numericApplicationIdError"];
}
