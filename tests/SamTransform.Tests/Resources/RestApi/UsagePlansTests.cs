using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary><c>Auth.UsagePlan</c> and <c>ApiKeySourceType</c> of REST APIs; expected values are the reference translator's.</summary>
public class UsagePlansTests
{
    private static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Partition = "aws", Region = "us-east-1" });
    }

    private static JObject Output(string yaml)
    {
        var result = Transform(yaml);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return result.Output!;
    }

    /// <summary>APIs given as (id, attribute line, Auth) and one function.</summary>
    private static string Template(string? globalAuth, params (string Id, string Attributes, string Auth)[] apis)
    {
        var lines = new List<string> { "Conditions:", "  C1: {Fn::Equals: [a, a]}", "  C2: {Fn::Equals: [a, b]}" };
        if (globalAuth is not null) lines.AddRange(["Globals:", "  Api:", "    Auth: " + globalAuth]);
        lines.Add("Resources:");
        foreach (var (id, attributes, auth) in apis)
        {
            lines.AddRange(["  " + id + ":", "    Type: AWS::Serverless::Api"]);
            if (attributes.Length > 0) lines.Add("    " + attributes);
            lines.AddRange(["    Properties:", "      StageName: Prod"]);
            if (auth.Length > 0) lines.Add("      Auth: " + auth);
        }
        lines.AddRange(["  Fn:", "    Type: AWS::Serverless::Function", "    Properties: {Runtime: python3.12, Handler: index.handler, CodeUri: s3://b/k}"]);
        return string.Join('\n', lines) + "\n";
    }

    private static string Compact(JToken? token) => token!.ToString(Formatting.None);

    [Fact]
    public void A_plan_per_api_takes_the_apis_condition_and_policies()
    {
        var resources = (JObject)Output(Template(null,
            ("Zed", "Condition: C1", "{UsagePlan: {CreateUsagePlan: PER_API}}"),
            ("Alpha", "DeletionPolicy: Retain", "{ApiKeyRequired: true, UsagePlan: {CreateUsagePlan: PER_API, Description: d}}")))["Resources"]!;
        Assert.Equal("""{"ApiStages":[{"ApiId":{"Ref":"Alpha"},"Stage":{"Ref":"AlphaProdStage"}}],"Description":"d"}""", Compact(resources["AlphaUsagePlan"]!["Properties"]));
        Assert.Equal("""["Alpha"]""", Compact(resources["AlphaUsagePlan"]!["DependsOn"]));
        Assert.Equal("Retain", (string)resources["AlphaApiKey"]!["DeletionPolicy"]!);
        Assert.Equal("""{"Enabled":true,"StageKeys":[{"RestApiId":{"Ref":"Alpha"},"StageName":{"Ref":"AlphaProdStage"}}]}""", Compact(resources["AlphaApiKey"]!["Properties"]));
        Assert.Equal("""["AlphaUsagePlan"]""", Compact(resources["AlphaApiKey"]!["DependsOn"]));
        Assert.Equal("""{"KeyId":{"Ref":"ZedApiKey"},"KeyType":"API_KEY","UsagePlanId":{"Ref":"ZedUsagePlan"}}""", Compact(resources["ZedUsagePlanKey"]!["Properties"]));
        Assert.Equal("C1", (string)resources["ZedUsagePlanKey"]!["Condition"]!);
    }

    [Fact]
    public void A_shared_plan_covers_every_api_with_their_combined_condition()
    {
        var output = Output(Template("{UsagePlan: {CreateUsagePlan: SHARED}}", ("Zed", "Condition: C1", ""), ("Alpha", "Condition: C2", ""), ("Mid", "Condition: C1", "")));
        var resources = (JObject)output["Resources"]!;
        Assert.Equal("""{"Fn::Or":[{"Condition":"C1"},{"Condition":"C2"}]}""", Compact(output["Conditions"]!["SharedUsagePlanCondition"]));
        Assert.Equal("""["Alpha","Mid","Zed"]""", Compact(resources["ServerlessUsagePlan"]!["DependsOn"]));
        Assert.Equal("SharedUsagePlanCondition", (string)resources["ServerlessApiKey"]!["Condition"]!);
        Assert.Equal(3, ((JArray)resources["ServerlessApiKey"]!["Properties"]!["StageKeys"]!).Count);
        Assert.Equal("""["ServerlessApiKey"]""", Compact(resources["ServerlessUsagePlanKey"]!["DependsOn"]));
    }

    [Fact]
    public void A_shared_plan_of_apis_with_one_condition_names_it()
    {
        var output = Output(Template("{UsagePlan: {CreateUsagePlan: SHARED}}", ("Zed", "Condition: C1", ""), ("Alpha", "Condition: C1", "")));
        Assert.Equal("C1", (string)output["Conditions"]!["SharedUsagePlanCondition"]!);
    }

    [Fact]
    public void A_shared_plan_takes_the_settings_of_the_last_api_translated()
    {
        var resources = (JObject)Output(Template(null,
            ("Zed", "DeletionPolicy: Retain", "{UsagePlan: {CreateUsagePlan: SHARED, Throttle: {RateLimit: 1}}}"),
            ("Alpha", "DeletionPolicy: Delete", "{UsagePlan: {CreateUsagePlan: SHARED, Description: a, Quota: {Limit: 1}}}")))["Resources"]!;
        var plan = resources["ServerlessUsagePlan"]!;
        Assert.Equal("""{"RateLimit":1}""", Compact(plan["Properties"]!["Throttle"]));
        Assert.Null(plan["Properties"]!["Description"]);
        Assert.Equal("Retain", (string)plan["DeletionPolicy"]!);
        Assert.Null(plan["Condition"]);
    }

    [Theory]
    [InlineData("{UsagePlan: {}}", "'CreateUsagePlan' is a required field for UsagePlan.")]
    [InlineData("{UsagePlan: {CreateUsagePlan: FOO}}", "'CreateUsagePlan' accepts one of ['SHARED', 'PER_API', 'NONE'].")]
    [InlineData("{UsagePlan: {CreateUsagePlan: PER_API, Foo: 1}}", "Invalid property for 'UsagePlan'")]
    [InlineData("{UsagePlan: 5}", "'UsagePlan' must be a dictionary")]
    public void Errors_are_the_references(string auth, string expected)
    {
        var result = Transform(Template(null, ("Zed", "", auth)));
        Assert.False(result.Succeeded);
        Assert.EndsWith("Resource with id [Zed] is invalid. " + expected, result.ErrorMessage);
    }

    [Fact]
    public void The_api_key_source_is_the_rest_apis_and_an_empty_one_is_none()
    {
        var resources = (JObject)Output(Template(null, ("A", "", ""), ("B", "", "")).Replace("  B:\n    Type: AWS::Serverless::Api\n    Properties:\n", "  B:\n    Type: AWS::Serverless::Api\n    Properties:\n      ApiKeySourceType: ''\n", StringComparison.Ordinal)
            .Replace("  A:\n    Type: AWS::Serverless::Api\n    Properties:\n", "  A:\n    Type: AWS::Serverless::Api\n    Properties:\n      ApiKeySourceType: AUTHORIZER\n", StringComparison.Ordinal))["Resources"]!;
        Assert.Equal("AUTHORIZER", (string)resources["A"]!["Properties"]!["ApiKeySourceType"]!);
        Assert.Null(resources["B"]!["Properties"]!["ApiKeySourceType"]);
    }

    private static string PropagatingApis(string createA, string apiB) => $$"""
        Resources:
          ApiA:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              DefinitionBody:
                swagger: "2.0"
                paths: {}
              PropagateTags: true
              Tags: {A1: x, A2: y}
              Auth:
                ApiKeyRequired: true
                UsagePlan:
                  CreateUsagePlan: {{createA}}
                  Tags: [{Key: P, Value: q}]
        {{apiB}}
        """;

    private static string SharingApi(bool propagates) => $$"""
          ApiB:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              DefinitionBody:
                swagger: "2.0"
                paths: {}
              PropagateTags: {{propagates.ToString().ToLowerInvariant()}}
              Tags: {B1: x}
              Auth:
                ApiKeyRequired: true
                UsagePlan: {CreateUsagePlan: SHARED}
        """;

    [Fact]
    public void Propagated_tags_replace_the_plans_own_and_go_on_the_key_too()
    {
        var resources = (JObject)Output(PropagatingApis("PER_API", ""))["Resources"]!;
        const string tags = """[{"Key":"A1","Value":"x"},{"Key":"A2","Value":"y"}]""";
        Assert.Equal(tags, Compact(resources["ApiAUsagePlan"]!["Properties"]!["Tags"]));
        Assert.Equal(tags, Compact(resources["ApiAApiKey"]!["Properties"]!["Tags"]));
        Assert.Null(resources["ApiAUsagePlanKey"]!["Properties"]!["Tags"]);
    }

    [Theory]
    [InlineData(true, """[{"Key":"B1","Value":"x"}]""")]
    [InlineData(false, null)]
    public void A_shared_plan_and_key_take_the_tags_the_last_api_translated_propagates(bool propagates, string? expected)
    {
        var resources = (JObject)Output(PropagatingApis("SHARED", SharingApi(propagates)))["Resources"]!;
        foreach (var id in (string[])["ServerlessUsagePlan", "ServerlessApiKey"])
            Assert.Equal(expected, resources[id]!["Properties"]!["Tags"] is { } tags ? Compact(tags) : null);
    }
}
