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

    [Fact]
    public void Several_templates_are_reported_each_with_the_worst_exit_code()
    {
        var clean = Path.Combine(Clean, "glue-version-number.yaml");
        var defect = Defect("lambda-memory-too-large");
        var (exit, output, err) = Run("validate", clean, defect);
        Assert.Equal(1, exit);
        Assert.Contains($"{clean}: 0 error(s), 0 warning(s)", output);
        Assert.Contains($"{defect}: 1 error(s)", output);
        Assert.Contains("2 template(s): 1 error(s)", output);
        Assert.Contains($"{defect}(11,19): error SAM3102", err);
        Assert.Equal(2, Run("validate", clean, Path.Combine(Clean, "missing.yaml")).Exit);
    }

    [Fact]
    public void A_glob_names_every_matching_template_in_one_json_report()
    {
        var (exit, output, _) = Run("validate", Path.Combine(Defects, "ref-*.yaml"), "--format", "json");
        Assert.Equal(1, exit);
        var json = JObject.Parse(output);
        var files = json["templates"]!.Select(t => (string)t["file"]!).ToList();
        Assert.Equal(Directory.GetFiles(Defects, "ref-*.yaml").Length, files.Count);
        Assert.All(files, f => Assert.Contains(json["diagnostics"]!, d => (string)d["file"]! == f && (string)d["level"]! == "error"));
        Assert.Equal(2, Run("validate", Path.Combine(Defects, "no-such-*.yaml")).Exit);
    }

    [Fact]
    public void Sarif_of_several_templates_is_one_run_with_each_result_at_its_file()
    {
        var first = Defect("type-misspelt");
        var second = Defect("dependson-unknown");
        var (_, output, _) = Run("validate", first, second, "--format", "sarif");
        var results = JObject.Parse(output)["runs"]![0]!["results"]!;
        Assert.Contains(results, r => (string)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]! == first.Replace('\\', '/') && (string)r["ruleId"]! == "SAM3018");
        Assert.Contains(results, r => (string)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]! == second.Replace('\\', '/') && (string)r["ruleId"]! == "SAM3024");
    }

    [Fact]
    public void Transform_of_several_templates_writes_each_under_the_output_folder()
    {
        var dir = Directory.CreateTempSubdirectory("samtransform-many-");
        try
        {
            var a = Path.Combine(dir.FullName, "a", "template.yaml");
            var b = Path.Combine(dir.FullName, "b", "template.yaml");
            foreach (var f in (string[])[a, b])
            {
                Directory.CreateDirectory(Path.GetDirectoryName(f)!);
                File.Copy(Path.Combine(Clean, "image-function-codeuri.yaml"), f);
            }
            var output = Path.Combine(dir.FullName, "out");
            var (exit, _, err) = Run("transform", Path.Combine(dir.FullName, "**", "template.yaml"), "-o", output);
            Assert.True(exit == 0, err);
            Assert.Equal(2, Directory.GetFiles(output, "template.json", SearchOption.AllDirectories).Length);
            Assert.Equal(2, Run("transform", a, b).Exit);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
