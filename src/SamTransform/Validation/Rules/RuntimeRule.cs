using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>A <c>Runtime</c> Lambda does not offer (error) or has deprecated (warning), with the closest current name.</summary>
public sealed partial class RuntimeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var (_, _, p) in context.OfType("AWS::Lambda::Function"))
            foreach (var runtime in ValidationContext.Branches(p["Runtime"]))
                CheckOne(context, runtime);
        foreach (var (_, _, p) in context.OfType("AWS::Lambda::LayerVersion"))
            if (p["CompatibleRuntimes"] is JArray runtimes)
                foreach (var runtime in runtimes.SelectMany(ValidationContext.Branches))
                    CheckOne(context, runtime);
    }

    private static void CheckOne(ValidationContext context, JToken runtime)
    {
        if (runtime.Type != JTokenType.String) return;
        var name = (string)runtime!;
        var settings = context.Settings;
        var supported = settings.Runtimes.Where(r => settings.TryGetRuntime(r, out var d) && (d is null || d > context.Options.Today)).ToList();
        if (!settings.TryGetRuntime(name, out var deprecated))
        {
            context.Report(DiagnosticCatalog.UnknownRuntime(name, Suggestions.Closest(name, supported) ?? Suggestions.Closest(name, settings.Runtimes)), runtime);
            return;
        }
        if (deprecated is { } since && since <= context.Options.Today)
            context.Report(DiagnosticCatalog.DeprecatedRuntime(name, since, Newest(Family(name), supported)), runtime);
    }

    /// <summary>The language of a runtime id: <c>nodejs</c>, <c>python</c>, <c>dotnet</c>, ... (Go runs on <c>provided</c>).</summary>
    private static string Family(string runtime)
    {
        var family = Letters().Match(runtime).Value;
        return family switch
        {
            "dotnetcore" => "dotnet",
            "go" => "provided",
            _ => family,
        };
    }

    private static string? Newest(string family, IEnumerable<string> supported) =>
        supported.Where(r => Family(r) == family).OrderByDescending(Version).ThenByDescending(r => r, StringComparer.Ordinal).FirstOrDefault();

    private static (int, int) Version(string runtime)
    {
        var numbers = Digits().Matches(runtime).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return (numbers.ElementAtOrDefault(0), numbers.ElementAtOrDefault(1));
    }

    [GeneratedRegex("^[a-z]+")]
    private static partial Regex Letters();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
