using System.CommandLine;
using Newtonsoft.Json;
using SamTransform.Conformance;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Validation;

namespace SamTransform.Cli.Commands;

/// <summary>The `transform` command.</summary>
public static class TransformCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var template = new Argument<FileInfo>("template") { Description = "The SAM template (YAML or JSON)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the CloudFormation JSON to this file instead of standard output." };
        var partition = new Option<string>("--partition") { Description = "AWS partition: aws, aws-cn, aws-us-gov, ...", DefaultValueFactory = _ => "aws" };
        var region = new Option<string>("--region") { Description = "Region the stack is deployed to (the value of AWS::Region).", DefaultValueFactory = _ => "us-east-1" };
        var overrides = new Option<string[]>("--parameter-overrides") { Description = "Template parameter values as Key=Value pairs.", AllowMultipleArgumentsPerToken = true };
        var printHashed = new Option<bool>("--print-hashed") { Description = "Print on standard error, as SHA1INPUT: lines, each text hashed for a REST API deployment id.", Hidden = true };
        var localArtifacts = new Option<bool>("--local-artifacts") { Description = "Accept local CodeUri/ContentUri/DefinitionUri/Location paths (relative to the template) as `sam package` would, with placeholder S3 locations." };
        var command = new Command("transform", "Transform a SAM template into CloudFormation JSON. Exit codes: 0 success, 1 invalid template, 2 bad usage.")
        {
            template, output, partition, region, overrides, localArtifacts, printHashed,
        };
        var handlerCheck = new HandlerCheckOptions();
        handlerCheck.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(template)!;
            if (!CliApp.TryParseOverrides(parse.GetValue(overrides), stderr, out var values)) return CliApp.BadUsage;
            var resolver = parse.GetValue(localArtifacts) ? new LocalArtifactResolver(file.DirectoryName ?? ".") : null;
            var options = new TransformOptions { Partition = parse.GetValue(partition)!, Region = parse.GetValue(region)!, ParameterValues = values, LocalArtifacts = resolver,
                HashedTextObserver = parse.GetValue(printHashed) ? text => stderr.WriteLine("SHA1INPUT: " + text) : null,
            };
            var read = TemplateReader.ReadFile(file.FullName);
            var display = file.ToString();
            if (!read.Succeeded)
            {
                CliApp.Print(read.Diagnostics, display, stderr);
                return read.Diagnostics.Any(d => d.Code == "SAM1010") ? CliApp.BadUsage : CliApp.InvalidTemplate;
            }
            var result = SamTransformer.Transform(read.Template!, options);
            var missing = resolver?.Diagnostics ?? [];
            if (!handlerCheck.TryRun(parse, read.Template!, file.FullName, values, stderr, out var handlerDiagnostics)) return CliApp.BadUsage;
            CliApp.Print(read.Diagnostics.Concat(missing).Concat(result.Diagnostics).Concat(handlerDiagnostics), display, stderr);
            if (result.Output is null || missing.Count > 0 || handlerDiagnostics.Any(d => d.IsError)) return CliApp.InvalidTemplate;
            var json = result.Output.ToString(Formatting.Indented);
            var target = parse.GetValue(output);
            if (target is null) stdout.WriteLine(json);
            else File.WriteAllText(target.FullName, json + Environment.NewLine);
            return CliApp.Success;
        });
        return command;
    }
}
