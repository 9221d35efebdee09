using SamTransform.Reading;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events;

/// <summary>The generic property checks every event type gets, reported under FunctionId + EventId.</summary>
public class EventSchemaTests
{
    [Fact]
    public void An_unknown_property_names_the_event_type_and_points_at_the_property()
    {
        var error = Error(Template("""
            Tick:
              Type: Schedule
              Properties:
                Schedule: rate(1 minute)
                Timezone: UTC
            """));
        Assert.Equal("Resource with id [FnTick] is invalid. property Timezone not defined for resource of type Schedule", error.Message);
        Assert.Equal(new SourceLocation(14, 13), error.Location);
    }

    [Fact]
    public void A_missing_required_property_is_reported()
    {
        var error = Error(Template("""
            Logs:
              Type: CloudWatchLogs
              Properties:
                LogGroupName: /app
            """));
        Assert.Equal("Resource with id [FnLogs] is invalid. Missing required property 'FilterPattern'.", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var error = Error(Template("""
            Queue:
              Type: SQS
              Properties:
                Queue: arn:aws:sqs:eu-west-1:123456789012:q
                BatchSize: ten
            """));
        Assert.Equal("Resource with id [FnQueue] is invalid. Type of property 'BatchSize' is invalid.", error.Message);
        Assert.Equal(new SourceLocation(14, 24), error.Location);
    }

    [Fact]
    public void Intrinsic_functions_skip_the_type_check_and_integers_accept_booleans()
    {
        var resources = Expand(Template("""
            Queue:
              Type: SQS
              Properties:
                Queue: !GetAtt Work.Arn
                BatchSize: true
                Enabled: !If [Always, true, false]
            """, """
            Work:
              Type: AWS::SQS::Queue
            """));
        Assert.True((bool)resources.Properties("FnQueue")["BatchSize"]!);
        Assert.Equal("Always", (string)resources.Properties("FnQueue")["Enabled"]!["Fn::If"]![0]!);
    }

    [Fact]
    public void Some_properties_refuse_intrinsics()
    {
        var error = Error(Template("""
            Upload:
              Type: S3
              Properties:
                Bucket: !Ref Files
                Events: !Ref Kinds
            """, """
            Files:
              Type: AWS::S3::Bucket
            """));
        Assert.Equal("Resource with id [FnUpload] is invalid. Type of property 'Events' is invalid.", error.Message);
    }
}
