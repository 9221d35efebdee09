using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Rules;

public class ScheduleV2EventSourceTests
{
    [Fact]
    public void A_schedule_is_named_after_itself_and_gets_a_role_to_invoke_the_function()
    {
        var resources = Expand(Template("""
            Hourly:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 hour)}
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"ScheduleExpression": "rate(1 hour)", "Name": "FnHourly", "FlexibleTimeWindow": {"Mode": "OFF"},
             "Target": {"Arn": {"Fn::GetAtt": ["Fn", "Arn"]}, "RoleArn": {"Fn::GetAtt": ["FnHourlyRole", "Arn"]}}}
            """), resources.Properties("FnHourly")));
        var role = resources.Properties("FnHourlyRole");
        Assert.Equal("scheduler.amazonaws.com", (string)role["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]![0]!);
        Assert.True(JToken.DeepEquals(JArray.Parse("""
            [{"PolicyName": "FnHourlyLambdaPolicy", "PolicyDocument": {"Statement": [{"Action": "lambda:InvokeFunction", "Effect": "Allow", "Resource": {"Fn::GetAtt": ["Fn", "Arn"]}}]}}]
            """), role["Policies"]));
        Assert.Null(resources["FnHourlyPermission"]);
    }

    [Fact]
    public void A_given_role_is_used_as_is()
    {
        var resources = Expand(Template("""
            Hourly:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 hour), RoleArn: arn:aws:iam::123456789012:role/r, OmitName: true}
            """));
        Assert.Null(resources["FnHourlyRole"]);
        Assert.Null(resources.Properties("FnHourly")["Name"]);
        Assert.Equal("arn:aws:iam::123456789012:role/r", (string)resources.Properties("FnHourly")["Target"]!["RoleArn"]!);
    }

    [Fact]
    public void A_name_cannot_be_given_with_omit_name()
    {
        var error = Error(Template("""
            Hourly:
              Type: ScheduleV2
              Properties: {ScheduleExpression: rate(1 hour), Name: n, OmitName: true}
            """));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [FnHourly] is invalid. Name cannot be set when OmitName is True", error.Message);
    }
}
