using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Resources.StateMachine.Events;
using Xunit;

namespace SamTransform.Tests.Events;

/// <summary>
/// An event type SAM has and this tool lacks is "not supported yet"; a type SAM does not accept keeps the reference's
/// "invalid value for key Type" message.
/// </summary>
public class UnhandledEventTypeTests
{
    private static string FunctionWith(string type) => EventTemplates.Template($"E:\n  Type: {type}\n  Properties: {{Path: /, Method: get}}\n");

    private static string StateMachineWith(string type) => $$"""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Sm:
            Type: AWS::Serverless::StateMachine
            Properties:
              Definition: {StartAt: A, States: {A: {Type: Pass, End: true} } }
              Role: arn:aws:iam::123456789012:role/r
              Events:
                E:
                  Type: {{type}}
                  Properties: {Path: /, Method: get}
        """;

    [Fact]
    public void The_lists_of_SAM_event_types_hold_every_registered_source()
    {
        Assert.Empty(EventSourceRegistry.Default.Types.Except(SamTypes.FunctionEventTypes));
        Assert.Empty(StateMachineEventSourceRegistry.Default.Types.Except(SamTypes.StateMachineEventTypes));
    }

    [Fact]
    public void A_function_event_type_SAM_has_and_no_source_handles_is_not_supported_yet() =>
        AssertNotSupported(SamTypes.FunctionEventTypes.Where(t => EventSourceRegistry.Default.Find(t) is null), FunctionWith, "AWS::Serverless::Function [Fn]", 11);

    [Fact]
    public void A_state_machine_event_type_SAM_has_and_no_source_handles_is_not_supported_yet() =>
        AssertNotSupported(SamTypes.StateMachineEventTypes.Where(t => StateMachineEventSourceRegistry.Default.Find(t) is null), StateMachineWith, "AWS::Serverless::StateMachine [Sm]", 10);

    /// <summary>Each type, in the template <paramref name="template"/> makes, fails with SAM2007 at its <c>Type</c> (column 17 of <paramref name="line"/>).</summary>
    private static void AssertNotSupported(IEnumerable<string> types, Func<string, string> template, string owner, int line)
    {
        foreach (var type in types)
        {
            var error = EventTemplates.Error(template(type));
            Assert.Equal("SAM2007", error.Code);
            Assert.Equal($"Event type {type} is not supported yet by SamTransform (event [E] of {owner}).", error.Message);
            Assert.Equal((line, 17), (error.Location!.Value.Line, error.Location.Value.Column));
        }
    }

    [Theory]
    [InlineData("api")]
    [InlineData("WebSocketApi")]
    [InlineData("'5'")]
    public void A_function_event_type_SAM_does_not_accept_keeps_the_reference_message(string type) =>
        Assert.Equal($"Resource with id [Fn] is invalid. Event with id [E] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: {type.Trim('\'')}.",
            EventTemplates.Error(FunctionWith(type)).Message);

    [Theory]
    [InlineData("SQS")]
    [InlineData("HttpApi")]
    public void A_function_event_type_on_a_state_machine_keeps_the_reference_message(string type) =>
        Assert.Equal($"Resource with id [Sm] is invalid. Event with id [E] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: {type}.",
            EventTemplates.Error(StateMachineWith(type)).Message);

    /// <summary>A function <c>Fn</c> whose event <c>E</c> has <paramref name="type"/>, after the resource <paramref name="neighbour"/> (YAML at two spaces).</summary>
    private static string FunctionBeside(string neighbour, string type) => $$"""
        Transform: AWS::Serverless-2016-10-31
        Resources:
        {{neighbour}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://b/k.zip
              Handler: a.b
              Runtime: python3.12
              Events:
                E:
                  Type: {{type}}
        """;

    /// <summary>
    /// With a REST API in the template, AWS's transform writes a map or list Type as Python 2.7 does: dicts in 2.7
    /// order, strings <c>u'...'</c> unless only ASCII letters and digits. Without one, as Python 3 does. Expected
    /// values from AWS's transform.
    /// </summary>
    [Theory]
    [InlineData(true, "{u'Fn::If': ['C', u'x.y', {'Ref': u'AWS::Region'}], u'ab_c': [1, 'a1']}")]
    [InlineData(false, "{'Fn::If': ['C', 'x.y', {'Ref': 'AWS::Region'}], 'ab_c': [1, 'a1']}")]
    public void A_map_type_is_written_as_python_2_7_does_when_the_template_has_a_rest_api(bool restApi, string expected)
    {
        var neighbour = restApi ? "  Api:\n    Type: AWS::Serverless::Api\n    Properties: {StageName: p}" : "  Q:\n    Type: AWS::SQS::Queue";
        var template = FunctionBeside(neighbour, """{"Fn::If": [C, "x.y", !Ref AWS::Region], "ab_c": [1, "a1"]}""");
        Assert.Equal($"Resource with id [Fn] is invalid. Event with id [E] is invalid. Resource dict has missing or invalid value for key Type. Event Type is: {expected}.",
            EventTemplates.Error(template).Message);
    }

    [Fact]
    public void The_keys_of_a_type_map_follow_the_python_2_7_order_with_a_rest_api()
    {
        // beside an implicit API (another function's Api event)
        var web = "  Web:\n    Type: AWS::Serverless::Function\n    Properties: {CodeUri: s3://b/k.zip, Handler: a.b, Runtime: python3.12, Events: {G: {Type: Api, Properties: {Path: /x, Method: get}}}}";
        Assert.EndsWith("Event Type is: {'a': 2, 'c': 3, 'b': 1, u'Fn::X': 4}.", EventTemplates.Error(FunctionBeside(web, """{b: 1, a: 2, c: 3, "Fn::X": 4}""")).Message);
    }
}
