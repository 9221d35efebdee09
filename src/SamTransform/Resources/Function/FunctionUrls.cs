using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary><c>FunctionUrlConfig</c>: an <c>AWS::Lambda::Url</c> and, for <c>AuthType: NONE</c>, the public permissions.</summary>
public static class FunctionUrls
{
    private static readonly HashSet<string> CorsKeys = ["AllowCredentials", "AllowHeaders", "AllowMethods", "AllowOrigins", "ExposeHeaders", "MaxAge"];

    public static void Apply(SamResource fn, TransformContext context, string? aliasId)
    {
        if (fn.Get("FunctionUrlConfig") is not JObject config) return;
        if (fn.Has("TenancyConfig"))
            throw fn.Invalid("Function URL is not supported for functions enabled with tenancy configuration.", config);
        var target = Intrinsics.Ref(aliasId ?? fn.LogicalId);
        // An intrinsic function is not looked into: the URL gets its target only.
        if (Intrinsics.IsIntrinsic(config))
        {
            context.Emit(fn, fn.LogicalId + "Url", CfnResource.Create("AWS::Lambda::Url", new JObject { ["TargetFunctionArn"] = target }).WithPassThrough(fn));
            return;
        }
        if (config["Cors"] is { } corsToken && corsToken is not JObject)
            throw fn.Invalid("Property 'FunctionUrlConfig.Cors' should be a map.", corsToken);
        var authType = config["AuthType"] ?? throw fn.Invalid("AuthType is required to configure function property `FunctionUrlConfig`. Please provide either AWS_IAM or NONE.", config);
        if (config["Cors"] is JObject cors)
            foreach (var key in cors.Properties())
                if (!CorsKeys.Contains(key.Name))
                    throw fn.Invalid($"{key.Name} is not a valid property for configuring Cors.", key);

        var properties = new JObject { ["AuthType"] = authType, ["TargetFunctionArn"] = target };
        properties.SetIf("Cors", config["Cors"]);
        properties.SetIf("InvokeMode", config["InvokeMode"]);
        context.Emit(fn, fn.LogicalId + "Url", CfnResource.Create("AWS::Lambda::Url", properties).WithPassThrough(fn));

        if (authType.Type == JTokenType.String && (string)authType! == "NONE")
        {
            context.Emit(fn, fn.LogicalId + "UrlPublicPermissions", CfnResource.Create("AWS::Lambda::Permission", new JObject
            {
                ["Action"] = "lambda:InvokeFunctionUrl",
                ["FunctionName"] = target.DeepClone(),
                ["FunctionUrlAuthType"] = "NONE",
                ["Principal"] = "*",
            }).WithPassThrough(fn));
            context.Emit(fn, fn.LogicalId + "URLInvokeAllowPublicAccess", CfnResource.Create("AWS::Lambda::Permission", new JObject
            {
                ["Action"] = "lambda:InvokeFunction",
                ["FunctionName"] = target.DeepClone(),
                ["InvokedViaFunctionUrl"] = true,
                ["Principal"] = "*",
            }).WithPassThrough(fn));
        }
    }
}
