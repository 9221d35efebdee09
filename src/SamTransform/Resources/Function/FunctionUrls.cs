using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary><c>FunctionUrlConfig</c>: an <c>AWS::Lambda::Url</c> and, for <c>AuthType: NONE</c>, the public permissions.</summary>
public static class FunctionUrls
{
    private static readonly HashSet<string> CorsKeys = ["AllowCredentials", "AllowHeaders", "AllowMethods", "AllowOrigins", "ExposeHeaders", "MaxAge"];

    /// <summary>SAM's checks of the configuration, made before the function's alias, deployment and destinations.</summary>
    public static void Check(SamResource fn)
    {
        if (fn.Get("FunctionUrlConfig") is not JObject config) return;
        // An intrinsic function is not looked into.
        if (Intrinsics.IsIntrinsic(config)) return;
        if (config["Cors"] is { } corsToken && corsToken is not JObject)
            throw fn.Invalid("Property 'FunctionUrlConfig.Cors' should be a map.", corsToken);
        if (config["AuthType"] is null)
            throw fn.Invalid("AuthType is required to configure function property `FunctionUrlConfig`. Please provide either AWS_IAM or NONE.", config);
        if (config["Cors"] is JObject cors)
            foreach (var key in cors.Properties())
                if (!CorsKeys.Contains(key.Name))
                    throw fn.Invalid($"{key.Name} is not a valid property for configuring Cors.", key);
    }

    /// <summary>The URL and its permissions (<see cref="Check"/> has passed).</summary>
    public static void Apply(SamResource fn, TransformContext context, string? aliasId)
    {
        if (fn.Get("FunctionUrlConfig") is not JObject config) return;
        var target = Intrinsics.Ref(aliasId ?? fn.LogicalId);
        // An intrinsic function gives the URL its target only.
        if (Intrinsics.IsIntrinsic(config))
        {
            context.Emit(fn, fn.LogicalId + "Url", CfnResource.Create("AWS::Lambda::Url", new JObject { ["TargetFunctionArn"] = target }).WithPassThrough(fn));
            return;
        }
        var authType = config["AuthType"]!;
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
