using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Validation;
using Xunit;
using static SamTransform.Tests.Validation.ValidationTestSupport;

namespace SamTransform.Tests.Validation;

public class TemplateValidatorTests
{
    private const string Function = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/code.zip
              Handler: app.handler
              Runtime: python3.12
              MemorySize: 12288
        """;

    [Fact]
    public void Diagnostics_name_the_sam_resource_and_the_line_it_was_written_on()
    {
        var d = Assert.Single(ValidateText(Function).Diagnostics);
        Assert.Equal("SAM3102", d.Code);
        Assert.Equal("Fn", d.ResourceId);
        Assert.Equal(9, d.Location?.Line);
        Assert.Equal("Resources.Fn.Properties.MemorySize", d.Path);
        Assert.Contains("12288", d.Message, StringComparison.Ordinal);
        Assert.Contains("10240", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_config_overrides_limits_and_levels()
    {
        var raised = RuleSettings.WithOverrides(JObject.Parse("""{"limits": {"Lambda.MemorySize.Max": 16384}}"""));
        Assert.Empty(ValidateText(Function, raised).Diagnostics);
        var warning = RuleSettings.WithOverrides(JObject.Parse("""{"levels": {"SAM3102": "warning"}}"""));
        Assert.Equal(DiagnosticLevel.Warning, Assert.Single(ValidateText(Function, warning).Diagnostics).Level);
        var off = RuleSettings.WithOverrides(JObject.Parse("""{"levels": {"SAM3102": "off"}}"""));
        Assert.Empty(ValidateText(Function, off).Diagnostics);
    }

    [Fact]
    public void Config_file_with_an_unknown_limit_is_rejected()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{"limits": {"Lambda.Memory.Max": 1}}""");
            Assert.Throws<FormatException>(() => RuleSettings.FromFile(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Local_code_folders_become_placeholder_s3_locations()
    {
        var result = ValidateFile(Path.Combine(Clean, "function-local-code.yaml"));
        var code = result.Output!["Resources"]!["Hello"]!["Properties"]!["Code"]!;
        Assert.Equal(LocalArtifactResolver.PlaceholderBucket, (string?)code["S3Bucket"]);
        Assert.Equal("local/src/hello", (string?)code["S3Key"]);
    }

    [Fact]
    public void A_graphql_api_schema_and_its_functions_and_resolvers_code_may_be_local_files()
    {
        var result = ValidateFile(Path.Combine(Clean, "graphql-local-code.yaml"));
        var resources = result.Output!["Resources"]!;
        var bucket = "s3://" + LocalArtifactResolver.PlaceholderBucket;
        Assert.Equal(bucket + "/local/graphql/schema.graphql", (string?)resources["HelloApiSchema"]!["Properties"]!["DefinitionS3Location"]);
        Assert.Equal(bucket + "/local/graphql/hello.js", (string?)resources["HelloApiSayHello"]!["Properties"]!["CodeS3Location"]);
        Assert.Equal(bucket + "/local/graphql/hello.js", (string?)resources["HelloApiQueryhello"]!["Properties"]!["CodeS3Location"]);
    }

    [Fact]
    public void With_local_artifacts_a_missing_or_empty_code_uri_is_the_template_folder()
    {
        // "CodeUri": "" is what AWS's .NET project templates write; sam package reads a missing one as the folder too.
        // Without local artifacts both are SAM's errors.
        var text = """
            {"Transform": "AWS::Serverless-2016-10-31", "Resources": {
              "Empty": {"Type": "AWS::Serverless::Function", "Properties": {"CodeUri": "", "Handler": "A::A.F::Run", "Runtime": "dotnet8"}},
              "Absent": {"Type": "AWS::Serverless::Function", "Properties": {"Handler": "A::A.F::Run", "Runtime": "dotnet8"}},
              "Image": {"Type": "AWS::Serverless::Function", "Properties": {"PackageType": "Image", "ImageUri": "123456789012.dkr.ecr.us-east-1.amazonaws.com/a:1"}}}}
            """;
        var read = SamTransform.Reading.TemplateReader.Read(text);
        var local = TemplateValidator.Validate(read.Template!, new ValidationOptions { Today = Today, TemplateDirectory = Path.GetTempPath() });
        Assert.Empty(local.Diagnostics);
        var resources = local.Output!["Resources"]!;
        foreach (var id in (string[])["Empty", "Absent"])
            Assert.Equal(LocalArtifactResolver.PlaceholderBucket, (string?)resources[id]!["Properties"]!["Code"]!["S3Bucket"]);
        Assert.Null(resources["Image"]!["Properties"]!["Code"]!["S3Bucket"]);

        var remote = TemplateValidator.Validate(read.Template!, new ValidationOptions { Today = Today });
        Assert.Contains(remote.Diagnostics, d => d.Message.Contains("[Empty] is invalid. 'CodeUri' is not a valid S3 Uri", StringComparison.Ordinal));
        Assert.Contains(remote.Diagnostics, d => d.Message.Contains("[Absent] is invalid. Only one of 'InlineCode' or 'CodeUri' can be set.", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_template_folder_local_paths_are_rejected_as_the_transform_does()
    {
        var read = SamTransform.Reading.TemplateReader.Read(Function.Replace("s3://bucket/code.zip", "src/", StringComparison.Ordinal));
        var result = TemplateValidator.Validate(read.Template!, new ValidationOptions { Today = Today });
        Assert.Contains(result.Diagnostics, d => d.Code == "SAM2002");
    }

    [Fact]
    public void Deprecations_follow_the_date()
    {
        var text = Function.Replace("python3.12", "nodejs20.x", StringComparison.Ordinal).Replace("12288", "128", StringComparison.Ordinal);
        Assert.Empty(ValidateText(text).Diagnostics);
        var read = SamTransform.Reading.TemplateReader.Read(text);
        var later = TemplateValidator.Validate(read.Template!, new ValidationOptions { Today = new DateOnly(2026, 5, 1) });
        Assert.Equal("SAM3111", Assert.Single(later.Diagnostics).Code);
    }
}
