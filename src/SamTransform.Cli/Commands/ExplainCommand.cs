using System.CommandLine;
using SamTransform.Explain;
using SamTransform.Pipeline;

namespace SamTransform.Cli.Commands;

/// <summary>The `explain` command: what each SAM resource became, why, how events are wired and what each role may do.</summary>
public static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var template = new Argument<FileInfo>("template") { Description = "The SAM template (YAML or JSON)." };
        var format = new Option<string>("--format") { Description = "text (a tree), json or mermaid (a flowchart).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");
        var invocations = new Option<long?>("--invocations") { Description = "With --duration-ms: estimate each function's monthly Lambda cost for this many invocations a month." };
        var duration = new Option<double?>("--duration-ms") { Description = "With --invocations: how long each invocation runs, in milliseconds." };
        var freeTier = new Option<bool>("--free-tier") { Description = "Take the monthly free tier (1M requests, 400,000 GB-seconds) off the estimate." };
        var settings = new DeploymentOptions();
        var command = new Command("explain",
            "Show what the transform makes of each SAM resource: the CloudFormation resources (type, logical id, why), the events' sources and each generated role's permissions.\n" +
            "With --invocations and --duration-ms, also a monthly Lambda cost estimate per function (requests, GB-seconds by memory and architecture, ephemeral storage above 512 MB, provisioned concurrency) from the price table the tool carries, which says its region and date.\n\n" +
            "Examples:\n" +
            $"  {CliApp.ToolName} explain template.yaml\n" +
            $"  {CliApp.ToolName} explain template.yaml --format mermaid > architecture.md\n" +
            $"  {CliApp.ToolName} explain template.yaml --invocations 3000000 --duration-ms 120 --free-tier\n\n" +
            "Exit codes: 0 success, 1 invalid template, 2 bad usage.")
        {
            template, format, invocations, duration, freeTier,
        };
        settings.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(template)!;
            if (!settings.TryGet(parse, stderr, out var options)) return CliApp.BadUsage;
            var (count, milliseconds) = (parse.GetValue(invocations), parse.GetValue(duration));
            if (count is null != milliseconds is null || count < 0 || milliseconds < 0 || (parse.GetValue(freeTier) && count is null))
            {
                stderr.WriteLine("error: a cost estimate needs both --invocations N and --duration-ms D (not negative); --free-tier goes with them.");
                return CliApp.BadUsage;
            }
            if (count is not null && parse.GetValue(format) == "mermaid")
            {
                stderr.WriteLine("error: the cost estimate is written in the text and json formats, not in mermaid.");
                return CliApp.BadUsage;
            }
            if (!file.Exists)
            {
                stderr.WriteLine($"error: template file '{file}' was not found.");
                return CliApp.BadUsage;
            }
            var transformed = TransformedTemplate.FromFile(file.FullName, options);
            CliApp.Print(transformed.Diagnostics, file.ToString(), stderr);
            if (!transformed.Succeeded) return CliApp.InvalidTemplate;
            var explanation = TemplateExplanation.Of(transformed.Template!, transformed.Result!);
            var cost = count is null ? null : CostEstimate.Of(explanation, transformed.OutputResources, count.Value, milliseconds!.Value, parse.GetValue(freeTier));
            stdout.Write(parse.GetValue(format) switch
            {
                "json" => ExplainWriter.Json(explanation, file.Name, cost?.Json(options.Region)) + "\n",
                "mermaid" => ExplainWriter.Mermaid(explanation),
                _ => ExplainWriter.Text(explanation, file.Name) + cost?.Text(options.Region),
            });
            return CliApp.Success;
        });
        return command;
    }
}

/// <summary>
/// The deployment settings a template is transformed under (--partition, --region, --parameter-overrides), read as
/// <see cref="TemplateOptions"/> reads them: a region alone implies its partition.
/// </summary>
internal sealed class DeploymentOptions
{
    private readonly Option<string?> _partition = new("--partition") { Description = "AWS partition: " + string.Join(", ", TemplateOptions.Partitions) + " (default: the region's, else aws)." };
    private readonly Option<string?> _region = new("--region") { Description = "Region the stack is deployed to, the value of AWS::Region (default us-east-1)." };
    private readonly Option<string[]> _overrides = new("--parameter-overrides") { Description = "Template parameter values as Key=Value pairs.", AllowMultipleArgumentsPerToken = true };

    public DeploymentOptions() => _partition.AcceptOnlyFromAmong(TemplateOptions.Partitions);

    public void AddTo(Command command)
    {
        command.Options.Add(_partition);
        command.Options.Add(_region);
        command.Options.Add(_overrides);
    }

    public bool TryGet(ParseResult parse, TextWriter stderr, out TransformOptions options)
    {
        options = new TransformOptions();
        var region = parse.GetValue(_region) ?? "us-east-1";
        var implied = TemplateOptions.PartitionOf(region);
        var partition = parse.GetValue(_partition) ?? implied;
        if (parse.GetValue(_region) is not null && partition != implied)
        {
            stderr.WriteLine($"error: region '{region}' is in partition '{implied}', not '{partition}'.");
            return false;
        }
        if (!CliApp.TryParseOverrides(parse.GetValue(_overrides), stderr, out var values)) return false;
        options = new TransformOptions { Partition = partition, Region = region, ParameterValues = values };
        return true;
    }
}
