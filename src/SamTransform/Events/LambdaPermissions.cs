using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Resources;

namespace SamTransform.Events;

/// <summary>The <c>AWS::Lambda::Permission</c> a push event source needs so its service may invoke the function.</summary>
public static class LambdaPermissions
{
    /// <summary>
    /// <c>PREFIXPermissionSUFFIX</c> when the suffix is purely alphanumeric; otherwise the suffix is replaced by its
    /// hash (an empty suffix adds nothing).
    /// </summary>
    public static string LogicalId(string prefix, string suffix = "")
    {
        if (suffix.Length > 0 && suffix.All(char.IsLetterOrDigit)) return prefix + "Permission" + suffix;
        return prefix + "Permission" + (suffix.Length == 0 ? "" : LogicalIdHasher.Hash(suffix));
    }

    public static JObject Create(JToken functionName, string principal, JToken? sourceArn = null, JToken? sourceAccount = null, JToken? eventSourceToken = null)
    {
        var properties = new JObject
        {
            ["Action"] = "lambda:InvokeFunction",
            ["FunctionName"] = functionName,
            ["Principal"] = principal,
        };
        properties.SetIf("SourceArn", sourceArn?.DeepClone());
        properties.SetIf("SourceAccount", sourceAccount?.DeepClone());
        properties.SetIf("EventSourceToken", eventSourceToken?.DeepClone());
        return CfnResource.Create("AWS::Lambda::Permission", properties);
    }

    /// <summary>Emits the permission for an event of a function and returns its logical id.</summary>
    public static string Emit(FunctionEventContext context, string principal, JToken? sourceArn = null, JToken? sourceAccount = null, JToken? eventSourceToken = null, string? prefix = null)
    {
        var id = LogicalId(prefix ?? context.LogicalId);
        context.Emit(id, Create(context.FunctionRef, principal, sourceArn, sourceAccount, eventSourceToken));
        return id;
    }
}
