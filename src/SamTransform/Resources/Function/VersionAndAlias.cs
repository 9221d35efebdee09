using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>The alias SAM created for <c>AutoPublishAlias</c>: its logical id and resource.</summary>
public sealed record AliasInfo(string LogicalId, JObject Resource, string VersionLogicalId);

/// <summary><c>AutoPublishAlias</c>: a hashed <c>AWS::Lambda::Version</c> and an <c>AWS::Lambda::Alias</c> pointing at it.</summary>
public static class VersionAndAlias
{
    /// <summary>
    /// The alias name (null when there is none: an empty name is no alias at all), after SAM's checks of it and of what
    /// needs one.
    /// </summary>
    public static string? AliasName(SamResource fn, TransformContext context)
    {
        var aliasToken = fn.Get("AutoPublishAlias");
        if (!Scalars.IsTruthy(aliasToken))
        {
            if (Scalars.IsTruthy(fn.Get("ProvisionedConcurrencyConfig")))
                throw fn.Invalid("To set ProvisionedConcurrencyConfig AutoPublishALias must be defined on the function");
            return null;
        }
        // A parameter may name the alias; any other intrinsic cannot be resolved here (an Fn::Sub has its parameters
        // substituted, and stays an Fn::Sub).
        var resolved = Intrinsics.IsIntrinsic(aliasToken, "Ref") || Intrinsics.IsIntrinsic(aliasToken, "Fn::Sub") ? ParameterResolver.Resolve(aliasToken!, context.ParameterValues) : aliasToken!;
        if (resolved.Type != JTokenType.String)
            throw fn.Invalid("'AutoPublishAlias' must be a string or a Ref to a template parameter", aliasToken);
        var aliasName = (string)resolved!;
        if (aliasName.Length == 0) throw fn.Invalid("Alias name is required to create an alias", aliasToken);
        return aliasName;
    }

    /// <param name="aliasName">From <see cref="AliasName"/>; null creates nothing.</param>
    /// <param name="roleIsGenerated">True when the function's <c>Role</c> is the execution role SAM creates (not hashed).</param>
    public static AliasInfo? Create(SamResource fn, TransformContext context, JObject lambda, bool roleIsGenerated, string? aliasName)
    {
        if (aliasName is null) return null;
        var deletionPolicy = fn.Get("VersionDeletionPolicy");
        var allProperties = fn.Get("AutoPublishAliasAllProperties");

        var lambdaProperties = (JObject)lambda["Properties"]!;
        // SAM resolves the template's parameters in the code of a function it publishes versions of, and writes the
        // resolved code (InlineCode, CodeUri's bucket, key and version, ImageUri) before it hashes anything.
        if (lambdaProperties["Code"] is { } code)
            lambdaProperties["Code"] = ParameterResolver.Resolve(code, context.ParameterValues);
        string suffix;
        if (CodeSha256(fn, context) is { } sha)
        {
            suffix = sha.Length > 10 ? sha[..10] : sha;
            lambdaProperties["Description"] = DescriptionWithSha(lambdaProperties["Description"], sha);
        }
        else if (allProperties is not null && (bool)allProperties!)
        {
            suffix = LogicalIdHasher.Hash(AllPropertiesHashInput(fn, context, lambdaProperties, roleIsGenerated));
        }
        else
        {
            suffix = LogicalIdHasher.Hash(CodeHashInput(fn, context, lambdaProperties));
        }

        var versionId = fn.LogicalId + "Version" + suffix;
        var versionProps = new JObject { ["FunctionName"] = Intrinsics.Ref(fn.LogicalId) };
        versionProps.SetIf("Description", fn.Get("VersionDescription"));
        // A managed-instance function scales each published version on its own.
        versionProps.SetIf("FunctionScalingConfig", fn.Get("FunctionScalingConfig")?.DeepClone());
        var version = CfnResource.Create("AWS::Lambda::Version", versionProps).WithPassThrough(fn);
        // Old versions stay by default, so a rollback has something to roll back to; managed-instance versions keep
        // capacity running, so they go.
        version["DeletionPolicy"] = deletionPolicy?.DeepClone() ?? fn.DeletionPolicy?.DeepClone()
            ?? (CapacityProviders.IsManagedInstanceFunction(fn) ? "Delete" : "Retain");
        context.Emit(fn, versionId, version, new EmitReason("version published by AutoPublishAlias", HashedId: true));

        var aliasId = AliasLogicalId(fn.LogicalId, aliasName);
        var aliasProps = new JObject
        {
            ["Name"] = aliasName,
            ["FunctionName"] = Intrinsics.Ref(fn.LogicalId),
            ["FunctionVersion"] = Intrinsics.GetAtt(versionId, "Version"),
        };
        if (Scalars.IsTruthy(fn.Get("ProvisionedConcurrencyConfig"))) aliasProps["ProvisionedConcurrencyConfig"] = fn.Get("ProvisionedConcurrencyConfig");
        var alias = CfnResource.Create("AWS::Lambda::Alias", aliasProps).WithPassThrough(fn);
        context.Emit(fn, aliasId, alias, "alias of AutoPublishAlias");

        var references = context.State<ResourceReferences>();
        references.AddProperty(fn.LogicalId, "Alias", aliasId);
        references.AddProperty(fn.LogicalId, "Version", versionId);
        return new AliasInfo(aliasId, alias, versionId);
    }

    /// <summary><c>AutoPublishCodeSha256</c> after parameter resolution; it must then be text.</summary>
    private static string? CodeSha256(SamResource fn, TransformContext context)
    {
        if (fn.Get("AutoPublishCodeSha256") is not { } token) return null;
        var value = new TemplateValueResolver(context.ParameterValues, null).Resolve(token);
        if (value.Type != JTokenType.String) throw fn.Invalid("AutoPublishCodeSha256 must be a string", token);
        return (string)value!;
    }

    /// <summary>
    /// The function's description with the code hash appended, so that a new hash changes the function itself and
    /// Lambda publishes the new version.
    /// </summary>
    private static JToken DescriptionWithSha(JToken? description, string sha) => description switch
    {
        null => sha,
        JValue { Type: JTokenType.String } text => $"{(string)text!} {sha}",
        _ => new JObject { ["Fn::Join"] = new JArray(" ", new JArray(description.DeepClone(), sha)) },
    };

    /// <summary>The logical id of the alias <c>AutoPublishAlias: name</c> creates for a function.</summary>
    public static string AliasLogicalId(string functionId, string aliasName) =>
        functionId + "Alias" + aliasName.Replace("_", "U", StringComparison.Ordinal).Replace("-", "D", StringComparison.Ordinal);

    private static JObject CodeHashInput(SamResource fn, TransformContext context, JObject lambdaProperties)
    {
        var code = (JObject)lambdaProperties["Code"]!.DeepClone();
        if (fn.Get("Environment") is JObject environment)
            foreach (var p in environment.Properties()) code[p.Name] = p.Value;
        if (fn.Get("MemorySize") is { } memory) code["MemorySize"] = memory;
        if (fn.Get("SnapStart") is JObject snapStart && !(snapStart["ApplyOn"] is JValue { Value: "None" }))
            code["SnapStart"] = snapStart;
        return code;
    }

    /// <summary>
    /// Every property of the generated function (but the generated role, which never changes the code), plus the
    /// written properties of each layer of this template the function uses that publishes a Lambda version.
    /// </summary>
    private static JObject AllPropertiesHashInput(SamResource fn, TransformContext context, JObject lambdaProperties, bool roleIsGenerated)
    {
        var input = (JObject)lambdaProperties.DeepClone();
        if (roleIsGenerated) input.Remove("Role");
        if (fn.Get("Layers") is JArray layers)
        {
            foreach (var layer in layers)
            {
                var layerId = Intrinsics.IsIntrinsic(layer, "Ref") ? Intrinsics.ReferencedLogicalId(layer) : null;
                if (layerId is null || context.FindResource(layerId) is not { Type: "AWS::Serverless::LayerVersion" } samLayer) continue;
                if (samLayer.Get("PublishLambdaVersion") is JValue { Type: JTokenType.Boolean } publish && (bool)publish!)
                    input[layerId] = samLayer.Properties.DeepClone();
            }
        }
        return input;
    }
}
