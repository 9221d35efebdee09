using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Reading;
using SamTransform.Validation;

namespace SamTransform.Cli.Commands;

/// <summary>The template, where the CloudFormation goes, and the deployment settings: shared by <c>transform</c> and <c>validate</c>.</summary>
internal sealed partial class TemplateOptions
{
    /// <summary>The partitions AWS has; a template's ARNs are written with one of them.</summary>
    public static readonly string[] Partitions = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];

    /// <summary>The name a template read from standard input is given in diagnostics.</summary>
    public const string StandardInputName = "stdin";

    private readonly Argument<string[]> _template;
    private readonly Option<string?> _output;
    private readonly Option<string?> _partition = new("--partition") { Description = "AWS partition: " + string.Join(", ", Partitions) + " (default: the region's, else aws)." };
    private readonly Option<string?> _region = new("--region") { Description = "Region the stack is deployed to, the value of AWS::Region (default us-east-1).", };
    private readonly Option<string[]> _overrides = new("--parameter-overrides") { Description = "Template parameter values as Key=Value pairs.", AllowMultipleArgumentsPerToken = true };

    public TemplateOptions(string templateDescription, string outputDescription)
    {
        _template = new Argument<string[]>("template")
        {
            Description = templateDescription + " '-' reads it from standard input. Several templates and globs ('**/template.yaml') are checked in one run, each reported on its own.",
            Arity = ArgumentArity.OneOrMore,
        };
        _output = new Option<string?>("--output", "-o") { Description = outputDescription + " Missing folders are created." };
        _partition.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !Partitions.Contains(value, StringComparer.Ordinal))
                result.AddError($"'{value}' is not a partition ({string.Join(", ", Partitions)}).{DidYouMean(value, Partitions)}");
        });
        _region.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !RegionPattern().IsMatch(value))
                result.AddError($"'{value}' is not a region name (such as us-east-1, eu-west-1, cn-north-1).");
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_template);
        command.Options.Add(_output);
        command.Options.Add(_partition);
        command.Options.Add(_region);
        command.Options.Add(_overrides);
    }

    /// <summary>" Did you mean 'x'?" for the closest candidate, or nothing.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Suggestions.Closest(text, candidates) is { } closest ? $" Did you mean '{closest}'?" : "";

    /// <summary>
    /// The templates the command line names (<c>-</c> for standard input), globs expanded; false after a message when
    /// a glob matches nothing. A single argument is passed on as it is (its own messages come from <see cref="TryRead"/>).
    /// </summary>
    public bool TryGetTemplates(ParseResult parse, TextWriter stderr, out List<string> templates)
    {
        var arguments = parse.GetValue(_template)!;
        if (arguments.Length == 1 && arguments[0].IndexOfAny(['*', '?']) < 0)
        {
            templates = [arguments[0]];
            return true;
        }
        return TemplateFiles.TryExpand(arguments, stderr, out templates);
    }

    /// <summary>The name diagnostics give the template.</summary>
    public static string DisplayName(string template) => template == "-" ? StandardInputName : template;

    /// <summary>The full path of the template (the current folder's <c>stdin</c> for standard input: local paths are relative to that folder).</summary>
    public static string FullPath(string template) => Path.GetFullPath(DisplayName(template));

    public string? Output(ParseResult parse) => parse.GetValue(_output);

    /// <summary>Partition and region: a region alone implies its partition; the two must agree.</summary>
    public bool TryGetDeployment(ParseResult parse, TextWriter stderr, out string partition, out string region)
    {
        region = parse.GetValue(_region) ?? "us-east-1";
        var implied = PartitionOf(region);
        partition = parse.GetValue(_partition) ?? implied;
        if (parse.GetValue(_region) is not null && partition != implied)
        {
            stderr.WriteLine($"error: region '{region}' is in partition '{implied}', not '{partition}'.");
            return false;
        }
        return true;
    }

    /// <summary>The partition a region belongs to.</summary>
    public static string PartitionOf(string region) => region switch
    {
        _ when region.StartsWith("cn-", StringComparison.Ordinal) => "aws-cn",
        _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => "aws-us-gov",
        _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => "aws-iso-b",
        _ when region.StartsWith("us-isof-", StringComparison.Ordinal) => "aws-iso-f",
        _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => "aws-iso",
        _ when region.StartsWith("eu-isoe-", StringComparison.Ordinal) => "aws-iso-e",
        _ when region.StartsWith("eusc-", StringComparison.Ordinal) => "aws-eusc",
        _ => "aws",
    };

    public bool TryGetParameterValues(ParseResult parse, TextWriter stderr, out Dictionary<string, object?> values) =>
        CliApp.TryParseOverrides(parse.GetValue(_overrides), stderr, out values);

    /// <summary>
    /// Reads the template: a clear message (and false) for a folder, a missing or an unreadable file. A template that
    /// reads with errors is a success here: its diagnostics are in <paramref name="read"/>.
    /// </summary>
    public static bool TryRead(string path, TextReader stdin, TextWriter stderr, out ReadResult read)
    {
        read = null!;
        try
        {
            if (path == "-")
            {
                read = TemplateReader.Read(stdin.ReadToEnd());
                return true;
            }
            if (Directory.Exists(path))
            {
                var inside = new[] { "template.yaml", "template.yml", "serverless.template" }.FirstOrDefault(name => File.Exists(Path.Combine(path, name)));
                stderr.WriteLine($"error: '{path}' is a folder, not a template file.{(inside is null ? "" : $" Did you mean '{Path.Combine(path, inside)}'?")}");
                return false;
            }
            if (!File.Exists(path))
            {
                stderr.WriteLine($"error: template file '{path}' was not found.");
                return false;
            }
            read = TemplateReader.ReadFile(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read '{path}': {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// False, after a message, when <c>-o</c> names a folder for one template, or is given for several (for which
    /// <paramref name="folderForMany"/> commands take a folder).
    /// </summary>
    public bool CheckOutput(ParseResult parse, int templates, bool folderForMany, TextWriter stderr)
    {
        if (Output(parse) is not { } output) return true;
        if (templates > 1)
        {
            if (folderForMany && !File.Exists(output)) return true;
            stderr.WriteLine(folderForMany
                ? $"error: -o '{output}' is a file; with several templates give the folder to write them into."
                : "error: -o writes the CloudFormation of one template; give one template, or leave -o out.");
            return false;
        }
        if (Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar))
        {
            stderr.WriteLine($"error: -o '{output}' is a folder; give the file to write, such as '{Path.Combine(output, "template.json")}'.");
            return false;
        }
        return true;
    }

    /// <summary>Writes the output file, creating its folder. False, after a message, when it cannot be written.</summary>
    public static bool TryWrite(string output, string text, TextWriter stderr) => TryWrite(output, writer => writer.Write(text), stderr);

    /// <summary>Writes the output file as <paramref name="write"/> streams it (UTF-8, no BOM), creating its folder.</summary>
    public static bool TryWrite(string output, Action<TextWriter> write, TextWriter stderr)
    {
        try
        {
            var full = Path.GetFullPath(output);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var writer = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
            write(writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write '{output}': {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// The CloudFormation JSON, indented, and a line break, streamed to <paramref name="writer"/>: the same text as
    /// <c>ToString(Formatting.Indented)</c> without ever holding it whole (32 MB of text at 5,000 functions).
    /// </summary>
    public static void WriteJson(JToken document, TextWriter writer)
    {
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false })
            document.WriteTo(json);
        writer.WriteLine();
        writer.Flush();
    }

    [GeneratedRegex(@"^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$")]
    private static partial Regex RegionPattern();
}
