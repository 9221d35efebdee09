using SamTransform.Cli;
using Xunit;

namespace SamTransform.Tests.Explain;

public class ExplainCommandTests
{
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Fixture(string relative) => Path.Combine(RepoPaths.Fixtures, relative);

    [Theory]
    [InlineData("text", "GetOrderFunctionRole  AWS::IAM::Role  execution role")]
    [InlineData("json", "\"why\": \"execution role\"")]
    [InlineData("mermaid", "flowchart LR")]
    public void Explain_writes_each_format(string format, string expected)
    {
        var (exit, output, _) = Run("explain", Fixture("explain/orders-api.yaml"), "--format", format);
        Assert.Equal(0, exit);
        Assert.Contains(expected, output);
    }

    [Fact]
    public void Explain_of_an_invalid_template_prints_its_errors_and_exits_1()
    {
        var (exit, output, err) = Run("explain", Fixture("transform/events-invalid.yaml"));
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("error SAM2003", err);
    }

    [Theory]
    [InlineData("explain", "no-such-template.yaml")]
    [InlineData("explain", "fixtures/hello-function/template.yaml", "--format", "dot")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (exit, _, _) = Run([.. args.Select(a => a.StartsWith("fixtures/", StringComparison.Ordinal) ? Path.Combine(RepoPaths.Root, a) : a)]);
        Assert.Equal(2, exit);
    }
}
