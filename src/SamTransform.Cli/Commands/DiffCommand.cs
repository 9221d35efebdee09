using System.CommandLine;
using SamTransform.Diff;
using SamTransform.Explain;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Cli.Commands;

/// <summary>The `diff` command: what a change of a SAM template changes in CloudFormation, and in IAM.</summary>
public static class DiffCommand
{
    /// <summary>Exit code when the two templates make the same CloudFormation.</summary>
    public const int NoChanges = 0;

    /// <summary>Exit code when they differ (as <c>git diff --exit-code</c>); errors are <see cref="CliApp.BadUsage"/>.</summary>
    public const int Changes = 1;

    public const string Description =
        "Transform two versions of a SAM template and show what changes in CloudFormation: resources added, removed,\n" +
        "changed in place (each property path, old -> new) and replaced. A replacement is the costly surprise: a resource\n" +
        "gets a new logical id (a renamed SAM resource replaces all it became) or a create-only property changes (a\n" +
        "table's TableName, a function's PackageType). A new Version<hash> or Deployment<hash> on each change is expected\n" +
        "and said so. A second table lists the IAM statements and managed policies each role gains or loses, wildcards\n" +
        "flagged. Changes outside Resources (Outputs, Parameters, Conditions) come last.\n\n" +
        "Reading the text: [+] added, [-] removed, [~] changed in place, [replace] replaced, with 'expected' or\n" +
        "'NOT expected' and why; each resource names the SAM resource it came from and its role (\"execution role\").\n\n" +
        "Examples:\n" +
        $"  {CliApp.ToolName} diff before.yaml after.yaml\n" +
        $"  {CliApp.ToolName} diff template.yaml --against HEAD~1     (the template as it was one commit ago)\n" +
        $"  {CliApp.ToolName} diff template.yaml --against main --format markdown > diff.md   (a pull request comment)\n\n" +
        "Exit codes: 0 no changes, 1 changes, 2 error (bad usage, a template that does not transform, git failing);\n" +
        "in CI, a step that only reports the diff ends with '|| [ $? -eq 1 ]'.";

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var templates = new Argument<string[]>("templates")
        {
            Description = "OLD and NEW templates (YAML or JSON), or one TEMPLATE with --against.",
            Arity = new ArgumentArity(1, 2),
        };
        var against = new Option<string?>("--against") { HelpName = "rev",  Description = "A git revision (HEAD~1, main, a commit): compare TEMPLATE as it was there with the file as it is." };
        var format = new Option<string>("--format") { Description = "text (for a terminal), json or markdown (for a pull request comment).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var settings = new DeploymentOptions();
        var command = new Command("diff", Description) { templates, against, format };
        settings.AddTo(command);
        command.SetAction(parse =>
        {
            var files = parse.GetValue(templates)!;
            var revision = parse.GetValue(against);
            if (!settings.TryGet(parse, stderr, out var options)) return CliApp.BadUsage;
            if (revision is null && files.Length != 2 || revision is not null && files.Length != 1)
            {
                stderr.WriteLine(revision is null
                    ? "error: diff compares two templates: give OLD and NEW, or one TEMPLATE with --against REV (a git revision such as HEAD~1)."
                    : "error: with --against, give one template: its version at the revision is the old one.");
                stderr.WriteLine($"Run '{CliApp.ToolName} diff --help' for usage.");
                return CliApp.BadUsage;
            }

            TransformedTemplate? old, @new;
            string oldName, newName = TemplateOptions.DisplayName(files[^1]);
            if (revision is null)
            {
                oldName = TemplateOptions.DisplayName(files[0]);
                if (files[0] == "-" && files[1] == "-")
                {
                    stderr.WriteLine("error: only one of the templates can be read from standard input.");
                    return CliApp.BadUsage;
                }
                old = Load(files[0], oldName, stdin, stderr, options);
            }
            else
            {
                oldName = $"{newName}@{revision}";
                if (files[0] == "-" || !File.Exists(files[0]))
                {
                    stderr.WriteLine(files[0] == "-" ? "error: --against needs a template file in a git repository, not standard input." : $"error: template file '{files[0]}' was not found.");
                    return CliApp.BadUsage;
                }
                if (!GitRevision.TryRead(files[0], revision, out var text, out var error))
                {
                    stderr.WriteLine("error: " + error);
                    return CliApp.BadUsage;
                }
                old = Transformed(TemplateReader.Read(text), Path.GetDirectoryName(Path.GetFullPath(files[0]))!, oldName, stderr, options);
            }
            @new = Load(files[^1], newName, stdin, stderr, options);
            if (old is null || @new is null) return CliApp.BadUsage;

            var diff = TemplateDiff.Of(old, @new);
            stdout.Write(parse.GetValue(format) switch
            {
                "json" => DiffWriter.Json(diff, oldName, newName) + "\n",
                "markdown" => DiffWriter.Markdown(diff, oldName, newName),
                _ => DiffWriter.Text(diff, oldName, newName),
            });
            return diff.HasChanges ? Changes : NoChanges;
        });
        return command;
    }

    private static TransformedTemplate? Load(string file, string name, TextReader stdin, TextWriter stderr, TransformOptions options) =>
        TemplateOptions.TryRead(file, stdin, stderr, out var read)
            ? Transformed(read, Path.GetDirectoryName(TemplateOptions.FullPath(file))!, name, stderr, options)
            : null;

    /// <summary>The template transformed, or null after its diagnostics when it does not transform.</summary>
    private static TransformedTemplate? Transformed(ReadResult read, string directory, string name, TextWriter stderr, TransformOptions options)
    {
        var transformed = TransformedTemplate.From(read, directory, options);
        CliApp.Print(transformed.Diagnostics, name, stderr);
        return transformed.Succeeded ? transformed : null;
    }
}
