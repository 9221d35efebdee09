using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary><c>FunctionUrlConfig</c>: an <c>AWS::Lambda::Url</c> and, for <c>AuthType: NONE</c>, the public permissions.</summary>
public static class FunctionUrls
{
    /// <summary>The CORS settings SAM accepts and the type it checks each against ("MaxAge must be of type int.").</summary>
    private static readonly Dictionary<string, (string Name, Func<JToken, bool> Accepts)> CorsKeys = new(StringComparer.Ordinal)
    {
        ["AllowCredentials"] = ("bool", v => v.Type == JTokenType.Boolean),
        ["AllowHeaders"] = ("list", v => v.Type == JTokenType.Array),
        ["AllowMethods"] = ("list", v => v.Type == JTokenType.Array),
        ["AllowOrigins"] = ("list", v => v.Type == JTokenType.Array),
        ["ExposeHeaders"] = ("list", v => v.Type == JTokenType.Array),
        ["MaxAge"] = ("int", v => v.Type is JTokenType.Integer or JTokenType.Boolean),
    };

    /// <summary>SAM's checks of the configuration, made before the function's alias, deployment and destinations.</summary>
    public static void Check(SamResource fn)
    {
        // An empty map is no URL; an intrinsic function is not looked into.
        if (fn.Get("FunctionUrlConfig") is not JObject { Count: > 0 } config || Intrinsics.IsIntrinsic(config)) return;
        var authType = config["AuthType"];
        if (!Intrinsics.IsIntrinsic(authType) && (string?)(authType as JValue) is not ("AWS_IAM" or "NONE"))
            throw fn.Invalid("AuthType is required to configure function property `FunctionUrlConfig`. Please provide either AWS_IAM or NONE.", (JToken?)authType ?? config);
        if (config["Cors"] is not { Type: not JTokenType.Null } corsToken) return;
        if (corsToken is not JObject cors)
            throw fn.Invalid("Property 'FunctionUrlConfig.Cors' should be a map.", corsToken);
        if (Intrinsics.IsIntrinsic(cors)) return;
        foreach (var key in cors.Properties())
        {
            if (!CorsKeys.TryGetValue(key.Name, out var expected))
                throw fn.Invalid($"{key.Name} is not a valid property for configuring Cors.", key);
            if (!Intrinsics.IsIntrinsic(key.Value) && !expected.Accepts(key.Value))
                throw fn.Invalid($"{key.Name} must be of type {expected.Name}.", key.Value);
        }
    }

    /// <summary>The URL and its permissions (<see cref="Check"/> has passed).</summary>
    public static void Apply(SamResource fn, TransformContext context, string? aliasId)
    {
        if (fn.Get("FunctionUrlConfig") is not JObject { Count: > 0 } config) return;
        var target = Intrinsics.Ref(aliasId ?? fn.LogicalId);
        // An intrinsic function gives the URL its target only.
        if (Intrinsics.IsIntrinsic(config))
        {
            context.Emit(fn, fn.LogicalId + "Url", CfnResource.Create("AWS::Lambda::Url", new JObject { ["TargetFunctionArn"] = target }).WithPassThrough(fn), "function URL");
            return;
        }
        var authType = config["AuthType"]!;
        var properties = new JObject { ["AuthType"] = authType, ["TargetFunctionArn"] = target };
        if (Scalars.IsTruthy(config["Cors"])) properties["Cors"] = config["Cors"];
        properties.SetIf("InvokeMode", config["InvokeMode"]);
        context.Emit(fn, fn.LogicalId + "Url", CfnResource.Create("AWS::Lambda::Url", properties).WithPassThrough(fn), "function URL");

        if (authType.Type == JTokenType.String && (string)authType! == "NONE")
        {
            context.Emit(fn, fn.LogicalId + "UrlPublicPermissions", CfnResource.Create("AWS::Lambda::Permission", new JObject
            {
                ["Action"] = "lambda:InvokeFunctionUrl",
                ["FunctionName"] = target.DeepClone(),
                ["FunctionUrlAuthType"] = "NONE",
                ["Principal"] = "*",
            }).WithPassThrough(fn), "public access to the function URL (AuthType NONE)");
            context.Emit(fn, fn.LogicalId + "URLInvokeAllowPublicAccess", CfnResource.Create("AWS::Lambda::Permission", new JObject
            {
                ["Action"] = "lambda:InvokeFunction",
                ["FunctionName"] = target.DeepClone(),
                ["InvokedViaFunctionUrl"] = true,
                ["Principal"] = "*",
            }).WithPassThrough(fn), "public access to the function URL (AuthType NONE)");
        }
    }
}
