using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Pipeline;

/// <summary>
/// SAM checks a resource's logical id when it comes to expand the resource: an invalid one is that resource's only
/// error, the other resources' errors are reported with it, and errors found before expansion (Globals) come alone.
/// Templates of our own; the messages are AWS's translator's.
/// </summary>
public class LogicalIdTests
{
    private const string Prefix = "Invalid Serverless Application Specification document. ";

    private static string? Error(string yaml) => SamTransformer.Transform(TemplateReader.Read(yaml).Template!).ErrorMessage;

    [Fact]
    public void An_invalid_id_is_reported_with_the_other_resources_errors()
    {
        var yaml = """
            Resources:
              Bad-Name:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, CodeUri: s3://b/k}
              Zed:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, CodeUri: s3://b/k}
            """;
        Assert.Equal(Prefix + "Number of errors found: 2. Resource with id [Bad-Name] is invalid. Logical ids must be alphanumeric. "
            + "Resource with id [Zed] is invalid. Runtime and Handler needs to be present when PackageType is of type `Zip`", Error(yaml));
    }

    [Fact]
    public void An_invalid_id_comes_with_event_and_api_errors_of_the_expansion()
    {
        var yaml = """
            Resources:
              Bad-Name:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: h, CodeUri: s3://b/k}
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: h
                  CodeUri: s3://b/k
                  Events:
                    E: {Type: SQS, Properties: {Queue: arn, BatchSize: x}}
              Api:
                Type: AWS::Serverless::HttpApi
                Properties: {StageName: [1]}
            """;
        Assert.Equal(Prefix + "Number of errors found: 3. Resource with id [Api] is invalid. Type of property 'StageName' is invalid. "
            + "Resource with id [Bad-Name] is invalid. Logical ids must be alphanumeric. Resource with id [FnE] is invalid. Type of property 'BatchSize' is invalid.", Error(yaml));
    }

    [Fact]
    public void An_embedded_connector_of_a_resource_with_an_invalid_id_has_one_too()
    {
        var yaml = """
            Resources:
              Bad-Name:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: h, CodeUri: s3://b/k}
                Connectors:
                  C: {Properties: {Destination: {Id: X}, Permissions: [Read]}}
            """;
        Assert.Equal(Prefix + "Number of errors found: 2. Resource with id [Bad-Name] is invalid. Logical ids must be alphanumeric. "
            + "Resource with id [Bad-NameC] is invalid. Logical ids must be alphanumeric.", Error(yaml));
    }

    [Fact]
    public void A_Globals_error_is_reported_alone()
    {
        var yaml = """
            Globals:
              Function:
                Foo: 1
            Resources:
              Bad-Name:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: h, CodeUri: s3://b/k}
            """;
        Assert.StartsWith(Prefix + "Number of errors found: 1. 'Globals' section is invalid. 'Foo' is not a supported property of 'Function'.", Error(yaml));
    }
}
