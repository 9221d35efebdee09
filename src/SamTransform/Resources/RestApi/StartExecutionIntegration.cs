using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Resources.StateMachine;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// The route of a state machine's <c>Api</c> event: an <c>aws</c> integration that calls Step Functions'
/// <c>StartExecution</c> with the request body as the execution's input, as the role
/// <c>&lt;StateMachine&gt;&lt;Event&gt;Role</c> (which the event creates), answering 200 or 400.
/// </summary>
internal static class StartExecutionIntegration
{
    public static void Add(TransformContext context, ApiRoute route, SamResource stateMachine, OpenApiDocument document, string? condition)
    {
        var target = StateMachineVersions.EventTarget(stateMachine, context);
        var input = Scalars.IsTruthy(route.Properties["UnescapeMappingTemplate"])
            ? "$util.escapeJavaScript($input.json('$')).replaceAll(\"\\\\'\",\"'\")"
            : "$util.escapeJavaScript($input.json('$'))";
        document.AddIntegration(route.Path, route.Method, () => new JObject
        {
            ["type"] = "aws",
            ["httpMethod"] = "POST",
            ["uri"] = Intrinsics.Sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/StartExecution"),
            ["credentials"] = Intrinsics.GetAtt(RoleId(route), "Arn"),
            ["requestTemplates"] = new JObject
            {
                ["application/json"] = Intrinsics.Sub($"{{\"input\": \"{input}\", \"stateMachineArn\": \"${{{target}}}\"}}"),
            },
            ["responses"] = new JObject
            {
                ["200"] = new JObject { ["statusCode"] = "200" },
                ["400"] = new JObject { ["statusCode"] = "400" },
            },
        }, condition, route.Properties, definition => definition["responses"] = new JObject
        {
            ["200"] = new JObject { ["description"] = "OK" },
            ["400"] = new JObject { ["description"] = "Bad Request" },
        });
    }

    /// <summary>The role API Gateway assumes to start the execution.</summary>
    public static string RoleId(ApiRoute route) => route.FunctionId + route.EventId + "Role";
}
