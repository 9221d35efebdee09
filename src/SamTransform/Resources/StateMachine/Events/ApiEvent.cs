using SamTransform.Events;
using SamTransform.Specification;

namespace SamTransform.Resources.StateMachine.Events;

/// <summary>
/// <c>Api</c>: a REST API route that starts the state machine. The route itself was added to the API's Swagger
/// document by the API stages (<see cref="RestApi.StartExecutionIntegration"/>); expanding the event reports a
/// problem found there, or creates the role API Gateway assumes to start the execution.
/// </summary>
public sealed class ApiEvent : IStateMachineEventSource
{
    public string Type => "Api";

    public void Expand(StateMachineEventContext context)
    {
        EventSpecs.StateMachineApi.Validate(context);
        var route = ApiKind.Rest.Routes(context.Transform).Find(context.StateMachine.LogicalId, context.EventId);
        if (route is null) return;
        if (route.Error is { } error) throw error;
        context.EmitStartExecutionRole("apigateway.amazonaws.com");
    }
}
