using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Resources;
using SamTransform.Specification;
using Xunit;

namespace SamTransform.Tests.Pipeline;

/// <summary>
/// No <c>AWS::Serverless::</c> type ever reaches the output: every SAM type is expanded, or the transform fails with
/// "not supported yet"; a type SAM does not define is an error although AWS's transform would pass it through.
/// </summary>
public class ResourceExpansionStageTests
{
    /// <summary>
    /// A minimal valid resource of each SAM type (each accepted by AWS's transform, the last three excepted: it does not
    /// know them yet). The resource is <c>R</c>, its <c>Type</c> on line 4, column 11.
    /// </summary>
    private static readonly Dictionary<string, string> MinimalProperties = new()
    {
        ["AWS::Serverless::Api"] = "StageName: Prod\nDefinitionBody: {swagger: '2.0', info: {title: t, version: '1'}, paths: {}}",
        ["AWS::Serverless::Application"] = "Location: https://bucket.s3.amazonaws.com/template.yaml",
        ["AWS::Serverless::CapacityProvider"] = "VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}",
        ["AWS::Serverless::Connector"] = "Source: {Id: Fn}\nDestination: {Id: Table}\nPermissions: [Read]",
        ["AWS::Serverless::Function"] = "Runtime: python3.12\nHandler: app.handler\nInlineCode: x",
        ["AWS::Serverless::GraphQLApi"] = "SchemaInline: 'type Query { a: String }'\nAuth: {Type: API_KEY}",
        ["AWS::Serverless::HttpApi"] = "StageName: Prod",
        ["AWS::Serverless::LayerVersion"] = "ContentUri: s3://bucket/layer.zip",
        ["AWS::Serverless::SimpleTable"] = "PrimaryKey: {Name: id, Type: String}",
        ["AWS::Serverless::StateMachine"] = "Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}\nRole: arn:aws:iam::123456789012:role/r",
        ["AWS::Serverless::WebSocketApi"] = "RouteSelectionExpression: $request.body.action\nRoutes:\n  $connect: {FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:f}",
        ["AWS::Serverless::MicrovmImage"] = "BaseImageArn: arn:aws:lambda:us-east-1:123456789012:microvm-image:base\nCodeUri: s3://bucket/image.zip",
        ["AWS::Serverless::NetworkConnector"] = "VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}",
        ["AWS::Serverless::WebFunction"] = "CodeUri: s3://bucket/web.zip",
    };

    /// <summary>The resource types AWS's transform 1.110 expands (asked one by one; any other it passes through).</summary>
    private static readonly string[] ReferenceTypes =
    [
        "AWS::Serverless::Api", "AWS::Serverless::Application", "AWS::Serverless::CapacityProvider", "AWS::Serverless::Connector",
        "AWS::Serverless::Function", "AWS::Serverless::GraphQLApi", "AWS::Serverless::HttpApi", "AWS::Serverless::LayerVersion",
        "AWS::Serverless::SimpleTable", "AWS::Serverless::StateMachine", "AWS::Serverless::WebSocketApi",
    ];

    public static TheoryData<string> SamResourceTypes() => [.. SamTypes.ResourceTypes];

    private static string Template(string type, string properties) =>
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  R:\n    Type: " + type + "\n    Properties:\n" +
        string.Concat(properties.Split('\n').Select(line => "      " + line + "\n")) +
        // The connector's ends; harmless beside the other types.
        "  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.12, Handler: app.handler, InlineCode: x}\n" +
        "  Table:\n    Type: AWS::Serverless::SimpleTable\n";

    private static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions());
    }

    /// <summary>Every string of the output in SAM's namespace, outside <c>Metadata</c> (connectors record their ends' SAM types there, as the reference does).</summary>
    private static List<string> SamTypesIn(JToken output) =>
        [.. output.SelectTokens("$..*").OfType<JValue>()
            .Where(v => v.Type == JTokenType.String && SamTypes.InSamNamespace((string)v!) && !v.Path.Contains("Metadata", StringComparison.Ordinal))
            .Select(v => $"{v.Path} = {v}")];

    [Theory]
    [MemberData(nameof(SamResourceTypes))]
    public void Every_SAM_type_is_expanded_or_fails_as_not_supported_yet(string type)
    {
        Assert.True(MinimalProperties.TryGetValue(type, out var properties), $"add a minimal valid {type} to this test");
        var result = Transform(Template(type, properties));
        if (ResourceExpanderRegistry.Default.Find(type) is not null)
        {
            Assert.True(result.Output is not null, result.ErrorMessage);
            Assert.Empty(SamTypesIn(result.Output!));
        }
        else
        {
            Assert.Null(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.Equal("SAM2006", error.Code);
            Assert.Equal($"{type} is not supported yet by SamTransform (resource [R]).", error.Message);
            Assert.Equal((4, 11), (error.Location!.Value.Line, error.Location.Value.Column));
            Assert.Equal("R", error.ResourceId);
        }
    }

    /// <summary>The SAM resources the transform makes itself (the implicit REST and HTTP APIs, from events) are expanded too.</summary>
    [Fact]
    public void The_implicit_apis_events_create_are_expanded_too()
    {
        var result = Transform("""
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Api: {Cors: "'*'"}
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  InlineCode: x
                  Events:
                    Rest: {Type: Api, Properties: {Path: /a, Method: get}}
                    Http: {Type: HttpApi, Properties: {Path: /b, Method: post}}
              Sm:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
                  Events:
                    Rest: {Type: Api, Properties: {Path: /c, Method: post}}
            """);
        Assert.True(result.Output is not null, result.ErrorMessage);
        Assert.Empty(SamTypesIn(result.Output!));
        var types = ((JObject)result.Output!["Resources"]!).Properties().Select(p => (string)p.Value["Type"]!).ToList();
        Assert.Contains("AWS::ApiGateway::RestApi", types);
        Assert.Contains("AWS::ApiGatewayV2::Api", types);
    }

    /// <summary>Every template of the shared corpus that transforms (under any partition's conditions) leaves no SAM resource type in the output.</summary>
    [Conformance.ConformanceFact]
    public void No_output_of_the_corpus_has_a_SAM_resource_type()
    {
        var conditions = SamTransform.Conformance.CorpusConditions.Load(RepoPaths.SharedConformance);
        var outputs = 0;
        var left = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedConformance, "input"), "*.yaml"))
        {
            var read = TemplateReader.ReadFile(file);
            if (!read.Succeeded) continue;
            foreach (var (partition, region) in conditions.Partitions)
            {
                var result = SamTransformer.Transform(read.Template!, new TransformOptions
                {
                    Partition = partition,
                    Region = region,
                    ParameterValues = conditions.ParameterValues,
                    ManagedPolicyMap = conditions.ManagedPoliciesFor(partition),
                });
                if (result.Output?["Resources"] is not JObject resources) continue;
                outputs++;
                left.AddRange(resources.Properties()
                    .Where(r => r.Value["Type"] is JValue { Type: JTokenType.String } t && SamTypes.InSamNamespace((string)t!))
                    .Select(r => $"{Path.GetFileName(file)} [{partition}]: {r.Name} {r.Value["Type"]}"));
            }
        }
        Assert.True(outputs > 1000, $"only {outputs} outputs");
        Assert.Empty(left);
    }

    [Fact]
    public void The_list_of_SAM_types_holds_every_type_the_reference_and_the_SAM_schema_know()
    {
        Assert.Empty(ReferenceTypes.Except(SamTypes.ResourceTypes));
        var schema = SamInputSchema.Document;
        var schemaTypes = ((JObject)schema["definitions"]!).Properties().Select(p => p.Name).Where(SamTypes.InSamNamespace);
        Assert.Empty(schemaTypes.Except(SamTypes.ResourceTypes));
    }

    [Fact]
    public void Every_expander_is_for_a_SAM_type_the_list_has() =>
        Assert.Empty(ResourceExpanderRegistry.Default.Types.Except(SamTypes.ResourceTypes));

    [Theory]
    [InlineData("AWS::Serverless::Foo", "")]
    [InlineData("AWS::Serverless::function", " Did you mean 'AWS::Serverless::Function'?")]
    [InlineData("aws::serverless::HttpApi", " Did you mean 'AWS::Serverless::HttpApi'?")]
    [InlineData("AWS::Serverless::SimpleTables", " Did you mean 'AWS::Serverless::SimpleTable'?")]
    public void A_type_SAM_does_not_define_is_an_error_at_its_type(string type, string suggestion)
    {
        // AWS's transform leaves these in its output, which CloudFormation then rejects.
        var result = Transform($"Resources:\n  R:\n    Type: {type}\n    Properties: {{}}\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal("SAM2005", error.Code);
        Assert.Equal($"Resource [R]: '{type}' is not an AWS SAM resource type (AWS's transform leaves it in the template and CloudFormation rejects it as an unrecognized resource type).{suggestion}", error.Message);
        Assert.Equal((3, 11), (error.Location!.Value.Line, error.Location.Value.Column));
    }

    [Theory]
    [InlineData("AWS::S3::Bucket")]
    [InlineData("Custom::Thing")]
    [InlineData("5")]
    [InlineData("[AWS::Serverless::Function]")]
    [InlineData("{Ref: T}")]
    public void Other_types_pass_through_as_the_reference_passes_them(string type)
    {
        var yaml = $"Resources:\n  R:\n    Type: {type}\n    Properties: {{A: 1}}\n";
        var result = Transform(yaml);
        Assert.True(result.Output is not null, result.ErrorMessage);
        Assert.True(JToken.DeepEquals(TemplateReader.Read(yaml).Template!["Resources"], result.Output!["Resources"]));
    }
}
