using System.CommandLine;
using SamTransform.Diagnostics;

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
            "  dotnet sam-transform validate template.yaml --format sarif > results.sarif\n" +
            "  dotnet sam-transform conformance ../shared/conformance --filter function");
        root.Subcommands.Add(Commands.TransformCommand.Create(stdout, stderr));
        root.Subcommands.Add(Commands.ConformanceCommand.Create(stdout, stderr));
        root.Subcommands.Add(Commands.ValidateCommand.Create(stdout, stderr));

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
