using SamTransform.Cli;
using Xunit;

namespace SamTransform.Tests.Cli;

public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Transform_writes_cloudformation_to_stdout()
    {
        var (exit, output, _) = Run("transform", Path.Combine(RepoPaths.Fixtures, "hello-function", "template.yaml"));
        Assert.Equal(0, exit);
        Assert.Contains("\"AWS::Lambda::Function\"", output);
    }

    [Fact]
    public void Invalid_template_exits_1_with_canonical_diagnostic()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: s3://b/k\n");
        try
        {
            var (exit, _, err) = Run("transform", file);
            Assert.Equal(1, exit);
            Assert.Contains($"{file}(2,3): error SAM2002: Resource with id [Fn] is invalid.", err);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, Run("transform").Exit);
        Assert.Equal(2, Run("frobnicate").Exit);
        Assert.Equal(2, Run("transform", "/no/such/template.yaml").Exit);
    }
}
