using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Resources;
using Xunit;

namespace SamTransform.Tests.Robustness;

/// <summary>
/// A bug in a stage or an expander is a located SAM2999 diagnostic, never an exception for the caller; and the SAM
/// types that exist answer a malformed <c>Properties</c> with the reference's error, not with the net.
/// </summary>
public class SafetyNetTests
{
    private const string Template = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties: {Runtime: python3.12, Handler: a.h, CodeUri: s3://b/k}
          Broken:
            Type: Test::Broken
        """;

    [Fact]
    public void An_exception_in_an_expander_is_reported_at_its_resource()
    {
        var registry = ResourceExpanderRegistry.Default;
        var broken = new ResourceExpanderRegistry();
        broken.Add(new FunctionExpander());
        broken.Add(new ThrowingExpander());
        var stages = SamTransformer.DefaultStages(registry).Select(s => s.Name == "resources" ? new SamTransform.Pipeline.Stages.ResourceExpansionStage(broken) : s).ToList();
        var result = SamTransformer.Transform(TemplateReader.Read(Template).Template!, new TransformOptions(), stages);
        var error = Assert.Single(result.Errors);
        Assert.Equal("SAM2999", error.Code);
        Assert.Equal("Broken", error.ResourceId);
        Assert.Equal(6, error.Location!.Value.Line);
        Assert.Contains("NullReferenceException", error.Message);
    }

    [Fact]
    public void An_exception_in_a_stage_is_a_located_diagnostic()
    {
        var stages = SamTransformer.DefaultStages(ResourceExpanderRegistry.Default).Append(new ThrowingStage()).ToList();
        var result = SamTransformer.Transform(TemplateReader.Read(Template).Template!, new TransformOptions(), stages);
        Assert.Null(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal("SAM2999", error.Code);
        Assert.NotNull(error.Location);
    }

    public static TheoryData<string, string> MalformedProperties()
    {
        string[] types = ["Function", "Api", "HttpApi", "SimpleTable", "LayerVersion", "StateMachine", "Application", "Connector", "GraphQLApi"];
        string[] shapes = ["text", "[1, 2]", "42", "''"];
        var data = new TheoryData<string, string>();
        foreach (var type in types)
            foreach (var shape in shapes)
                data.Add(type, shape);
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedProperties))]
    public void Properties_of_the_wrong_shape_get_a_reference_error(string type, string shape)
    {
        // The function's events point at the resource, so stages that look across resources meet it too. Whatever else
        // is reported, the resource's own error must be the one AWS's translator gives for every SAM type.
        var yaml = $$"""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Target:
                Type: AWS::Serverless::{{type}}
                Properties: {{shape}}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: a.h
                  CodeUri: s3://b/k
                  Events:
                    Http: {Type: HttpApi, Properties: {ApiId: !Ref Target, Path: /x, Method: get} }
                    Rest: {Type: Api, Properties: {RestApiId: !Ref Target, Path: /y, Method: get} }
            """;
        var result = RobustnessCheck.Run(yaml);
        Assert.True(result.Failure is null, result.Failure);
        Assert.True(result.InternalErrors.Count == 0, string.Join("\n", result.InternalErrors.Select(d => d.Format("t.yaml"))));
        var errors = SamTransformer.Transform(TemplateReader.Read(yaml).Template!).Errors;
        Assert.Contains(errors, e => e.ResourceId == "Target" && e.Message == "Resource with id [Target] is invalid. Attribute 'Properties' should be a map.");
    }

    private sealed class ThrowingExpander : IResourceExpander
    {
        public string ResourceType => "Test::Broken";
        public IReadOnlySet<string> Properties { get; } = new HashSet<string>();
        public void Expand(SamResource resource, TransformContext context) => throw new NullReferenceException();
    }

    private sealed class ThrowingStage : ITransformStage
    {
        public string Name => "throwing";
        public void Run(TransformContext context) => throw new InvalidOperationException("a bug");
    }
}
