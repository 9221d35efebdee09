using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary><c>Auth.ResourcePolicy</c> of REST APIs and <c>Api</c> events; expected values are the reference translator's.</summary>
public class ResourcePoliciesTests
{
    private static TransformResult Transform(string yaml)
    {
        var read = TemplateReader.Read(yaml);
        Assert.True(read.Succeeded);
        return SamTransformer.Transform(read.Template!, new TransformOptions { Partition = "aws", Region = "us-east-1" });
    }

    /// <summary>An API with the policy and three routes: <c>/a</c> (get and post) and <c>/b/{x}</c> (any).</summary>
    private static string Template(string policy, string extra = "") => $$"""
        Parameters:
          P: {Type: String, Default: vpc-p}
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: Prod
              Auth:
                ResourcePolicy: {{policy}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              CodeUri: s3://b/k
              Events:
                A:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /a, Method: get}
                B:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: /a, Method: post{{extra}}}
                C:
                  Type: Api
                  Properties: {RestApiId: !Ref MyApi, Path: '/b/{x}', Method: any}
        """;

    private static JObject Resources(string yaml)
    {
        var result = Transform(yaml);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return (JObject)result.Output!["Resources"]!;
    }

    private static JToken? Policy(JObject resources) => resources["MyApi"]!["Properties"]!["Body"]!["x-amazon-apigateway-policy"];

    [Fact]
    public void Every_rule_kind_on_every_path()
    {
        var resources = Resources(Template("""
            {AwsAccountWhitelist: ['123'], AwsAccountBlacklist: ['789'], IpRangeWhitelist: ['1.2.3.4'], IpRangeBlacklist: ['5.6.7.8'], SourceVpcWhitelist: ['vpc-1', 'vpce-2'], SourceVpcBlacklist: ['vpc-3'], IntrinsicVpcWhitelist: [!Ref P], IntrinsicVpceBlacklist: ['vpce-x'], CustomStatements: [{Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*'}]}
            """));
        Assert.NotNull(resources["MyApiDeployment3fdf6f9d76"]);
        var statements = (JArray)Policy(resources)!["Statement"]!;
        Assert.Equal(15, statements.Count);
        var first = statements[0];
        Assert.Equal("""[{"Fn::Sub":["execute-api:/${__Stage__}/*/b/*",{"__Stage__":"Prod"}]}]""", first["Resource"]!.ToString(Formatting.None));
        Assert.Equal("""{"StringNotEquals":{"aws:SourceVpc":["vpc-1","vpc-p"],"aws:SourceVpce":["vpce-2"]}}""", statements[6]["Condition"]!.ToString(Formatting.None));
        Assert.Equal("""["execute-api:/${__Stage__}/POST/a","execute-api:/${__Stage__}/GET/a"]""",
            new JArray(statements[7]["Resource"]!.Select(r => r["Fn::Sub"]![0])).ToString(Formatting.None));
        Assert.Equal("execute-api:/*", (string)statements[14]["Resource"]!);
    }

    [Fact]
    public void A_single_statement_is_the_policys_statement()
    {
        var resources = Resources("""
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Auth:
                    ResourcePolicy: {AwsAccountWhitelist: ['1']}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: index.handler
                  CodeUri: s3://b/k
                  Events:
                    A:
                      Type: Api
                      Properties: {RestApiId: !Ref MyApi, Path: /a, Method: get}
            """);
        Assert.IsType<JObject>(Policy(resources)!["Statement"]);
    }

    [Fact]
    public void Rules_that_produce_nothing_leave_an_empty_policy()
    {
        var resources = Resources(Template("{SourceVpcWhitelist: 'vpc-1'}"));
        Assert.Equal("{}", Policy(resources)!.ToString(Formatting.None));
    }

    [Fact]
    public void Event_policies_come_first_and_custom_statements_are_not_repeated()
    {
        var resources = Resources(Template("{AwsAccountBlacklist: ['9']}", ", Auth: {ResourcePolicy: {AwsAccountWhitelist: ['1'], CustomStatements: [{Effect: Allow}]}}"));
        var statements = (JArray)Policy(resources)!["Statement"]!;
        Assert.Equal("Allow", (string)statements[0]["Effect"]!);
        Assert.Equal("""{"Effect":"Allow"}""", statements[1].ToString(Formatting.None));
        Assert.Equal(4, statements.Count);
    }

    [Theory]
    [InlineData("{AwsAccountWhitelist: '1'}", "Type of '1' must be a list or dictionary")]
    [InlineData("5", "ResourcePolicy must be a map (ResourcePolicyStatement).")]
    [InlineData("{SourceVpcWhitelist: [vpc-1, !GetAtt X.Y]}", "SourceVpcWhitelist must be a list of strings. Use IntrinsicVpcWhitelist instead for values that use Intrinsic Functions")]
    public void Errors_are_the_references(string policy, string expected)
    {
        var result = Transform(Template(policy));
        Assert.False(result.Succeeded);
        Assert.EndsWith("Structure of the SAM template is invalid. " + expected, result.ErrorMessage);
    }
}
