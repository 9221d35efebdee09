using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Resources.Connectors;
using Xunit;

namespace SamTransform.Tests.Resources.Connectors;

public class ConnectorProfilesTests
{
    /// <summary>
    /// The pairs of the "supported source and destination resource types" table of the AWS SAM connector reference,
    /// with SAM types replaced by the CloudFormation type they generate, and the permissions the table lists.
    /// </summary>
    public static TheoryData<string, string, string> DocumentedPairs() => new()
    {
        { "AWS::ApiGateway::RestApi", "AWS::Lambda::Function", "Write" },
        { "AWS::ApiGatewayV2::Api", "AWS::Lambda::Function", "Write" },
        { "AWS::AppSync::DataSource", "AWS::DynamoDB::Table", "Read,Write" },
        { "AWS::AppSync::DataSource", "AWS::Events::EventBus", "Write" },
        { "AWS::AppSync::DataSource", "AWS::Lambda::Function", "Write" },
        { "AWS::AppSync::GraphQLApi", "AWS::Lambda::Function", "Write" },
        { "AWS::DynamoDB::Table", "AWS::Lambda::Function", "Read" },
        { "AWS::Events::Rule", "AWS::Events::EventBus", "Write" },
        { "AWS::Events::Rule", "AWS::Lambda::Function", "Write" },
        { "AWS::Events::Rule", "AWS::StepFunctions::StateMachine", "Write" },
        { "AWS::Events::Rule", "AWS::SNS::Topic", "Write" },
        { "AWS::Events::Rule", "AWS::SQS::Queue", "Write" },
        { "AWS::Lambda::Function", "AWS::DynamoDB::Table", "Read,Write" },
        { "AWS::Lambda::Function", "AWS::Events::EventBus", "Write" },
        { "AWS::Lambda::Function", "AWS::Lambda::Function", "Write" },
        { "AWS::Lambda::Function", "AWS::Location::PlaceIndex", "Read" },
        { "AWS::Lambda::Function", "AWS::S3::Bucket", "Read,Write" },
        { "AWS::Lambda::Function", "AWS::StepFunctions::StateMachine", "Read,Write" },
        { "AWS::Lambda::Function", "AWS::SNS::Topic", "Write" },
        { "AWS::Lambda::Function", "AWS::SQS::Queue", "Read,Write" },
        { "AWS::S3::Bucket", "AWS::Lambda::Function", "Write" },
        { "AWS::SNS::Topic", "AWS::Lambda::Function", "Write" },
        { "AWS::SNS::Topic", "AWS::SQS::Queue", "Write" },
        { "AWS::SQS::Queue", "AWS::Lambda::Function", "Read,Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::DynamoDB::Table", "Read,Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::Events::EventBus", "Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::Lambda::Function", "Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::S3::Bucket", "Read,Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::StepFunctions::StateMachine", "Read,Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::SNS::Topic", "Write" },
        { "AWS::StepFunctions::StateMachine", "AWS::SQS::Queue", "Write" },
    };

    [Theory]
    [MemberData(nameof(DocumentedPairs))]
    public void Every_documented_pair_has_a_profile_with_the_documented_permissions(string source, string destination, string permissions)
    {
        var profile = ConnectorProfiles.Default.Find(source, destination);
        Assert.NotNull(profile);
        Assert.Equal(permissions.Split(',').Order(), profile.Categories.Order());
    }

    [Fact]
    public void Only_documented_pairs_have_profiles()
    {
        var documented = DocumentedPairs().Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        Assert.All(ConnectorProfiles.Default.All, p => Assert.Contains((p.Source, p.Destination), documented));
    }

    [Theory]
    [InlineData("AWS::Serverless::Function", "AWS::Lambda::Function")]
    [InlineData("AWS::Serverless::SimpleTable", "AWS::DynamoDB::Table")]
    [InlineData("AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine")]
    [InlineData("AWS::Serverless::Api", "AWS::ApiGateway::RestApi")]
    [InlineData("AWS::Serverless::HttpApi", "AWS::ApiGatewayV2::Api")]
    [InlineData("AWS::SQS::Queue", "AWS::SQS::Queue")]
    public void Sam_types_are_looked_up_as_what_they_generate(string type, string expected) =>
        Assert.Equal(expected, ConnectorProfiles.Default.ProfileType(type));

    [Fact]
    public void Placeholders_name_properties_the_endpoint_types_provide()
    {
        var direct = new[] { "Arn", "RoleName", "QueueUrl", "ResourceId", "Name", "Qualifier" };
        foreach (var (source, destination, profile) in ConnectorProfiles.Default.All)
        {
            Assert.True(profile.Kind != ConnectorPolicyKind.ManagedPolicy || profile.RoleOf is "Source" or "Destination", $"{source} -> {destination}: roleOf");
            foreach (var (_, template) in profile.Access)
                foreach (Match m in Regex.Matches(template.ToString(), @"%\{(Source|Destination)\.(\w+)\}"))
                {
                    var type = m.Groups[1].Value == "Source" ? source : destination;
                    Assert.Contains(m.Groups[2].Value, direct);
                    Assert.True(ConnectorProfiles.Default.RulesFor(type)?.ContainsKey(m.Groups[2].Value) == true, $"{type} has no rule for {m.Groups[2].Value}");
                }
        }
    }

    [Fact]
    public void Policy_statements_allow_actions_on_resources()
    {
        foreach (var (source, destination, profile) in ConnectorProfiles.Default.All.Where(p => p.Profile.Kind != ConnectorPolicyKind.LambdaPermission))
            foreach (var (category, template) in profile.Access)
                Assert.All((JArray)template, statement =>
                {
                    Assert.Equal("Allow", (string?)statement["Effect"]);
                    Assert.NotNull(statement["Action"]);
                    Assert.NotNull(statement["Resource"]);
                });
    }
}
