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
        var settings = new DeploymentOptions();
        var command = new Command("explain", "Show what the transform makes of each SAM resource: the CloudFormation resources (type, logical id, why), the events' sources and each generated role's permissions. Exit codes: 0 success, 1 invalid template, 2 bad usage.")
        {
            template, format,
        };
        settings.AddTo(command);
        command.SetAction(parse =>
        {
            var file = parse.GetValue(template)!;
            if (!settings.TryGet(parse, stderr, out var options)) return CliApp.BadUsage;
            if (!file.Exists)
            {
                stderr.WriteLine($"error: template file '{file}' was not found.");
                return CliApp.BadUsage;
            }
            var transformed = TransformedTemplate.FromFile(file.FullName, options);
            CliApp.Print(transformed.Diagnostics, file.ToString(), stderr);
            if (!transformed.Succeeded) return CliApp.InvalidTemplate;
            var explanation = TemplateExplanation.Of(transformed.Template!, transformed.Result!);
            stdout.Write(parse.GetValue(format) switch
            {
                "json" => ExplainWriter.Json(explanation, file.Name) + "\n",
                "mermaid" => ExplainWriter.Mermaid(explanation),
                _ => ExplainWriter.Text(explanation, file.Name),
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
