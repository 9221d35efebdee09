using Newtonsoft.Json.Linq;
using SamTransform.Cli;
using Xunit;
using static SamTransform.Tests.Validation.ValidationTestSupport;

namespace SamTransform.Tests.Validation;

public class ValidateCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Defect(string name) => Path.Combine(Defects, name + ".yaml");

    [Fact]
    public void Errors_exit_1_in_the_canonical_text_form()
    {
        var file = Defect("lambda-memory-too-large");
        var (exit, _, err) = Run("validate", file);
        Assert.Equal(1, exit);
        Assert.Contains($"{file}(11,19): error SAM3102: MemorySize 20480 is above the Lambda maximum of 10240 MB", err);
    }

    [Fact]
    public void Warnings_alone_exit_0_unless_they_count_as_errors()
    {
        var file = Defect("iam-admin");
        Assert.Equal(0, Run("validate", file).Exit);
        var (exit, _, err) = Run("validate", file, "--warnings-as-errors");
        Assert.Equal(1, exit);
        Assert.Contains("error SAM3171", err);
    }

    [Fact]
    public void Json_format_lists_each_diagnostic()
    {
        var (exit, output, _) = Run("validate", Defect("cfn-range"), "--format", "json");
        Assert.Equal(1, exit);
        var d = (JObject)Assert.Single((JArray)JObject.Parse(output)["diagnostics"]!);
        Assert.Equal("SAM3014", (string?)d["code"]);
        Assert.Equal("error", (string?)d["level"]);
        Assert.Equal(8, (int?)d["line"]);
        Assert.Equal("Queue", (string?)d["resource"]);
        Assert.Equal("Resources.Queue.Properties.DelaySeconds", (string?)d["path"]);
        foreach (var key in (string[])["message", "file", "column"]) Assert.NotNull(d[key]);
    }

    [Fact]
    public void Sarif_format_is_sarif_2_1_0()
    {
        var (_, output, _) = Run("validate", Defect("cfn-range"), "--format", "sarif");
        var sarif = JObject.Parse(output);
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        var result = sarif["runs"]![0]!["results"]![0]!;
        Assert.Equal("SAM3014", (string?)result["ruleId"]);
        Assert.Equal(8, (int?)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]);
    }

    [Fact]
    public void Output_is_written_only_when_there_are_no_errors()
    {
        var target = Path.Combine(Path.GetTempPath(), $"validate-{Guid.NewGuid():N}", "out.json");
        try
        {
            Assert.Equal(0, Run("validate", Path.Combine(Clean, "function-local-code.yaml"), "-o", target).Exit);
            Assert.Equal("AWS::Lambda::Function", (string?)JObject.Parse(File.ReadAllText(target))["Resources"]!["Hello"]!["Type"]);
            File.Delete(target);
            Assert.Equal(1, Run("validate", Defect("cfn-range"), "-o", target).Exit);
            Assert.False(File.Exists(target));
        }
        finally
        {
            if (File.Exists(target)) File.Delete(target);
        }
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, Run("validate").Exit);
        Assert.Equal(2, Run("validate", "/no/such/template.yaml").Exit);
        Assert.Equal(2, Run("validate", Defect("cfn-range"), "--format", "xml").Exit);
        Assert.Equal(2, Run("validate", Defect("cfn-range"), "--schemas", "/no/such/folder").Exit);
    }

    [Fact]
    public void Transform_accepts_local_artifacts_on_request()
    {
        var template = Path.Combine(Clean, "function-local-code.yaml");
        Assert.Equal(1, Run("transform", template).Exit);
        var (exit, output, _) = Run("transform", template, "--local-artifacts");
        Assert.Equal(0, exit);
        Assert.Contains("sam-local-artifacts", output);
        var (missingExit, _, err) = Run("transform", Defect("local-codeuri-missing"), "--local-artifacts");
        Assert.Equal(1, missingExit);
        Assert.Contains("error SAM3003", err);
    }
}
