using Newtonsoft.Json.Linq;
using SamTransform.Reading;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Push;

/// <summary>S3 notifications are merged into the bucket, which waits for the permission.</summary>
public class S3EventSourceTests
{
    private const string Event = """
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Files
            Events: s3:ObjectCreated:*
        """;

    [Fact]
    public void The_bucket_gets_the_notification_and_depends_on_the_permission_keeping_its_own_dependencies()
    {
        var resources = Expand(Template(Event, """
            Files:
              Type: AWS::S3::Bucket
              DependsOn: Other
            Other:
              Type: AWS::SNS::Topic
            """));
        var bucket = resources["Files"]!;
        Assert.Equal(["Other", "FnUploadPermission"], bucket["DependsOn"]!.Values<string>());
        Assert.True(JToken.DeepEquals(JArray.Parse("""[{"Function": {"Fn::GetAtt": ["Fn", "Arn"]}, "Event": "s3:ObjectCreated:*"}]"""),
            bucket["Properties"]!["NotificationConfiguration"]!["LambdaConfigurations"]));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Ref": "AWS::AccountId"}"""), resources.Properties("FnUploadPermission")["SourceAccount"]));
        Assert.Null(resources.Properties("FnUploadPermission")["SourceArn"]);
    }

    [Fact]
    public void A_conditional_function_orders_the_bucket_with_a_conditional_tag()
    {
        var template = Template(Event, """
            Files:
              Type: AWS::S3::Bucket
              Properties:
                Tags: [{Key: team, Value: data}]
            """).Replace("  Fn:\n    Type: AWS::Serverless::Function\n", "  Fn:\n    Type: AWS::Serverless::Function\n    Condition: Enabled\n", StringComparison.Ordinal);
        var bucket = Expand(template)["Files"]!;
        Assert.Null(bucket["DependsOn"]);
        Assert.True(JToken.DeepEquals(JArray.Parse("""
            [{"Key": "team", "Value": "data"},
             {"Key": "sam:ConditionalDependsOn:FnUploadPermission", "Value": {"Fn::If": ["Enabled", {"Ref": "FnUploadPermission"}, "no dependency"]}}]
            """), bucket["Properties"]!["Tags"]));
        Assert.Equal("Enabled", (string)bucket["Properties"]!["NotificationConfiguration"]!["LambdaConfigurations"]![0]!["Fn::If"]![0]!);
    }

    [Fact]
    public void A_bucket_outside_the_template_is_an_error_at_the_bucket_property()
    {
        var error = Error(Template(Event.Replace("!Ref Files", "my-bucket", StringComparison.Ordinal)));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Upload] is invalid. S3 events must reference an S3 bucket in the same template.", error.Message);
        Assert.Equal(new SourceLocation(13, 21), error.Location);
    }

    [Fact]
    public void A_bucket_whose_notifications_are_not_a_map_is_reported_under_the_bucket()
    {
        var error = Error(Template(Event, """
            Files:
              Type: AWS::S3::Bucket
              Properties:
                NotificationConfiguration: [x]
            """));
        Assert.Equal("Resource with id [Files] is invalid. Property 'NotificationConfiguration' should be a map.", error.Message);
    }
}
