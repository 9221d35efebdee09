using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using SamTransform.Cli.Commands;
using SamTransform.Diagnostics;

namespace SamTransform.Cli;

/// <summary>The <c>dotnet sam-transform</c> command line. Input and output go through the readers and writers given, so tests use strings.</summary>
public static class CliApp
{
    public const int Success = 0;
    public const int InvalidTemplate = 1;
    public const int BadUsage = 2;

    /// <summary>The tool as users type it (the executable is <c>dotnet-sam-transform</c>).</summary>
    public const string ToolName = "dotnet sam-transform";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, Console.In, stdout, stderr);

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "Transform AWS SAM templates (Transform: AWS::Serverless-2016-10-31) into plain CloudFormation, offline.\n\n" +
            "Examples:\n" +
            $"  {ToolName} transform template.yaml -o packaged.json\n" +
            $"  {ToolName} transform template.yaml --partition aws-cn --region cn-north-1\n" +
            $"  {ToolName} transform template.yaml --parameter-overrides Stage=prod MemorySize=512\n" +
            $"  {ToolName} validate template.yaml --format sarif > results.sarif\n" +
            $"  cat template.yaml | {ToolName} validate -\n" +
            $"  {ToolName} explain template.yaml --format mermaid\n" +
            $"  {ToolName} diff template.yaml --against HEAD~1");
        root.Subcommands.Add(TransformCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(ValidateCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(ConformanceCommand.Create(stdout, stderr));

        // Run bare, the tool shows its help, as dotnet does.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        var usage = UsageErrors(parse).ToList();
        if (usage.Count > 0)
        {
            foreach (var error in usage) stderr.WriteLine($"error: {error}");
            stderr.WriteLine($"Run '{ToolName} {(parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ")}--help' for usage.");
            return BadUsage;
        }
        if (parse.Action is HelpAction)
        {
            // Help names the executable (dotnet-sam-transform); users type the tool as a dotnet command.
            var help = new StringWriter();
            var exit = parse.Invoke(new InvocationConfiguration { Output = help, Error = stderr });
            stdout.Write(help.ToString().Replace("  " + root.Name + " ", "  " + ToolName + " ", StringComparison.Ordinal));
            return exit;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>
    /// The parser's errors, with a "did you mean" for an unknown command or option. An unknown option would otherwise
    /// be taken for the template argument, and the error be about the tokens after it.
    /// </summary>
    private static IEnumerable<string> UsageErrors(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unknownOption = parse.Tokens.FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' && !double.TryParse(t.Value, out _));
        if (unknownOption is not null)
        {
            var name = unknownOption.Value.Split('=', ':')[0];
            var options = command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
            yield return $"Unknown option '{name}' for '{command.Name}'.{TemplateOptions.DidYouMean(name, options)}";
            yield break;
        }
        if (parse.Errors.Count == 0) yield break;
        if (command is RootCommand && parse.UnmatchedTokens.FirstOrDefault() is { } word)
        {
            yield return $"Unknown command '{word}'.{TemplateOptions.DidYouMean(word, command.Subcommands.Select(c => c.Name))} Commands: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.";
            yield break;
        }
        foreach (var error in parse.Errors) yield return error.Message;
    }

    internal static bool TryParseOverrides(string[]? pairs, TextWriter stderr, out Dictionary<string, object?> values)
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

    internal static void Print(IEnumerable<Diagnostic> diagnostics, string file, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics) stderr.WriteLine(diagnostic.Format(file));
    }
}
