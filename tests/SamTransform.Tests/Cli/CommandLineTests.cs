using Newtonsoft.Json.Linq;
using SamTransform.Cli;
using Xunit;

namespace SamTransform.Tests.Cli;

/// <summary>The command line as a .NET user meets it: one test per case of issue 17.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string Hello = Path.Combine(RepoPaths.Fixtures, "hello-function", "template.yaml");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}");

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(stdin), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static (int Exit, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    [Fact]
    public void Run_bare_it_prints_its_help()
    {
        var (exit, output, err) = Run();
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        Assert.Contains("Usage:", output);
        Assert.Contains("transform <template>", output);
    }

    [Fact]
    public void Help_names_the_tool_as_users_type_it_and_hides_the_internal_command()
    {
        var (_, output, _) = Run("--help");
        Assert.Contains("  dotnet sam-transform [command] [options]", output);
        Assert.DoesNotContain("dotnet-sam-transform", output);
        Assert.DoesNotContain("conformance", output);
        Assert.Contains("dotnet sam-transform transform <template>... [options]", Run("transform", "--help").Out);
        // Hidden, still there.
        var (exit, _, err) = Run("conformance", _missingCorpus);
        Assert.Equal(2, exit);
        Assert.Contains("has no input/ folder", err);
    }

    private readonly string _missingCorpus = Path.Combine(Path.GetTempPath(), "no-such-corpus");

    [Fact]
    public void An_unknown_command_gets_the_closest_one()
    {
        var (exit, _, err) = Run("tranform", "template.yaml");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: Unknown command 'tranform'. Did you mean 'transform'? Commands: transform, validate, explain, diff.", err);
        Assert.Contains("Run 'dotnet sam-transform --help' for usage.", err);
    }

    [Fact]
    public void An_unknown_option_gets_the_closest_one_of_its_command()
    {
        var (exit, _, err) = Run("transform", "--partiton", "aws", Hello);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: Unknown option '--partiton' for 'transform'. Did you mean '--partition'?", err);
        Assert.Contains("Run 'dotnet sam-transform transform --help' for usage.", err);
        Assert.StartsWith("error: Unknown option '--formt' for 'validate'. Did you mean '--format'?", Run("validate", Hello, "--formt=json").Err);
        Assert.StartsWith("error: Unknown option '--frobnicate' for 'validate'.\n", Run("validate", Hello, "--frobnicate").Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_partition_is_one_aws_has()
    {
        var (exit, output, err) = Run("transform", Hello, "--partition", "aws-us-gob");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("error: 'aws-us-gob' is not a partition (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc). Did you mean 'aws-us-gov'?", err);
        Assert.Equal(2, Run("validate", Hello, "--partition", "azure").Exit);
        Assert.Contains("arn:aws-us-gov:", Run("transform", Hello, "--partition", "aws-us-gov", "--region", "us-gov-west-1").Out);
    }

    [Fact]
    public void The_region_is_a_region_name_and_implies_its_partition()
    {
        var (exit, _, err) = Run("transform", Hello, "--region", "us-eats1");
        Assert.Equal(2, exit);
        Assert.Contains("error: 'us-eats1' is not a region name (such as us-east-1, eu-west-1, cn-north-1).", err);
        Assert.Contains("arn:aws-cn:", Run("transform", Hello, "--region", "cn-north-1").Out);
        (exit, _, err) = Run("validate", Hello, "--region", "cn-north-1", "--partition", "aws");
        Assert.Equal(2, exit);
        Assert.Contains("error: region 'cn-north-1' is in partition 'aws-cn', not 'aws'.", err);
    }

    [Fact]
    public void A_dash_reads_the_template_from_standard_input()
    {
        var text = File.ReadAllText(Hello);
        var (exit, output, _) = RunWithInput(text, "transform", "-");
        Assert.Equal(0, exit);
        Assert.Equal("AWS::Lambda::Function", (string?)JObject.Parse(output)["Resources"]!["OrdersFunction"]!["Type"]);
        var (bad, _, err) = RunWithInput("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n", "validate", "-");
        Assert.Equal(1, bad);
        Assert.Contains("stdin(2,3): error SAM2002: Resource with id [Fn] is invalid.", err);
    }

    [Fact]
    public void Output_folders_are_created()
    {
        var target = Path.Combine(_dir, "a", "b", "template.json");
        var (exit, _, err) = Run("transform", Hello, "-o", target);
        Assert.True(exit == 0, err);
        Assert.True(File.Exists(target));
        var validated = Path.Combine(_dir, "c", "template.json");
        Assert.Equal(0, Run("validate", Hello, "-o", validated).Exit);
        Assert.True(File.Exists(validated));
    }

    [Fact]
    public void An_output_that_is_a_folder_is_refused_with_a_message()
    {
        foreach (var command in (string[])["transform", "validate"])
        {
            var (exit, _, err) = Run(command, Hello, "-o", _dir);
            Assert.Equal(2, exit);
            Assert.Contains($"error: -o '{_dir}' is a folder; give the file to write, such as '{Path.Combine(_dir, "template.json")}'.", err);
        }
    }

    [Fact]
    public void A_folder_given_as_the_template_is_named_a_folder()
    {
        var folder = Path.GetDirectoryName(Hello)!;
        var (exit, _, err) = Run("transform", folder);
        Assert.Equal(2, exit);
        Assert.Contains($"error: '{folder}' is a folder, not a template file. Did you mean '{Hello}'?", err);
        Assert.Contains($"error: '{_dir}' is a folder, not a template file.", Run("validate", _dir).Err);
        Assert.Contains("error: template file '/no/such/template.yaml' was not found.", Run("validate", "/no/such/template.yaml").Err);
    }

    [Fact]
    public void An_unreadable_file_says_why()
    {
        // A file that exists but cannot be read, even by root: reading this one fails with an I/O error.
        if (!OperatingSystem.IsLinux()) return;
        var (exit, _, err) = Run("transform", "/proc/self/mem");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: cannot read '/proc/self/mem': ", err);
    }

    [Fact]
    public void Local_paths_without_local_artifacts_get_a_hint()
    {
        var template = Path.Combine(RepoPaths.Fixtures, "validate", "clean", "function-local-code.yaml");
        var (exit, _, err) = Run("transform", template);
        Assert.Equal(1, exit);
        Assert.Contains("'CodeUri' is not a valid S3 Uri", err);
        Assert.Contains("hint: the template names local files or folders (CodeUri, ContentUri, DefinitionUri, ...); pass --local-artifacts to accept them as `sam package` would.", err);
        // Not for a template that is wrong for another reason.
        var bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/k\n");
        Assert.DoesNotContain("hint:", Run("transform", bad).Err);
    }
}
