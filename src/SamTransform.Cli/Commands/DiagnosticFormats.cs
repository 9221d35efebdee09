using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Cli.Commands;

/// <summary>Machine-readable renderings of diagnostics: the project's JSON and SARIF 2.1.0 for code-scanning tools.</summary>
public static class DiagnosticFormats
{
    public static JObject Json(IEnumerable<Diagnostic> diagnostics, string file) => Json([(file, diagnostics.ToList())]);

    /// <summary>The diagnostics of several templates; with more than one, a <c>templates</c> summary per file too.</summary>
    public static JObject Json(IReadOnlyList<(string File, List<Diagnostic> Diagnostics)> reports)
    {
        var json = new JObject { ["diagnostics"] = new JArray(reports.SelectMany(r => r.Diagnostics.Select(d => Entry(d, r.File)))) };
        if (reports.Count > 1)
            json["templates"] = new JArray(reports.Select(r => new JObject
            {
                ["file"] = r.File,
                ["errors"] = r.Diagnostics.Count(d => d.IsError),
                ["warnings"] = r.Diagnostics.Count(d => d.Level == DiagnosticLevel.Warning),
            }));
        return json;
    }

    private static JObject Entry(Diagnostic d, string file) => new()
    {
        ["code"] = d.Code,
        ["level"] = Level(d.Level),
        ["message"] = d.Message,
        ["file"] = file,
        ["line"] = d.Location?.Line,
        ["column"] = d.Location?.Column,
        ["path"] = d.Path,
        ["resource"] = d.ResourceId,
    };

    public static JObject Sarif(IReadOnlyList<Diagnostic> diagnostics, string file) => Sarif([(file, diagnostics.ToList())]);

    /// <summary>One SARIF run for the diagnostics of every template, each result at its own file.</summary>
    public static JObject Sarif(IReadOnlyList<(string File, List<Diagnostic> Diagnostics)> reports)
    {
        var all = reports.SelectMany(r => r.Diagnostics.Select(d => (Diagnostic: d, Uri: r.File.Replace('\\', '/')))).ToList();
        var rules = all.Select(x => x.Diagnostic.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        return new JObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "dotnet-sam-transform",
                        ["version"] = typeof(DiagnosticFormats).Assembly.GetName().Version?.ToString(3),
                        ["rules"] = new JArray(rules.Select(r => new JObject { ["id"] = r })),
                    },
                },
                ["results"] = new JArray(all.Select(x =>
                {
                    var (d, uri) = x;
                    var location = new JObject { ["artifactLocation"] = new JObject { ["uri"] = uri } };
                    if (d.Location is { } at) location["region"] = new JObject { ["startLine"] = at.Line, ["startColumn"] = at.Column };
                    var result = new JObject
                    {
                        ["ruleId"] = d.Code,
                        ["ruleIndex"] = rules.IndexOf(d.Code),
                        ["level"] = d.Level switch { DiagnosticLevel.Error => "error", DiagnosticLevel.Warning => "warning", _ => "note" },
                        ["message"] = new JObject { ["text"] = d.Message },
                        ["locations"] = new JArray(new JObject { ["physicalLocation"] = location }),
                    };
                    if (d.Path is not null) result["properties"] = new JObject { ["path"] = d.Path, ["resource"] = d.ResourceId };
                    return result;
                })),
            }),
        };
    }

    private static string Level(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "info",
    };
}
