using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.FunctionExpanderTests;

namespace SamTransform.Tests.Resources.GraphQLApi;

/// <summary>
/// GraphQL APIs: each template of <c>Cases/</c> (written for these tests) against what AWS's SAM translator made of it
/// (the <c>.json</c> beside it: the CloudFormation, or <c>errorMessage</c>), plus where errors point.
/// </summary>
public class GraphQLApiExpanderTests
{
    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "SamTransform.Tests", "Resources", "GraphQLApi", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_transform_matches_the_reference(string name)
    {
        var result = Transform(File.ReadAllText(Path.Combine(CasesFolder, name + ".yaml")));
        var expected = JObject.Parse(File.ReadAllText(Path.Combine(CasesFolder, name + ".json")));
        if (expected["errorMessage"] is { } message)
        {
            Assert.Null(result.Output);
            Assert.Equal((string)message!, result.ErrorMessage);
            Assert.All(result.Errors, e => Assert.NotNull(e.Location));
            return;
        }
        Assert.True(result.Output is not null, result.ErrorMessage);
        foreach (var (id, resource) in (JObject)expected["Resources"]!)
            Assert.True(JToken.DeepEquals(resource, result.Output!["Resources"]![id]), $"{id}: expected {resource}\nactual {result.Output!["Resources"]![id]}");
        Assert.Equal(((JObject)expected["Resources"]!).Count, ((JObject)result.Output!["Resources"]!).Count);
    }

    [Fact]
    public void A_model_error_points_at_the_offending_value_and_a_function_error_at_the_function()
    {
        var result = Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: x
                  Auth:
                    Type: AWS_IAM
                    Additional:
                      - Type: NOPE
              Other:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: x
                  Auth: {Type: AWS_IAM}
                  Functions:
                    Fn:
                      InlineCode: c
            """);
        var errors = result.Errors.ToDictionary(e => e.ResourceId!);
        Assert.Equal("Resource with id [Api] is invalid. Property 'Auth.Additional.0.Type' is invalid.", errors["Api"].Message);
        Assert.Equal(10, errors["Api"].Location!.Value.Line);
        Assert.Equal("Resource with id [Fn] is invalid. 'DataSource' must be set.", errors["Fn"].Message);
        Assert.Equal(18, errors["Fn"].Location!.Value.Line);
    }

    [Fact]
    public void Generated_resources_are_traced_to_the_api()
    {
        var result = Transform("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Api:
                Type: AWS::Serverless::GraphQLApi
                Properties:
                  SchemaInline: x
                  Auth: {Type: AWS_LAMBDA, LambdaAuthorizer: {AuthorizerUri: arn:aws:lambda:us-east-1:1:function:f}}
                  DataSources: {DynamoDb: {Table: {TableName: t}}}
            """);
        Assert.True(result.Output is not null, result.ErrorMessage);
        foreach (var id in (string[])["ApiSchema", "ApiCloudWatchRole", "ApiTableDynamoDBDataSourceRole", "ApiTableDynamoDBDataSourceToTableConnectorPolicy", "ApiToLambdaAuthConnector1WriteLambdaPermission"])
            Assert.Equal("Api", result.Origins[id]);
    }
}
