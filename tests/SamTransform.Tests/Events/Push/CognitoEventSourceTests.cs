using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;

namespace SamTransform.Tests.Events.Push;

public class CognitoEventSourceTests
{
    private const string Pool = """
        Users:
          Type: AWS::Cognito::UserPool
        """;

    [Fact]
    public void Triggers_are_merged_into_the_user_pool_with_one_permission_per_function()
    {
        var resources = Expand(Template("""
            First:
              Type: Cognito
              Properties: {UserPool: !Ref Users, Trigger: PreSignUp}
            Second:
              Type: Cognito
              Properties: {UserPool: !Ref Users, Trigger: [PostConfirmation, CustomMessage]}
            """, Pool, "AutoPublishAlias: live"));
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"PreSignUp": {"Ref": "FnAliaslive"}, "PostConfirmation": {"Ref": "FnAliaslive"}, "CustomMessage": {"Ref": "FnAliaslive"}}
            """), resources.Properties("Users")["LambdaConfig"]));
        Assert.Equal("cognito-idp.amazonaws.com", (string)resources.Properties("FnAliasliveCognitoPermission")["Principal"]!);
    }

    [Fact]
    public void A_trigger_set_twice_is_reported_with_the_events_whole_trigger_value()
    {
        var error = Error(Template("""
            First:
              Type: Cognito
              Properties: {UserPool: !Ref Users, Trigger: PreSignUp}
            Second:
              Type: Cognito
              Properties: {UserPool: !Ref Users, Trigger: [CustomMessage, PreSignUp]}
            """, Pool));
        Assert.Equal("Resource with id [Fn] is invalid. Event with id [Second] is invalid. Cognito trigger \"['CustomMessage', 'PreSignUp']\" defined multiple times.", error.Message);
    }
}
