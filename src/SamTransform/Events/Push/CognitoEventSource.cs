using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Resources;
using SamTransform.Specification;

namespace SamTransform.Events.Push;

/// <summary>
/// <c>Cognito</c>: the function becomes a trigger in the user pool's <c>LambdaConfig</c> (the pool must be in the same
/// template); one permission per function covers all its Cognito events.
/// </summary>
public sealed class CognitoEventSource : IEventSource
{

    public string Type => "Cognito";

    /// <summary>The user pool must be a resource of this template (SAM looks it up when it links the event).</summary>
    public void Link(FunctionEventContext context)
    {
        EventSpecs.Cognito.Validate(context);
        FindUserPool(context);
    }

    public void Expand(FunctionEventContext context)
    {
        var (poolId, pool) = FindUserPool(context);

        // The permission's id is per function, so a second Cognito event replaces the first one's (same content).
        var permissionId = LambdaPermissions.LogicalId(context.TargetLogicalId + "Cognito");
        var permission = LambdaPermissions.Create(context.FunctionRef, "cognito-idp.amazonaws.com", sourceArn: Intrinsics.GetAtt(poolId, "Arn"))
            .WithPassThrough(context.Function);
        if (context.Transform.Origins.TryGetValue(permissionId, out var origin) && origin == context.Function.LogicalId)
            context.Transform.SetOutput(permissionId, permission);
        else
            context.Transform.Emit(context.Function, permissionId, permission);

        var properties = TemplateResources.Child<JObject>(pool, "Properties", poolId, "Properties should be a map.");
        var config = TemplateResources.Child<JObject>(properties, "LambdaConfig", poolId, "Property 'LambdaConfig' should be a map.");

        var trigger = context.Get("Trigger")!;
        foreach (var name in trigger is JArray list ? list.Select(x => (string)x!) : [(string)trigger!])
        {
            if (config[name] is not null)
                throw context.Invalid($"Cognito trigger \"{PythonValues.Str(trigger)}\" defined multiple times.", trigger);
            config[name] = context.FunctionArn;
        }
    }

    private static (string Id, JObject Pool) FindUserPool(FunctionEventContext context) =>
        TemplateResources.Referenced(context, context.Get("UserPool"), target => context.InvalidByLogicalId("Ref in Userpool is not a string.", target))
        ?? throw context.Invalid("Cognito events must reference a Cognito UserPool in the same template.", context.Get("UserPool"));
}
