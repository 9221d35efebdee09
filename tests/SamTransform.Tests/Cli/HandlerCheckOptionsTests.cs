using SamTransform.Cli;
using Xunit;

namespace SamTransform.Tests.Cli;

/// <summary>The <c>--handler-sources</c> options the MSBuild package passes to the CLI.</summary>
public sealed class HandlerCheckOptionsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"handler-cli-{Guid.NewGuid():N}");

    public HandlerCheckOptionsTests()
    {
        Directory.CreateDirectory(_dir);
        // A plain AWS::Lambda::Function with local code: the transform passes it through, the handler check reads it.
        File.WriteAllText(Path.Combine(_dir, "template.yaml"), """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: dotnet8
                  Code: .
                  Role: arn:aws:iam::123456789012:role/r
                  Handler: Shop::Shop.F::Hnadle
            """);
        File.WriteAllText(Path.Combine(_dir, "F.cs"), "namespace Shop; public class F { public System.IO.Stream Handle(System.IO.Stream s) => s; }");
        File.WriteAllText(Path.Combine(_dir, "sources.txt"), "F.cs\n");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Err) Transform(params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var template = Path.Combine(_dir, "template.yaml");
        var exit = CliApp.Run(["transform", template, "-o", Path.Combine(_dir, "out.json"), .. extra], stdout, stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void Wrong_handler_fails_with_a_located_error_and_no_output()
    {
        var (exit, err) = Transform("--handler-sources", Path.Combine(_dir, "sources.txt"), "--assembly-name", "Shop", "--project-dir", _dir);
        Assert.Equal(1, exit);
        Assert.Contains($"template.yaml(9,16): error SAM4004: Handler 'Shop::Shop.F::Hnadle': type 'Shop.F' has no public method 'Hnadle'. Did you mean 'Shop::Shop.F::Handle'?", err);
        Assert.False(File.Exists(Path.Combine(_dir, "out.json")));
    }

    [Fact]
    public void Without_the_options_nothing_is_checked()
    {
        var (exit, err) = Transform();
        Assert.Equal(0, exit);
        Assert.DoesNotContain("SAM4", err);
    }

    [Fact]
    public void Code_that_does_not_parse_skips_the_check()
    {
        File.WriteAllText(Path.Combine(_dir, "F.cs"), "namespace Shop; public class F { broken");
        var (exit, err) = Transform("--handler-sources", Path.Combine(_dir, "sources.txt"), "--assembly-name", "Shop", "--project-dir", _dir);
        Assert.Equal(0, exit);
        Assert.Contains("info SAM4009: The .NET handler check was skipped: ", err);
        Assert.True(File.Exists(Path.Combine(_dir, "out.json")));
    }

    [Fact]
    public void Validate_takes_the_same_options()
    {
        var template = Path.Combine(_dir, "sam.yaml");
        File.WriteAllText(template, """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: dotnet8
                  CodeUri: .
                  Handler: Shop::Shop.F::Hnadle
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(["validate", template, "--handler-sources", Path.Combine(_dir, "sources.txt"), "--assembly-name", "Shop", "--project-dir", _dir], stdout, stderr);
        Assert.Equal(1, exit);
        Assert.Contains("sam.yaml(8,16): error SAM4004: Handler 'Shop::Shop.F::Hnadle': type 'Shop.F' has no public method 'Hnadle'. Did you mean 'Shop::Shop.F::Handle'?", stderr.ToString());
    }

    [Fact]
    public void Sources_without_an_assembly_name_is_bad_usage() =>
        Assert.Equal(2, Transform("--handler-sources", Path.Combine(_dir, "sources.txt")).Exit);
}
