using System.CommandLine;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Conformance;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Cli;

/// <summary>The <c>dotnet sam-transform</c> command line. Input and output go through the writers given, so tests use strings.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InvalidTemplate = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "Transform AWS SAM templates (Transform: AWS::Serverless-2016-10-31) into plain CloudFormation, offline.\n\n" +
            "Examples:\n" +
            "  dotnet sam-transform transform template.yaml -o packaged.json\n" +
            "  dotnet sam-transform transform template.yaml --partition aws-cn --region cn-north-1\n" +
            "  dotnet sam-transform transform template.yaml --parameter-overrides Stage=prod MemorySize=512\n" +
            "  dotnet sam-transform conformance ../shared/conformance --filter function");
        root.Subcommands.Add(TransformCommand(stdout, stderr));
        root.Subcommands.Add(ConformanceCommand(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'dotnet sam-transform --help' for usage.");
            return BadUsage;
        }
        var exit = parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return exit;
    }

    private static Command TransformCommand(TextWriter stdout, TextWriter stderr)
    {
        var template = new Argument<FileInfo>("template") { Description = "The SAM template (YAML or JSON)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the CloudFormation JSON to this file instead of standard output." };
        var partition = new Option<string>("--partition") { Description = "AWS partition: aws, aws-cn, aws-us-gov, ...", DefaultValueFactory = _ => "aws" };
        var region = new Option<string>("--region") { Description = "Region the stack is deployed to (the value of AWS::Region).", DefaultValueFactory = _ => "us-east-1" };
        var overrides = new Option<string[]>("--parameter-overrides") { Description = "Template parameter values as Key=Value pairs.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("transform", "Transform a SAM template into CloudFormation JSON. Exit codes: 0 success, 1 invalid template, 2 bad usage.")
        {
            template, output, partition, region, overrides,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(template)!;
            if (!TryParseOverrides(parse.GetValue(overrides), stderr, out var values)) return BadUsage;
            var options = new TransformOptions { Partition = parse.GetValue(partition)!, Region = parse.GetValue(region)!, ParameterValues = values };
            var read = TemplateReader.ReadFile(file.FullName);
            var display = file.ToString();
            if (!read.Succeeded)
            {
                Print(read.Diagnostics, display, stderr);
                return read.Diagnostics.Any(d => d.Code == "SAM1010") ? BadUsage : InvalidTemplate;
            }
            var result = SamTransformer.Transform(read.Template!, options);
            Print(read.Diagnostics.Concat(result.Diagnostics), display, stderr);
            if (result.Output is null) return InvalidTemplate;
            var json = result.Output.ToString(Formatting.Indented);
            var target = parse.GetValue(output);
            if (target is null) stdout.WriteLine(json);
            else File.WriteAllText(target.FullName, json + Environment.NewLine);
            return Success;
        });
        return command;
    }

    private static Command ConformanceCommand(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Argument<DirectoryInfo>("corpus") { Description = "A corpus folder laid out like shared/conformance (input/, output/, corpus.json)." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write each case's output to DIR/<partition>/<name>.json (errors to DIR/errors/)." };
        var filter = new Option<string?>("--filter") { Description = "Only cases whose name contains this text." };
        var command = new Command("conformance", "Run every case of a conformance corpus and print the failures, then 'N passed, N failed'.")
        {
            corpus, outDir, filter,
        };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(corpus)!;
            if (!Directory.Exists(Path.Combine(directory.FullName, "input")))
            {
                stderr.WriteLine($"error: '{directory}' has no input/ folder; expected a corpus laid out like shared/conformance.");
                return BadUsage;
            }
            var report = new ConformanceRunner(directory.FullName).Run(parse.GetValue(filter), parse.GetValue(outDir)?.FullName);
            foreach (var check in report.Checks.Where(c => !c.Passed))
                stdout.WriteLine($"FAIL {check.Case} [{check.Partition}]: {check.Detail}");
            stdout.WriteLine($"{report.Passed} passed, {report.Failed} failed");
            return report.Failed == 0 ? Success : InvalidTemplate;
        });
        return command;
    }

    private static bool TryParseOverrides(string[]? pairs, TextWriter stderr, out Dictionary<string, object?> values)
    {
        values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                stderr.WriteLine($"error: --parameter-overrides expects Key=Value, got '{pair}'.");
                return false;
            }
            values[pair[..eq]] = pair[(eq + 1)..];
        }
        return true;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics, string file, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics) stderr.WriteLine(diagnostic.Format(file));
    }
}
