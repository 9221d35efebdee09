using System.Text.Json;
using Xunit;

namespace SamTransform.MSBuild.E2eTests;

/// <summary>
/// Projects shaped like those AWS's .NET Lambda templates create (serverless.EmptyServerless, AspNetCoreMinimalAPI, S3
/// and Annotations: a JSON <c>serverless.template</c>, <c>"CodeUri": ""</c>, no <c>CodeUri</c>, a handler of a type
/// Lambda Annotations generates) and the <c>sam init</c> layout (<c>template.yaml</c> two folders above the project),
/// built together through <c>fixtures/msbuild/Journey/Journey.slnx</c>: one build untouched, one with every handler
/// misspelt (an incremental build, nothing to compile).
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class JourneyTests(PackedFeed feed)
{
    /// <summary>Project folder, its template (relative to the project), the CloudFormation output, the handler, the handler misspelt, and the error that misspelling gives.</summary>
    private static readonly (string Project, string Template, string Output, string Handler, string Misspelt, string Error)[] Projects =
    [
        ("EmptyServerless", "serverless.template", "serverless.json",
            "EmptyServerless::EmptyServerless.Functions::Get", "EmptyServerless::EmptyServerless.Functions::Gte",
            "serverless.template(9,20): error SAM4004: Handler 'EmptyServerless::EmptyServerless.Functions::Gte': type 'EmptyServerless.Functions' has no public method 'Gte'. Did you mean 'EmptyServerless::EmptyServerless.Functions::Get'?"),
        ("MinimalApi", "serverless.template", "serverless.json",
            "\"MinimalApi\"", "\"MinimalAPI\"",
            "serverless.template(11,20): error SAM4002: "),
        ("S3Trigger", "serverless.template", "serverless.json",
            "S3Trigger.Function::FunctionHandler", "S3Trigger.Function::FunctionHandlr",
            "serverless.template(42,20): error SAM4004: Handler 'S3Trigger::S3Trigger.Function::FunctionHandlr': type 'S3Trigger.Function' has no public method 'FunctionHandlr'. Did you mean 'S3Trigger::S3Trigger.Function::FunctionHandler'?"),
        ("AnnotationsApi", "serverless.template", "serverless.json",
            "Functions_Default_Generated", "Functions_Defualt_Generated",
            "serverless.template(23,20): error SAM4003: "),
        ("sam-app/src/HelloWorld", "../../template.yaml", "template.json",
            "Function::FunctionHandler", "Function::FunctionHandlr",
            "../../template.yaml(17,16): error SAM4004: Handler 'HelloWorld::HelloWorld.Function::FunctionHandlr': type 'HelloWorld.Function' has no public method 'FunctionHandlr'. Did you mean 'HelloWorld::HelloWorld.Function::FunctionHandler'?"),
    ];

    private DotnetResult BuildAll(params string[] extra) =>
        feed.Dotnet("Journey", ["build", "Journey.slnx", "-tl:off", "-nodeReuse:false", $"-p:SamTransformVersion={feed.MSBuildPackageVersion}", .. extra]);

    private string PathOf(string project, string relative) => Path.GetFullPath(Path.Combine(feed.Samples, "Journey", project, relative));

    [Fact]
    public void Untouched_projects_build_and_check_their_handlers_and_a_misspelt_handler_fails_at_its_line_and_column()
    {
        var built = BuildAll();
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.Empty(built.Errors);
        // AWS's templates give their functions 30 s behind a REST API that waits 29 s, and use dotnet8, which Lambda
        // deprecated on 2026-11-10: validate says so, the build goes on.
        Assert.All(built.Warnings, w => Assert.True(w.Contains(": warning SAM3122: ", StringComparison.Ordinal)
            || w.Contains(": warning SAM3111: Runtime 'dotnet8' was deprecated", StringComparison.Ordinal), w));
        foreach (var (project, _, output, _, _, _) in Projects)
        {
            // The output is named after the template; an empty or missing CodeUri became the project folder.
            var file = PathOf(project, Path.Combine("obj", "Debug", "net10.0", "sam", output));
            Assert.True(File.Exists(file), $"{file} was not written.\n{built}");
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var functions = json.RootElement.GetProperty("Resources").EnumerateObject()
                .Where(r => r.Value.GetProperty("Type").GetString() == "AWS::Lambda::Function").ToList();
            Assert.NotEmpty(functions);
            foreach (var function in functions)
                Assert.Equal("sam-local-artifacts", function.Value.GetProperty("Properties").GetProperty("Code").GetProperty("S3Bucket").GetString());
        }

        var originals = Projects.ToDictionary(p => PathOf(p.Project, p.Template), p => File.ReadAllText(PathOf(p.Project, p.Template)));
        try
        {
            foreach (var (project, template, _, handler, misspelt, _) in Projects)
            {
                var path = PathOf(project, template);
                var text = File.ReadAllText(path);
                Assert.Contains(handler, text);
                File.WriteAllText(path, text.Replace(handler, misspelt, StringComparison.Ordinal));
            }
            var failed = BuildAll("--no-restore");
            Assert.NotEqual(0, failed.ExitCode);
            // The .NET SDK turns GenerateFullPaths on: templates are named by their full paths, as the compiler names sources.
            foreach (var (project, template, _, _, _, error) in Projects)
            {
                var expected = PathOf(project, template) + error[error.IndexOf('(', StringComparison.Ordinal)..];
                Assert.True(failed.Errors.Count(e => e.StartsWith(expected, StringComparison.Ordinal)) == 1, $"expected one error starting '{expected}'.\n{failed}");
            }
            // The Annotations template has a second function, still right.
            Assert.Equal(Projects.Length, failed.Errors.Count);

            // Without GenerateFullPaths, the template as the project finds it.
            var relative = feed.Dotnet("Journey/sam-app/src/HelloWorld", "build", "--no-restore", "-tl:off", "-nodeReuse:false", $"-p:SamTransformVersion={feed.MSBuildPackageVersion}", "-p:GenerateFullPaths=false");
            Assert.StartsWith(Projects[^1].Error, Assert.Single(relative.Errors), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var (path, text) in originals) File.WriteAllText(path, text);
        }
    }

    [Fact]
    public void Without_a_template_the_build_says_where_it_looked()
    {
        // A project folder of its own, two levels below the samples (outside any repository): nothing to find.
        var project = Path.Combine(feed.Samples, "Journey", "NoTemplate", "src", "Alone");
        Directory.CreateDirectory(project);
        File.Copy(PathOf("sam-app/src/HelloWorld", "HelloWorld.csproj"), Path.Combine(project, "Alone.csproj"), overwrite: true);
        File.WriteAllText(Path.Combine(project, "Function.cs"), "namespace Alone;\n\npublic class Function\n{\n    public string Handle(string input) => input;\n}\n");
        var result = feed.Dotnet("Journey/NoTemplate/src/Alone", "build", "-tl:off", "-nodeReuse:false", $"-p:SamTransformVersion={feed.MSBuildPackageVersion}");
        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("warning SAM4011: No SAM template found: looked for template.yaml, template.yml, serverless.template in ", warning);
        Assert.Contains(Path.Combine(feed.Samples, "Journey", "NoTemplate"), warning);
        Assert.Contains("<SamTemplate Include=\"path/to/template.yaml\" />", warning);
    }
}
