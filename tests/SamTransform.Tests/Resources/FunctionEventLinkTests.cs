using Xunit;

namespace SamTransform.Tests.Resources;

/// <summary>
/// SAM links a function's events (their shape, type, properties and the resources they name) before it transforms the
/// function itself, so an event's error comes before the function's own.
/// </summary>
public class FunctionEventLinkTests
{
    private static string Error(string events, string code = "CodeUri: s3://bucket/app.zip") =>
        Assert.Single(FunctionExpanderTests.Transform($$"""
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.12
                  Handler: app.handler
                  {{code}}
                  Events:
            {{events}}
            """).Errors).Message;

    [Theory]
    [InlineData("        Odd:\n          Type: Bogus", "Event with id [Odd] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: Bogus.")]
    [InlineData("        Odd:\n          Properties: {}", "Event with id [Odd] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: None.")]
    [InlineData("        Odd:", "Event with id [Odd] is invalid. 'NoneType' object has no attribute 'get'")]
    [InlineData("        Odd: [SQS]", "Event with id [Odd] is invalid. 'list' object has no attribute 'get'")]
    public void Events_without_a_known_type_are_reported_as_python_does(string events, string detail) =>
        Assert.Equal("Resource with id [Fn] is invalid. " + detail, Error(events));

    [Fact]
    public void An_event_that_is_no_map_is_reported_before_the_function_code()
    {
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Odd] is invalid. 'str' object has no attribute 'get'",
            Error("        Odd: SQS", code: "CodeUri: not-an-s3-uri"));
    }

    [Fact]
    public void Event_properties_and_references_are_checked_before_the_function_code()
    {
        Assert.Equal("Resource with id [FnQueue] is invalid. Missing required property 'Queue'.",
            Error("        Queue:\n          Type: SQS\n          Properties: {}", code: "CodeUri: not-an-s3-uri"));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Upload] is invalid. S3 events must reference an S3 bucket in the same template.",
            Error("        Upload:\n          Type: S3\n          Properties:\n            Bucket: elsewhere\n            Events: s3:ObjectCreated:*", code: "CodeUri: not-an-s3-uri"));
    }
}
