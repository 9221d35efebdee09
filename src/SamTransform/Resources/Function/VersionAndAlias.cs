using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>The alias SAM created for <c>AutoPublishAlias</c>: its logical id and resource.</summary>
public sealed record AliasInfo(string LogicalId, JObject Resource, string VersionLogicalId);

/// <summary><c>AutoPublishAlias</c>: a hashed <c>AWS::Lambda::Version</c> and an <c>AWS::Lambda::Alias</c> pointing at it.</summary>
public static class VersionAndAlias
{
    public static AliasInfo? Create(SamResource fn, TransformContext context, JObject lambda)
    {
        var aliasToken = fn.Get("AutoPublishAlias");
        if (fn.Get("VersionDeletionPolicy") is { } vdp)
        {
            if (vdp.Type != JTokenType.String || (string)vdp! is not ("Delete" or "Retain"))
                throw fn.Invalid("Property 'VersionDeletionPolicy' should be a one of the strings: 'Delete' or 'Retain'.", vdp);
        }
        if (aliasToken is null)
        {
            if (fn.Has("ProvisionedConcurrencyConfig"))
                throw fn.Invalid("To set ProvisionedConcurrencyConfig AutoPublishALias must be defined on the function");
            return null;
        }
        var resolved = ParameterResolver.Resolve(aliasToken, context.ParameterValues);
        if (resolved.Type != JTokenType.String || ((string)resolved!).Length == 0)
            throw fn.Invalid("Alias name is required to create an alias", aliasToken);
        var aliasName = (string)resolved!;

        var allProperties = fn.Get("AutoPublishAliasAllProperties");
        if (allProperties is not null && allProperties.Type != JTokenType.Boolean)
            throw fn.Invalid("Type of property 'AutoPublishAliasAllProperties' is invalid.", allProperties);

        var lambdaProperties = (JObject)lambda["Properties"]!;
        string suffix;
        if (fn.GetString("AutoPublishCodeSha256") is { } sha)
            suffix = sha.Length > 10 ? sha[..10] : sha;
        else if (allProperties is not null && (bool)allProperties!)
            suffix = LogicalIdHasher.Hash(AllPropertiesHashInput(fn, context, lambdaProperties));
        else
            suffix = LogicalIdHasher.Hash(CodeHashInput(fn, context, lambdaProperties));

        var versionId = fn.LogicalId + "Version" + suffix;
        var versionProps = new JObject { ["FunctionName"] = Intrinsics.Ref(fn.LogicalId) };
        versionProps.SetIf("Description", fn.Get("VersionDescription"));
        var version = CfnResource.Create("AWS::Lambda::Version", versionProps).WithPassThrough(fn);
        version["DeletionPolicy"] = fn.Get("VersionDeletionPolicy") ?? "Retain";
        context.Emit(fn, versionId, version);

        var aliasId = fn.LogicalId + "Alias" + aliasName.Replace("_", "U", StringComparison.Ordinal).Replace("-", "D", StringComparison.Ordinal);
        var aliasProps = new JObject
        {
            ["Name"] = aliasName,
            ["FunctionName"] = Intrinsics.Ref(fn.LogicalId),
            ["FunctionVersion"] = Intrinsics.GetAtt(versionId, "Version"),
        };
        aliasProps.SetIf("ProvisionedConcurrencyConfig", fn.Get("ProvisionedConcurrencyConfig"));
        var alias = CfnResource.Create("AWS::Lambda::Alias", aliasProps).WithPassThrough(fn);
        context.Emit(fn, aliasId, alias);
        return new AliasInfo(aliasId, alias, versionId);
    }

    private static JObject CodeHashInput(SamResource fn, TransformContext context, JObject lambdaProperties)
    {
        var code = (JObject)ParameterResolver.Resolve(lambdaProperties["Code"]!, context.ParameterValues);
        if (fn.Get("Environment") is JObject environment)
            foreach (var p in environment.Properties()) code[p.Name] = p.Value;
        if (fn.Get("MemorySize") is { } memory) code["MemorySize"] = memory;
        if (fn.Get("SnapStart") is JObject snapStart && !(snapStart["ApplyOn"] is JValue { Value: "None" }))
            code["SnapStart"] = snapStart;
        return code;
    }

    private static JObject AllPropertiesHashInput(SamResource fn, TransformContext context, JObject lambdaProperties)
    {
        var input = (JObject)lambdaProperties.DeepClone();
        if (fn.Get("Layers") is JArray layers)
        {
            foreach (var layer in layers)
            {
                var layerId = Intrinsics.ReferencedLogicalId(layer);
                if (layerId is null || context.FindResource(layerId) is not { Type: "AWS::Serverless::LayerVersion" } samLayer) continue;
                if (samLayer.Get("PublishLambdaVersion") is JValue { Type: JTokenType.Boolean } publish && (bool)publish!)
                    input[layerId] = LayerVersionExpander.BuildProperties(samLayer, context);
            }
        }
        return input;
    }
}
