using Newtonsoft.Json.Linq;
using SamTransform.Tests.Resources;
using Xunit;

namespace SamTransform.Tests.Resources.Connectors;

/// <summary>Connector scenarios written for this project: transform a template, check the generated resources or errors.</summary>
public class ConnectorExpanderTests
{
    private const string Function = """
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              InlineCode: pass

        """;

    private static JObject Resources(string resources)
    {
        var result = FunctionExpanderTests.Transform("Resources:\n" + resources);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return (JObject)result.Output!["Resources"]!;
    }

    private static string Error(string resources)
    {
        var result = FunctionExpanderTests.Transform("Resources:\n" + resources);
        Assert.False(result.Succeeded);
        return string.Join("\n", result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Function_to_table_attaches_a_managed_policy_to_the_generated_role()
    {
        var resources = Resources(Function + """
              Orders:
                Type: AWS::Serverless::SimpleTable
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: { Id: Fn }
                  Destination: { Id: Orders }
                  Permissions: [Write]
            """);
        var policy = resources["ConnPolicy"]!;
        Assert.Equal("AWS::IAM::ManagedPolicy", (string?)policy["Type"]);
        Assert.True(JToken.DeepEquals(JToken.Parse("""[{"Ref":"FnRole"}]"""), policy["Properties"]!["Roles"]));
        var statement = policy["Properties"]!["PolicyDocument"]!["Statement"]![0]!;
        Assert.Contains("dynamodb:PutItem", statement["Action"]!.Values<string>());
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"Fn::GetAtt":["Orders","Arn"]}"""), statement["Resource"]![0]));
        var metadata = policy["Metadata"]!["aws:sam:connectors"]!["Conn"]!;
        Assert.Equal("AWS::Serverless::Function", (string?)metadata["Source"]!["Type"]);
        Assert.Equal("AWS::Serverless::SimpleTable", (string?)metadata["Destination"]!["Type"]);
        Assert.Null(resources["Conn"]);
    }

    [Fact]
    public void Embedded_connectors_become_connectors_named_after_the_source()
    {
        var resources = Resources("""
              Topic:
                Type: AWS::SNS::Topic
                Connectors:
                  ToQueue:
                    Condition: IsProd
                    Properties:
                      Destination: { Id: Queue }
                      Permissions: [Write]
              Queue:
                Type: AWS::SQS::Queue
            """);
        var policy = resources["TopicToQueueQueuePolicy"]!;
        Assert.Equal("AWS::SQS::QueuePolicy", (string?)policy["Type"]);
        Assert.Equal("IsProd", (string?)policy["Condition"]);
        Assert.True(JToken.DeepEquals(JToken.Parse("""[{"Ref":"Queue"}]"""), policy["Properties"]!["Queues"]));
        Assert.Null(resources["Topic"]!["Connectors"]);
    }

    [Fact]
    public void Event_source_mappings_and_dependents_of_a_connector_wait_for_its_policy()
    {
        var resources = Resources(Function + """
              Queue:
                Type: AWS::SQS::Queue
              Mapping:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref Fn
                  EventSourceArn: !GetAtt Queue.Arn
              Other:
                Type: AWS::SNS::Topic
                DependsOn: [Queue, Conn]
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: { Id: Queue }
                  Destination: { Id: Fn }
                  Permissions: [Read, Write]
            """);
        Assert.True(JToken.DeepEquals(JToken.Parse("""["ConnPolicy"]"""), resources["Mapping"]!["DependsOn"]));
        Assert.True(JToken.DeepEquals(JToken.Parse("""["Queue","ConnPolicy"]"""), resources["Other"]!["DependsOn"]));
        Assert.True(JToken.DeepEquals(JToken.Parse("""[{"Ref":"FnRole"}]"""), resources["ConnPolicy"]!["Properties"]!["Roles"]));
    }

    [Fact]
    public void Several_destinations_get_numbered_resources()
    {
        var resources = Resources("""
              Rule:
                Type: AWS::Events::Rule
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: { Id: Rule }
                  Destination:
                  - Type: AWS::Lambda::Function
                    Arn: arn:aws:lambda:eu-west-1:123456789012:function:f
                  - Type: AWS::SNS::Topic
                    Arn: arn:aws:sns:eu-west-1:123456789012:t
                  Permissions: [Write]
            """);
        Assert.Equal("arn:aws:lambda:eu-west-1:123456789012:function:f", (string?)resources["ConnWriteLambdaPermissionDestination0"]!["Properties"]!["FunctionName"]);
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"Fn::GetAtt":["Rule","Arn"]}"""), resources["ConnTopicPolicyDestination1"]!["Properties"]!["PolicyDocument"]!["Statement"]![0]!["Condition"]!["ArnEquals"]!["aws:SourceArn"]));
    }

    [Theory]
    [InlineData("Source: { Id: Fn }\n      Destination: { Id: Nope }\n      Permissions: [Read]", "Unable to find resource with logical ID 'Nope'.")]
    [InlineData("Source: { Id: Fn }\n      Destination: { Type: AWS::Kinesis::Stream, Arn: x }\n      Permissions: [Read]", "Unable to create connector from AWS::Lambda::Function to AWS::Kinesis::Stream; it's not supported or the template is invalid.")]
    [InlineData("Source: { Id: Fn }\n      Destination: { Type: AWS::SNS::Topic, Arn: x }\n      Permissions: [Read]", "Unsupported 'Permissions' provided for connector from AWS::Lambda::Function to AWS::SNS::Topic; valid values are: Write.")]
    [InlineData("Source: { Type: AWS::SQS::Queue, Arn: x }\n      Destination: { Id: Fn }\n      Permissions: [Read]", "Unsupported 'Permissions' provided for connector from AWS::SQS::Queue to AWS::Lambda::Function; valid combinations are: Read + Write.")]
    [InlineData("Source: { Type: AWS::Lambda::Function, Arn: x }\n      Destination: { Id: Fn }\n      Permissions: [Write]", "Unable to get IAM role name from 'Source' resource.")]
    [InlineData("Source: { Type: AWS::SNS::Topic }\n      Destination: { Id: Fn }\n      Permissions: [Write]", "Source.Arn is missing.")]
    [InlineData("Source: { Id: Fn, Arn: x }\n      Destination: { Id: Fn }\n      Permissions: [Write]", "Must provide 'Id' (with optional 'Qualifier') or a supported combination of other properties.")]
    [InlineData("Source: { Id: Fn }\n      Destination: { Id: Fn }", "Missing required property 'Permissions'.")]
    [InlineData("Source: { Id: Fn }\n      Destination: []\n      Permissions: [Write]", "'Destination' is an empty list")]
    public void Errors_use_the_reference_messages(string properties, string message)
    {
        var error = Error(Function + "  Conn:\n    Type: AWS::Serverless::Connector\n    Properties:\n      " + properties + "\n");
        Assert.Equal($"Resource with id [Conn] is invalid. {message}", error);
    }

    [Fact]
    public void Embedded_connector_errors_are_reported_with_those_of_other_resources()
    {
        var error = Error(Function + """
              Queue:
                Type: AWS::SQS::Queue
                Connectors:
                  Bad:
                    Properties: nope
                  ToFn:
                    Properties:
                      Destination: { Id: Fn }
                      Permissions: [Write]
            """);
        Assert.Equal(
            "Resource with id [Queue] is invalid. Attribute 'Connectors.Bad.Properties' should be a map.\n" +
            "Resource with id [QueueToFn] is invalid. Unsupported 'Permissions' provided for connector from AWS::SQS::Queue to AWS::Lambda::Function; valid combinations are: Read + Write.",
            error);
    }

    [Fact]
    public void A_plain_resource_whose_type_is_no_string_is_passed_through_beside_a_connector()
    {
        var resources = Resources(Function + """
              Queue:
                Type: AWS::SQS::Queue
              Odd:
                Type: [AWS::Lambda::EventSourceMapping]
                Properties:
                  FunctionName: !Ref Fn
                  EventSourceArn: !GetAtt Queue.Arn
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: { Id: Queue }
                  Destination: { Id: Fn }
                  Permissions: [Read, Write]
            """);
        Assert.NotNull(resources["ConnPolicy"]);
        Assert.Null(resources["Odd"]!["DependsOn"]);
    }

    [Theory]
    // The expected values are what AWS's translator answered.
    [InlineData("[]", "Resource with id [Conn] is invalid. 'Permissions' cannot be empty; valid values are: Read, Write.")]
    [InlineData("{Ref: Queue}", "Resource with id [Conn] is invalid. Unsupported 'Permissions' provided for connector from AWS::Lambda::Function to AWS::SQS::Queue; valid values are: Read, Write.")]
    [InlineData("5", "Resource with id [Conn] is invalid. Type of property 'Permissions' is invalid.")]
    public void Permissions_are_checked_against_the_profile(string permissions, string message)
    {
        Assert.Equal(message, Error(Function + $$"""
              Queue:
                Type: AWS::SQS::Queue
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Fn}
                  Destination: {Id: Queue}
                  Permissions: {{permissions}}
            """));
    }

    [Fact]
    public void A_resource_that_failed_to_transform_is_connected_as_its_SAM_type_and_an_empty_reference_needs_an_id()
    {
        // AWS's translator: the function is still AWS::Serverless::Function, which no profile connects.
        var errors = Error("""
              Queue: {Type: AWS::SQS::Queue}
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, InlineCode: pass}
              Conn:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {Id: Fn}
                  Destination: {Id: Queue}
                  Permissions: [Write]
              Empty:
                Type: AWS::Serverless::Connector
                Properties:
                  Source: {}
                  Destination: {Id: Queue}
                  Permissions: [Write]
            """);
        Assert.Contains("Resource with id [Conn] is invalid. Unable to create connector from AWS::Serverless::Function to AWS::SQS::Queue; it's not supported or the template is invalid.", errors);
        Assert.Contains("Resource with id [Empty] is invalid. Must provide 'Id' (with optional 'Qualifier') or a supported combination of other properties.", errors);
    }
}
