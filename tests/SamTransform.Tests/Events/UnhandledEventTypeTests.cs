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
}
