using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Resources;

public class ApplicationExpanderTests
{
    /// <summary>A repository stand-in: fixed answers per application id, and a recorded call log.</summary>
    private sealed class FakeRepository(Dictionary<string, ApplicationTemplateStatus[]> statuses, TimeSpan? timeout = null) : IApplicationResolver
    {
        public List<string> Calls { get; } = [];
        public TimeSpan Slept { get; private set; }

        public ApplicationTemplate CreateTemplate(string applicationId, string semanticVersion)
        {
            Calls.Add($"create {applicationId} {semanticVersion}");
            if (!statuses.TryGetValue(applicationId, out var sequence)) throw new ApplicationLookupException($"Cannot access application: {applicationId}.");
            return new ApplicationTemplate(applicationId, "t-" + applicationId, $"https://templates.example/{applicationId}/{semanticVersion}", sequence[0]);
        }

        public ApplicationTemplateStatus GetTemplateStatus(string applicationId, string templateId)
        {
            Calls.Add($"poll {applicationId}");
            var sequence = statuses[applicationId];
            return sequence[Math.Min(Calls.Count(c => c == $"poll {applicationId}"), sequence.Length - 1)];
        }

        public ApplicationWaitPolicy WaitPolicy(IReadOnlyList<ApplicationTemplate> pending) =>
            new(timeout ?? TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2), d => Slept += d);
    }

    private static string App(string location, string extra = "") => $$"""
        Transform: AWS::Serverless-2016-10-31
        Mappings:
          Versions:
            eu-west-1: {Auth: 3.0.0}
        Parameters:
          AuthId:
            Type: String
            Default: arn:aws:serverlessrepo:eu-west-1:123456789012:applications/auth
        Resources:
          Auth:
            Type: AWS::Serverless::Application
            Properties:
              Location: {{location}}
        {{extra}}
        """;

    [Fact]
    public void A_url_location_becomes_a_nested_stack()
    {
        var stack = Expand(App("https://bucket.s3.amazonaws.com/t.yaml"))["Auth"]!;
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"Type": "AWS::CloudFormation::Stack", "Properties": {"Tags": [{"Key": "lambda:createdBy", "Value": "SAM"}], "TemplateURL": "https://bucket.s3.amazonaws.com/t.yaml"}}
            """), stack));
    }

    [Fact]
    public void A_repository_location_is_resolved_through_parameters_and_mappings_and_tagged()
    {
        var repository = new FakeRepository(new() { ["arn:aws:serverlessrepo:eu-west-1:123456789012:applications/auth"] = [ApplicationTemplateStatus.Active] });
        var resources = Expand(App("{ApplicationId: !Ref AuthId, SemanticVersion: !FindInMap [Versions, !Ref 'AWS::Region', Auth]}"),
            new TransformOptions { Region = "eu-west-1", ApplicationResolver = repository });
        var properties = resources.Properties("Auth");
        Assert.Equal("https://templates.example/arn:aws:serverlessrepo:eu-west-1:123456789012:applications/auth/3.0.0", (string)properties["TemplateURL"]!);
        Assert.True(JToken.DeepEquals(JArray.Parse("""
            [{"Key": "lambda:createdBy", "Value": "SAM"},
             {"Key": "serverlessrepo:applicationId", "Value": "arn:aws:serverlessrepo:eu-west-1:123456789012:applications/auth"},
             {"Key": "serverlessrepo:semanticVersion", "Value": "3.0.0"}]
            """), properties["Tags"]));
        Assert.Equal(["create arn:aws:serverlessrepo:eu-west-1:123456789012:applications/auth 3.0.0"], repository.Calls);
    }

    [Fact]
    public void The_same_application_version_is_looked_up_once()
    {
        var repository = new FakeRepository(new() { ["app"] = [ApplicationTemplateStatus.Active] });
        Expand(App("{ApplicationId: app, SemanticVersion: 1.0.0}", """
              Again:
                Type: AWS::Serverless::Application
                Properties:
                  Location: {ApplicationId: app, SemanticVersion: 1.0.0}
            """), new TransformOptions { ApplicationResolver = repository });
        Assert.Single(repository.Calls);
    }

    [Fact]
    public void A_preparing_template_is_polled_until_active()
    {
        var repository = new FakeRepository(new() { ["app"] = [ApplicationTemplateStatus.Preparing, ApplicationTemplateStatus.Preparing, ApplicationTemplateStatus.Active] });
        Expand(App("{ApplicationId: app, SemanticVersion: 1.0.0}"), new TransformOptions { ApplicationResolver = repository });
        Assert.Equal(["create app 1.0.0", "poll app", "poll app"], repository.Calls);
        Assert.Equal(TimeSpan.FromSeconds(2), repository.Slept);
    }

    [Fact]
    public void A_template_never_ready_times_out_within_the_budget()
    {
        var repository = new FakeRepository(new() { ["app"] = [ApplicationTemplateStatus.Preparing] }, TimeSpan.FromSeconds(6));
        var error = Error(App("{ApplicationId: app, SemanticVersion: 1.0.0}"), new TransformOptions { ApplicationResolver = repository });
        Assert.Equal("Resource with id [['app']] is invalid. Timed out waiting for nested stack templates to reach ACTIVE status.", error.Message);
        Assert.Equal(TimeSpan.FromSeconds(6), repository.Slept);
    }

    [Fact]
    public void An_expired_template_is_an_error_about_the_application()
    {
        var repository = new FakeRepository(new() { ["app"] = [ApplicationTemplateStatus.Expired] });
        var error = Error(App("{ApplicationId: app, SemanticVersion: 1.0.0}"), new TransformOptions { ApplicationResolver = repository });
        Assert.Equal("Resource with id [app] is invalid. Template for app with id t-app returned status: EXPIRED. Cannot access an expired template.", error.Message);
    }

    [Fact]
    public void Offline_an_application_id_is_a_clear_error_at_the_id()
    {
        var error = Error(App("{ApplicationId: app, SemanticVersion: 1.0.0}"));
        Assert.StartsWith("Resource with id [Auth] is invalid. Cannot access application: app. SamTransform works offline", error.Message);
        Assert.Equal(13, error.Location!.Value.Line);
    }

    [Theory]
    [InlineData("{SemanticVersion: 1.0.0}", "Resource is missing the required [ApplicationId] property.")]
    [InlineData("{ApplicationId: app, SemanticVersion: ''}", "Property 'SemanticVersion' cannot be blank.")]
    [InlineData("{ApplicationId: [app], SemanticVersion: 1.0.0}", "Property 'Location.ApplicationId' should be a string.")]
    [InlineData("{ApplicationId: !GetAtt X.Y, SemanticVersion: 1.0.0}", "Property 'ApplicationId' cannot be resolved. Only FindInMap and Ref intrinsic functions are supported.")]
    [InlineData("{ApplicationId: '{{resolve:ssm:/app}}', SemanticVersion: 1.0.0}", "Serverless Application Repostiory does not support dynamic reference in 'ApplicationId' property.")]
    [InlineData("[https://x]", "Type of property 'Location' is invalid.")]
    public void Location_errors_are_the_reference_messages(string location, string message) =>
        Assert.Equal("Resource with id [Auth] is invalid. " + message, Error(App(location)).Message);

    /// <summary>SAM checks a repository location (and looks it up) before the application's own properties.</summary>
    [Theory]
    [InlineData("{SemanticVersion: 1.0.0}", "Resource is missing the required [ApplicationId] property.")]
    [InlineData("{ApplicationId: null, SemanticVersion: 1.0.0}", "Property 'ApplicationId' is required.")]
    [InlineData("{ApplicationId: app, SemanticVersion: ''}", "Property 'SemanticVersion' cannot be blank.")]
    [InlineData("{ApplicationId: '{{resolve:ssm:/app}}', SemanticVersion: 1.0.0}", "Serverless Application Repostiory does not support dynamic reference in 'ApplicationId' property.")]
    [InlineData("{ApplicationId: no-access, SemanticVersion: 1.0.0}", "Cannot access application: no-access.")]
    public void Location_errors_come_before_an_unknown_property_or_a_wrong_type(string location, string message)
    {
        var repository = new FakeRepository([]);
        Assert.Equal("Resource with id [Auth] is invalid. " + message, Error(App(location + "\n      Bogus: 1"), new TransformOptions { ApplicationResolver = repository }).Message);
        Assert.Equal("Resource with id [Auth] is invalid. " + message, Error(App(location + "\n      Tags: 5"), new TransformOptions { ApplicationResolver = repository }).Message);
    }

    [Fact]
    public void A_url_location_leaves_the_unknown_property_and_no_location_comes_first()
    {
        Assert.Equal("Resource with id [Auth] is invalid. property Bogus not defined for resource of type AWS::Serverless::Application",
            Error(App("https://x/y\n      Bogus: 1")).Message);
        Assert.Equal("Resource with id [Auth] is invalid. Resource is missing the required [Location] property.",
            Error(App("https://x/y").Replace("      Location: https://x/y", "      Bogus: 1")).Message);
    }

    /// <summary>The wait for templates still being prepared happens after errors in the resources too (not after an error before them).</summary>
    [Fact]
    public void A_template_never_ready_times_out_beside_the_resources_errors()
    {
        var repository = new FakeRepository(new() { ["app"] = [ApplicationTemplateStatus.Preparing] }, TimeSpan.FromSeconds(2));
        var result = Transform(App("{ApplicationId: app, SemanticVersion: 1.0.0}\n      Tags: 5", """
              Bad-Id:
                Type: AWS::Serverless::SimpleTable
            """), new TransformOptions { ApplicationResolver = repository });
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 3. Resource with id [Auth] is invalid. Property 'Tags' should be a map. "
            + "Resource with id [Bad-Id] is invalid. Logical ids must be alphanumeric. Resource with id [['app']] is invalid. Timed out waiting for nested stack templates to reach ACTIVE status.",
            result.ErrorMessage);
        var early = Transform(App("{ApplicationId: app, SemanticVersion: 1.0.0}", """
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: h
                  CodeUri: s3://b/k
                  Events:
                    E: {Type: HttpApi, Properties: {ApiId: !Ref Nope, Path: /a, Method: get}}
            """), new TransformOptions { ApplicationResolver = repository });
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Fn] is invalid. Event with id [E] is invalid. ApiId must be a valid reference to an 'AWS::Serverless::HttpApi' resource in same template.",
            early.ErrorMessage);
    }

    [Fact]
    public void An_expired_template_is_not_reported_beside_the_resources_errors()
    {
        var repository = new FakeRepository(new() { ["app"] = [ApplicationTemplateStatus.Expired] });
        var result = Transform(App("{ApplicationId: app, SemanticVersion: 1.0.0}", """
              Bad-Id:
                Type: AWS::Serverless::SimpleTable
            """), new TransformOptions { ApplicationResolver = repository });
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [Bad-Id] is invalid. Logical ids must be alphanumeric.", result.ErrorMessage);
    }

    [Fact]
    public void A_mapping_that_is_not_two_levels_deep_fails_the_document()
    {
        var template = App("{ApplicationId: !FindInMap [Flat, eu-west-1, Id], SemanticVersion: 1.0.0}", """
            Mappings:
              Flat:
                eu-west-1: [x]
            """).Replace("Mappings:\n  Versions:\n    eu-west-1: {Auth: 3.0.0}\n", "", StringComparison.Ordinal);
        var error = Error(template);
        Assert.Equal("Structure of the SAM template is invalid. Cannot use Fn::FindInMap on Mapping 'Flat' which is not a a two-level map.", error.Message);
    }
}
