using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.StateMachine;

/// <summary>State machine <c>Api</c> events: StartExecution routes. Expected values are the reference's for the same templates.</summary>
public class StateMachineApiEventsTests
{
    private static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Region = "us-east-1" });
    }

    private static string Template(string events) => $$$$"""
        Resources:
          SM:
            Type: AWS::Serverless::StateMachine
            Properties:
              Definition: {StartAt: A, States: {A: {Type: Pass, End: true}}}
              Policies: []
              Events:
        {{{{events}}}}
          Api:
            Type: AWS::Serverless::Api
            Properties: {StageName: s}
        """;

    [Fact]
    public void A_route_starts_an_execution_as_a_role_api_gateway_assumes()
    {
        var result = Transform(Template("""
                E: {Type: Api, Properties: {Path: /a, Method: get}}
                F: {Type: Api, Properties: {Path: /b, Method: post, UnescapeMappingTemplate: true, RestApiId: !Ref Api}}
        """));
        Assert.True(result.Succeeded, result.ErrorMessage);
        var resources = (JObject)result.Output!["Resources"]!;
        Assert.Equal(
            ["Api", "ApiDeploymente34aaae09b", "ApisStage", "SM", "SMERole", "SMFRole", "SMRole", "ServerlessRestApi", "ServerlessRestApiDeploymentaff955bf5e", "ServerlessRestApiProdStage"],
            resources.Properties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(JArray.Parse("""
            [{"PolicyName": "SMFRoleStartExecutionPolicy", "PolicyDocument": {"Statement": [{"Action": "states:StartExecution", "Effect": "Allow", "Resource": {"Ref": "SM"}}]}}]
            """), resources["SMFRole"]!["Properties"]!["Policies"]);
        Assert.Equal("apigateway.amazonaws.com", (string)resources["SMFRole"]!["Properties"]!["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]![0]!);
        var post = resources["Api"]!["Properties"]!["Body"]!["paths"]!["/b"]!["post"]!;
        Assert.Equal("""{"input": "$util.escapeJavaScript($input.json('$')).replaceAll("\\'","'")", "stateMachineArn": "${SM}"}""",
            (string)post["x-amazon-apigateway-integration"]!["requestTemplates"]!["application/json"]!["Fn::Sub"]!);
        Assert.Equal(JObject.Parse("""{"200": {"description": "OK"}, "400": {"description": "Bad Request"}}"""), post["responses"]);
    }

    [Theory]
    [InlineData("{Path: /a, Method: get, Foo: 1}", "Resource with id [SME] is invalid. property Foo not defined for resource of type Api")]
    [InlineData("{Path: /a}", "Resource with id [SM] is invalid. Event with id [E] is invalid. Property 'Method' is required.")]
    [InlineData("{}", "Resource with id [SME] is invalid. Missing required property 'Path'.")]
    [InlineData("{Path: /a, Method: get, TimeoutInMillis: 1}", "Resource with id [SME] is invalid. property TimeoutInMillis not defined for resource of type Api")]
    [InlineData("{Path: /a, Method: get, UnescapeMappingTemplate: !Ref X}", "Resource with id [SME] is invalid. Type of property 'UnescapeMappingTemplate' is invalid.")]
    [InlineData("{Path: /a, Method: get, RestApiId: Nope}", "Resource with id [SM] is invalid. Event with id [E] is invalid. RestApiId must be a valid reference to an 'AWS::Serverless::Api' resource in same template.")]
    public void Event_errors_read_as_the_reference_words_them(string properties, string cause)
    {
        var result = Transform(Template($"        E: {{Type: Api, Properties: {properties}}}"));
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. " + cause, result.ErrorMessage);
    }
}
