using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// A <c>Runtime</c> Lambda does not offer (error), whose function creation Lambda blocks (error) or that Lambda has
/// deprecated (warning), with the closest current name or the newest supported runtime of the same language.
/// </summary>
public sealed partial class RuntimeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var (_, _, p) in context.OfType("AWS::Lambda::Function"))
            foreach (var runtime in ValidationContext.Branches(p["Runtime"]))
                CheckOne(context, runtime, layer: false);
        foreach (var (_, _, p) in context.OfType("AWS::Lambda::LayerVersion"))
            if (p["CompatibleRuntimes"] is JArray runtimes)
                foreach (var runtime in runtimes.SelectMany(ValidationContext.Branches))
                    CheckOne(context, runtime, layer: true);
    }

    /// <summary>A layer's <c>CompatibleRuntimes</c> only describe it: a blocked runtime there is a warning, not an error.</summary>
    private static void CheckOne(ValidationContext context, JToken runtime, bool layer)
    {
        if (runtime.Type != JTokenType.String) return;
        var name = (string)runtime!;
        var settings = context.Settings;
        var today = context.Options.Today;
        var supported = settings.Runtimes.Where(r => settings.TryGetRuntime(r, out RuntimeLifecycle d) && !(d.Deprecated <= today)).ToList();
        if (!settings.TryGetRuntime(name, out RuntimeLifecycle lifecycle))
        {
            context.Report(DiagnosticCatalog.UnknownRuntime(name, Suggestions.Closest(name, supported) ?? Suggestions.Closest(name, settings.Runtimes)), runtime);
            return;
        }
        if (!layer && lifecycle.BlockCreate is { } blocked && blocked <= today)
            context.Report(DiagnosticCatalog.RuntimeCreationBlocked(name, lifecycle.Deprecated ?? blocked, blocked, lifecycle.BlockUpdate, today, Newest(Family(name), supported)), runtime);
        else if (lifecycle.Deprecated is { } since && since <= today)
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
