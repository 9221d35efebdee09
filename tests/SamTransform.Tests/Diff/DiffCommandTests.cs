using System.Diagnostics;
using Newtonsoft.Json.Linq;
using SamTransform.Tests.Explain;
using Xunit;

namespace SamTransform.Tests.Diff;

/// <summary>The <c>diff</c> command: its exit codes, formats, <c>--against</c> a git revision, and its help.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private static readonly string Before = Path.Combine(RepoPaths.Fixtures, "diff", "orders-before.yaml");
    private static readonly string After = Path.Combine(RepoPaths.Fixtures, "diff", "orders-after.yaml");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"diff-{Guid.NewGuid():N}");

    public DiffCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => ExplainCommandTests.Run(args);

    [Theory]
    [InlineData("text", "[~] GetOrderFunction  AWS::Lambda::Function  the function\n      MemorySize: 256 → 512\n")]
    [InlineData("json", "\"path\": \"MemorySize\"")]
    [InlineData("markdown", "| changed in place | `GetOrderFunction` | AWS::Lambda::Function | the function | `MemorySize`: `256` → `512` |")]
    public void Changes_exit_1_in_each_format(string format, string expected)
    {
        var (exit, output, err) = Run("diff", Before, After, "--format", format);
        Assert.Equal((1, ""), (exit, err));
        Assert.Contains(expected, output);
        if (format == "json") Assert.True((bool)JObject.Parse(output)["changed"]!);
    }

    [Fact]
    public void No_changes_exit_0()
    {
        var (exit, output, _) = Run("diff", Before, Before);
        Assert.Equal(0, exit);
        Assert.EndsWith(": no changes\n", output);
    }

    [Fact]
    public void A_template_that_does_not_transform_is_an_error_exit_2()
    {
        var (exit, output, err) = Run("diff", Before, Path.Combine(RepoPaths.Fixtures, "transform", "events-invalid.yaml"));
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("error SAM2003", err);
    }

    [Theory]
    [InlineData("one template")]
    [InlineData("three templates")]
    [InlineData("--against with two")]
    [InlineData("missing file")]
    [InlineData("bad format")]
    public void Bad_usage_exits_2(string usage)
    {
        string[] args = usage switch
        {
            "one template" => ["diff", Before],
            "three templates" => ["diff", Before, After, After],
            "--against with two" => ["diff", Before, After, "--against", "HEAD"],
            "missing file" => ["diff", Before, Path.Combine(_dir, "none.yaml")],
            _ => ["diff", Before, After, "--format", "html"],
        };
        var (exit, output, err) = Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: ", err);
    }

    [Fact]
    public void Against_a_git_revision_compares_the_committed_template_with_the_file()
    {
        var template = Path.Combine(_dir, "app", "template.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.Copy(Before, template);
        Git("init", "-q");
        Git("add", ".");
        Git("commit", "-q", "-m", "before");
        File.Copy(After, template, overwrite: true);

        var (exit, output, err) = Run("diff", template, "--against", "HEAD");
        Assert.Equal((1, ""), (exit, err));
        Assert.StartsWith($"{template}@HEAD → {template}: ", output);
        Assert.Contains("MemorySize: 256 → 512", output);

        Git("commit", "-q", "-am", "after");
        Assert.Equal(0, Run("diff", template, "--against", "HEAD").Exit);
        Assert.Equal(1, Run("diff", template, "--against", "HEAD~1").Exit);

        var (unknown, _, unknownErr) = Run("diff", template, "--against", "no-such-branch");
        Assert.Equal(2, unknown);
        Assert.Contains("'no-such-branch' is not a revision", unknownErr);

        var other = Path.Combine(_dir, "app", "other.yaml");
        File.Copy(Before, other);
        var (absent, _, absentErr) = Run("diff", other, "--against", "HEAD");
        Assert.Equal(2, absent);
        Assert.Contains($"'{other}' does not exist at revision 'HEAD' (as app/other.yaml).", absentErr);
    }

    [Fact]
    public void Against_outside_a_git_repository_is_a_clear_error()
    {
        // The temporary folder is not in a repository (unless the machine's is: then this says nothing).
        if (RunGit(Path.GetTempPath(), "rev-parse", "--show-toplevel").Exit == 0) return;
        var template = Path.Combine(_dir, "template.yaml");
        File.Copy(Before, template);
        var (exit, _, err) = Run("diff", template, "--against", "HEAD~1");
        Assert.Equal(2, exit);
        Assert.Contains("--against reads the old template from git, and", err);
        Assert.Contains("is not in a git repository", err);
    }

    [Fact]
    public void Help_teaches_with_examples()
    {
        var (exit, output, _) = Run("diff", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("dotnet sam-transform diff template.yaml --against HEAD~1", output);
        Assert.Contains("Exit codes: 0 no changes, 1 changes, 2 error", output);
        Assert.Contains("--format", output);
        Assert.Contains("diff template.yaml --against HEAD~1", Run("--help").Out);
    }

    /// <summary>
    /// explain and diff on every fixture (APIs, events, connectors, state machines...): no exception, the documented
    /// exit codes; each fixture against itself has no changes, and against the next one (another template) changes.
    /// </summary>
    [Fact]
    public void Explain_and_diff_work_on_every_fixture()
    {
        var files = ExplainTests.FixtureFiles().Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "diff"), "*.yaml")).ToList();
        var transforming = new List<string>();
        foreach (var file in files)
        {
            var ok = ExplainTests.Transform(Path.GetRelativePath(RepoPaths.Fixtures, file)).Succeeded;
            foreach (var format in new[] { "text", "json", "mermaid" })
                Assert.True(Run("explain", file, "--format", format, "--region", "eu-west-1").Exit == (ok ? 0 : 1), $"explain {file} --format {format}");
            var (exit, _, err) = Run("diff", file, file, "--region", "eu-west-1");
            Assert.True(exit == (ok ? 0 : 2), $"diff {file} itself: {exit} {err}");
            if (ok) transforming.Add(file);
        }
        Assert.True(transforming.Count > 20);
        for (var i = 0; i + 1 < transforming.Count; i++)
            foreach (var format in new[] { "text", "json", "markdown" })
            {
                var (exit, output, err) = Run("diff", transforming[i], transforming[i + 1], "--format", format, "--region", "eu-west-1");
                Assert.True(exit == 1 && err.Length == 0 && output.Length > 0, $"diff {transforming[i]} {transforming[i + 1]} --format {format}: {exit} {err}");
            }
    }

    private void Git(params string[] args)
    {
        var (exit, error) = RunGit(_dir, ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. args]);
        Assert.True(exit == 0, $"git {string.Join(' ', args)}: {error}");
    }

    private static (int Exit, string Error) RunGit(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
