using System.CommandLine;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Validation;

namespace SamTransform.Cli.Commands;

/// <summary>The `validate` command: transform, then check the result; diagnostics as text, JSON or SARIF.</summary>
public static class ValidateCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var input = new TemplateOptions("The SAM template (YAML or JSON); local CodeUri/ContentUri/DefinitionUri paths are resolved relative to it, and a missing or empty CodeUri is its folder.",
            "When there are no errors, write the transformed CloudFormation JSON to this file.");
        var schemas = new Option<DirectoryInfo?>("--schemas") { Description = "A folder of official CloudFormation resource schemas (aws-service-type.json) to check every resource type with." };
        var format = new Option<string>("--format") { Description = "text (file(line,col): level CODE: message), json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors (exit code 1)." };
        var config = new Option<FileInfo?>("--config") { Description = "A JSON file overriding rule limits and levels (default: samvalidate.json beside the template, when present)." };
        var command = new Command("validate", "Transform a SAM template and check the result against resource schemas and Lambda, API Gateway, ECS, ECR and IAM rules. Exit codes: 0 no errors (warnings allowed), 1 errors, 2 bad usage.")
        {
            schemas, format, warningsAsErrors, config,
        };
        input.AddTo(command);
        var handlerCheck = new HandlerCheckOptions();
        handlerCheck.AddTo(command);
        command.SetAction(parse =>
        {
            var schemaDir = parse.GetValue(schemas);
            if (schemaDir is not null && !schemaDir.Exists)
            {
                stderr.WriteLine($"error: schema folder '{schemaDir}' was not found.");
                return CliApp.BadUsage;
            }
            if (!input.TryGetParameterValues(parse, stderr, out var values) || !input.TryGetDeployment(parse, stderr, out var partition, out var region)
                || !input.TryGetTemplates(parse, stderr, out var templates) || !input.CheckOutput(parse, templates.Count, folderForMany: false, stderr)) return CliApp.BadUsage;
            var exit = CliApp.Success;
            var reports = new List<(string File, List<Diagnostic> Diagnostics)>();
            foreach (var template in templates)
            {
                var fullPath = TemplateOptions.FullPath(template);
                if (!TryLoadSettings(parse.GetValue(config), fullPath, stderr, out var settings) || !TemplateOptions.TryRead(template, stdin, stderr, out var read))
                {
                    exit = CliApp.BadUsage;
                    continue;
                }
                var options = new ValidationOptions
                {
                    Transform = new TransformOptions { Partition = partition, Region = region, ParameterValues = values },
                    SchemasDirectory = schemaDir?.FullName,
                    Settings = settings,
                    TemplateDirectory = Path.GetDirectoryName(fullPath),
                };
                var result = TemplateValidator.Validate(read, options);
                var handlerDiagnostics = (IReadOnlyList<Diagnostic>)[];
                if (read.Template is not null && !handlerCheck.TryRun(parse, read.Template, fullPath, values, stderr, out handlerDiagnostics))
                {
                    exit = CliApp.BadUsage;
                    continue;
                }
                var found = result.Diagnostics.Concat(handlerDiagnostics);
                var diagnostics = parse.GetValue(warningsAsErrors)
                    ? found.Select(d => d.Level == DiagnosticLevel.Warning ? d with { Level = DiagnosticLevel.Error } : d).ToList()
                    : found.ToList();
                var display = TemplateOptions.DisplayName(template);
                reports.Add((display, diagnostics));
                if (parse.GetValue(format) == "text")
                {
                    CliApp.Print(diagnostics, display, stderr);
                    stdout.WriteLine($"{display}: {Count(diagnostics)}");
                }
                var failed = diagnostics.Any(d => d.IsError);
                if (failed) exit = Math.Max(exit, CliApp.InvalidTemplate);
                if (!failed && result.Output is not null && input.Output(parse) is { } target
                    && !TemplateOptions.TryWrite(target, writer => TemplateOptions.WriteJson(result.Output, writer), stderr))
                    exit = CliApp.BadUsage;
            }
            switch (parse.GetValue(format))
            {
                case "json": stdout.WriteLine(DiagnosticFormats.Json(reports).ToString(Formatting.Indented)); break;
                case "sarif": stdout.WriteLine(DiagnosticFormats.Sarif(reports).ToString(Formatting.Indented)); break;
                default:
                    if (templates.Count > 1) stdout.WriteLine($"{reports.Count} template(s): {Count(reports.SelectMany(r => r.Diagnostics).ToList())}");
                    break;
            }
            return exit;
        });
        return command;
    }

    private static string Count(List<Diagnostic> diagnostics) =>
        $"{diagnostics.Count(d => d.IsError)} error(s), {diagnostics.Count(d => d.Level == DiagnosticLevel.Warning)} warning(s)";

    private static bool TryLoadSettings(FileInfo? config, string template, TextWriter stderr, out RuleSettings settings)
    {
        settings = RuleSettings.Default;
        var path = config?.FullName ?? Path.Combine(Path.GetDirectoryName(template) ?? ".", "samvalidate.json");
        if (config is null && !File.Exists(path)) return true;
        if (!File.Exists(path))
        {
            stderr.WriteLine($"error: config file '{config}' was not found.");
            return false;
        }
        try
        {
            settings = RuleSettings.FromFile(path);
            return true;
        }
        catch (FormatException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return false;
        }
    }
}
