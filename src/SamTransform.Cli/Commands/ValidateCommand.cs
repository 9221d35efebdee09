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
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var template = new Argument<FileInfo>("template") { Description = "The SAM template (YAML or JSON); local CodeUri/ContentUri/DefinitionUri paths are resolved relative to it." };
        var schemas = new Option<DirectoryInfo?>("--schemas") { Description = "A folder of official CloudFormation resource schemas (aws-service-type.json) to check every resource type with." };
        var format = new Option<string>("--format") { Description = "text (file(line,col): level CODE: message), json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors (exit code 1)." };
        var config = new Option<FileInfo?>("--config") { Description = "A JSON file overriding rule limits and levels (default: samvalidate.json beside the template, when present)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "When there are no errors, write the transformed CloudFormation JSON to this file." };
        var partition = new Option<string>("--partition") { Description = "AWS partition: aws, aws-cn, aws-us-gov, ...", DefaultValueFactory = _ => "aws" };
        var region = new Option<string>("--region") { Description = "Region the stack is deployed to (the value of AWS::Region).", DefaultValueFactory = _ => "us-east-1" };
        var overrides = new Option<string[]>("--parameter-overrides") { Description = "Template parameter values as Key=Value pairs.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("validate", "Transform a SAM template and check the result against resource schemas and Lambda, API Gateway, ECS, ECR and IAM rules. Exit codes: 0 no errors (warnings allowed), 1 errors, 2 bad usage.")
        {
            template, schemas, format, warningsAsErrors, config, output, partition, region, overrides,
        };
        var handlerCheck = new HandlerCheckOptions();
        handlerCheck.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(template)!;
            if (!file.Exists)
            {
                stderr.WriteLine($"error: template file '{file}' was not found.");
                return CliApp.BadUsage;
            }
            var schemaDir = parse.GetValue(schemas);
            if (schemaDir is not null && !schemaDir.Exists)
            {
                stderr.WriteLine($"error: schema folder '{schemaDir}' was not found.");
                return CliApp.BadUsage;
            }
            if (!CliApp.TryParseOverrides(parse.GetValue(overrides), stderr, out var values)) return CliApp.BadUsage;
            if (!TryLoadSettings(parse.GetValue(config), file, stderr, out var settings)) return CliApp.BadUsage;
            var options = new ValidationOptions
            {
                Transform = new TransformOptions { Partition = parse.GetValue(partition)!, Region = parse.GetValue(region)!, ParameterValues = values },
                SchemasDirectory = schemaDir?.FullName,
                Settings = settings,
            };
            var result = TemplateValidator.ValidateFile(file.FullName, options);
            if (!handlerCheck.TryRun(parse, file.FullName, values, stderr, out var handlerDiagnostics)) return CliApp.BadUsage;
            var found = result.Diagnostics.Concat(handlerDiagnostics);
            var diagnostics = parse.GetValue(warningsAsErrors)
                ? found.Select(d => d.Level == DiagnosticLevel.Warning ? d with { Level = DiagnosticLevel.Error } : d).ToList()
                : found.ToList();
            var display = file.ToString();
            switch (parse.GetValue(format))
            {
                case "json": stdout.WriteLine(DiagnosticFormats.Json(diagnostics, display).ToString(Formatting.Indented)); break;
                case "sarif": stdout.WriteLine(DiagnosticFormats.Sarif(diagnostics, display).ToString(Formatting.Indented)); break;
                default:
                    CliApp.Print(diagnostics, display, stderr);
                    stdout.WriteLine($"{display}: {diagnostics.Count(d => d.IsError)} error(s), {diagnostics.Count(d => d.Level == DiagnosticLevel.Warning)} warning(s)");
                    break;
            }
            var failed = diagnostics.Any(d => d.IsError);
            if (!failed && result.Output is not null && parse.GetValue(output) is { } target)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target.FullName)!);
                File.WriteAllText(target.FullName, result.Output.ToString(Formatting.Indented) + Environment.NewLine);
            }
            return failed ? CliApp.InvalidTemplate : CliApp.Success;
        });
        return command;
    }

    private static bool TryLoadSettings(FileInfo? config, FileInfo template, TextWriter stderr, out RuleSettings settings)
    {
        settings = RuleSettings.Default;
        var path = config?.FullName ?? Path.Combine(template.DirectoryName ?? ".", "samvalidate.json");
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
