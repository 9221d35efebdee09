using SamTransform.Cli;
using SamTransform.Model;
using SamTransform.Resources;
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

    /// <summary>A SAM type this tool does not implement yet (the first in the list), and one SAM does not define.</summary>
    public static TheoryData<string, string> UnhandledSamTypes()
    {
        var data = new TheoryData<string, string>();
        if (SamTypes.ResourceTypes.FirstOrDefault(t => ResourceExpanderRegistry.Default.Find(t) is null) is { } missing)
            data.Add(missing, $"error SAM2006: {missing} is not supported yet by SamTransform (resource [R]).");
        data.Add("AWS::Serverless::Functio", "error SAM2005: Resource [R]: 'AWS::Serverless::Functio' is not an AWS SAM resource type");
        return data;
    }

    [Theory]
    [MemberData(nameof(UnhandledSamTypes))]
    public void A_SAM_type_without_an_expander_fails_transform_and_validate_at_its_type_line(string type, string diagnostic)
    {
        var file = Path.Combine(Path.GetTempPath(), $"samtype-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, $"Transform: AWS::Serverless-2016-10-31\nResources:\n  R:\n    Type: {type}\n    Properties: {{}}\n");
        try
        {
            var (exit, output, err) = Run("transform", file);
            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.Contains($"{file}(4,11): {diagnostic}", err);

            (exit, output, err) = Run("validate", file);
            Assert.Equal(1, exit);
            Assert.Contains($"{file}(4,11): {diagnostic}", err);
            Assert.DoesNotContain("0 error(s)", output);
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
