using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Policies;

namespace SamTransform.Resources;

/// <summary>
/// <c>AWS::Serverless::Function</c> → <c>AWS::Lambda::Function</c>, its execution role, version and alias, deployment
/// group, event invoke config, function URL and one set of resources per event.
/// </summary>
public sealed class FunctionExpander(EventSourceRegistry events) : IResourceExpander
{
    public FunctionExpander() : this(EventSourceRegistry.Default) { }

    public string ResourceType => "AWS::Serverless::Function";

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Handler", "Runtime", "CodeUri", "InlineCode", "ImageUri", "PackageType", "ImageConfig", "FunctionName", "Description",
        "MemorySize", "Timeout", "Role", "AssumeRolePolicyDocument", "Policies", "PermissionsBoundary", "RolePath",
        "Environment", "VpcConfig", "Events", "Tags", "PropagateTags", "Tracing", "KmsKeyArn", "DeadLetterQueue",
        "DeploymentPreference", "Layers", "AutoPublishAlias", "AutoPublishAliasAllProperties", "AutoPublishCodeSha256",
        "VersionDescription", "VersionDeletionPolicy", "ReservedConcurrentExecutions", "ProvisionedConcurrencyConfig",
        "EventInvokeConfig", "FileSystemConfigs", "CodeSigningConfigArn", "Architectures", "SnapStart", "EphemeralStorage",
        "FunctionUrlConfig", "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop", "SourceKMSKeyArn",
        "TenancyConfig", "DurableConfig", "CapacityProviderConfig", "FunctionScalingConfig", "PublishToLatestPublished",
    };

    /// <summary>Properties copied to the Lambda function unchanged.</summary>
    private static readonly string[] PassThroughProperties =
    [
        "PackageType", "ImageConfig", "Handler", "Runtime", "FunctionName", "Description", "MemorySize", "Timeout", "Environment",
        "VpcConfig", "KmsKeyArn", "ReservedConcurrentExecutions", "Layers", "FileSystemConfigs", "CodeSigningConfigArn",
        "Architectures", "EphemeralStorage", "SnapStart", "RuntimeManagementConfig", "LoggingConfig", "RecursiveLoop",
        "TenancyConfig", "DurableConfig",
    ];

    public void Expand(SamResource fn, TransformContext context)
    {
        var id = fn.LogicalId;
        var properties = BuildFunctionProperties(fn, context);
        var lambda = CfnResource.Create("AWS::Lambda::Function", properties).WithPassThrough(fn);
        if (fn.DependsOn is { } dependsOn) lambda["DependsOn"] = dependsOn;
        if (fn.Metadata is { } metadata) lambda["Metadata"] = metadata;
        context.Emit(fn, id, lambda);

        var alias = VersionAndAlias.Create(fn, context, lambda);
        DeploymentPreferences.Apply(fn, context, alias);

        JObject? role = null;
        if (!fn.Has("Role"))
        {
            role = BuildRole(fn, context, properties);
            context.Emit(fn, id + "Role", role);
        }

        EventInvokeConfigs.Apply(fn, context, role, alias);
        ExpandEvents(fn, context, lambda, role, alias?.LogicalId);
        FunctionUrls.Apply(fn, context, alias?.LogicalId);
    }

    private static JObject BuildFunctionProperties(SamResource fn, TransformContext context)
    {
        var packageType = fn.Get("PackageType");
        var isImage = packageType?.Type == JTokenType.String && (string)packageType! == "Image";
        var properties = new JObject { ["Code"] = BuildCode(fn, context, isImage) };
        if (!isImage && (!fn.Has("Runtime") || !fn.Has("Handler")) && packageType is null or { Type: JTokenType.String })
            throw fn.Invalid("Runtime and Handler needs to be present when PackageType is of type `Zip`");
        foreach (var name in PassThroughProperties)
            properties.SetIf(name, fn.Get(name));
        if (fn.Get("Layers") is { } layers && layers.Type != JTokenType.Array && !Intrinsics.IsIntrinsic(layers))
            throw fn.Invalid("Type of property 'Layers' is invalid.", layers);
        properties["Role"] = fn.Get("Role") ?? Intrinsics.GetAtt(fn.LogicalId + "Role", "Arn");
        if (fn.Get("Tracing") is { } tracing) properties["TracingConfig"] = new JObject { ["Mode"] = tracing };
        if (fn.Get("DeadLetterQueue") is { } dlq) properties["DeadLetterConfig"] = DeadLetterQueues.TargetConfig(fn, dlq);
        properties["Tags"] = Tags.Build(fn, fn.Get("Tags"));
        return properties;
    }

    private static JObject BuildCode(SamResource fn, TransformContext context, bool isImage)
    {
        if (isImage)
        {
            var imageUri = fn.Get("ImageUri") ?? throw fn.Invalid("'ImageUri' must be set.");
            if (fn.Has("CodeUri") || fn.Has("InlineCode"))
                throw fn.Invalid("CodeUri and InlineCode cannot be used when PackageType is of type `Image`");
            return new JObject { ["ImageUri"] = imageUri };
        }
        var inline = fn.Get("InlineCode");
        var codeUri = fn.Get("CodeUri");
        if (inline is not null && codeUri is not null || inline is null && codeUri is null)
        {
            if (inline is null && codeUri is null && fn.Get("ImageUri") is { } image && fn.Get("PackageType") is null)
                return new JObject { ["ImageUri"] = image };
            throw fn.Invalid("Only one of 'InlineCode' or 'CodeUri' can be set.");
        }
        if (inline is not null) return new JObject { ["ZipFile"] = inline };
        return CodeUris.ToCode(fn, "CodeUri", codeUri!, context, "S3Bucket", "S3Key", "S3ObjectVersion");
    }

    private static JObject BuildRole(SamResource fn, TransformContext context, JObject lambdaProperties)
    {
        var builder = new ExecutionRoleBuilder(context, fn, fn.LogicalId + "Role");
        builder.AddManagedArn(context.Arns.ServiceRoleManagedPolicy("AWSLambdaBasicExecutionRole"));
        if (fn.Has("Tracing"))
            builder.AddManagedArn(context.Arns.XrayPolicyArn());
        if (fn.Has("VpcConfig"))
            builder.AddManagedArn(context.Arns.ServiceRoleManagedPolicy("AWSLambdaVPCAccessExecutionRole"));
        builder.AddPolicies(FunctionPolicies.Read(fn.Get("Policies"), fn));
        if (fn.Get("DeadLetterQueue") is { } dlq) builder.AddInline(DeadLetterQueues.RolePolicy(dlq));
        var assume = fn.Get("AssumeRolePolicyDocument") ?? ExecutionRoleBuilder.DefaultAssumeRolePolicy("lambda.amazonaws.com");
        return builder.Build(assume, (JArray)lambdaProperties["Tags"]!.DeepClone(), fn.Get("PermissionsBoundary"), fn.Get("RolePath"));
    }

    private void ExpandEvents(SamResource fn, TransformContext context, JObject lambda, JObject? role, string? aliasId)
    {
        if (fn.Get("Events") is not { } eventsToken) return;
        if (eventsToken is not JObject eventsMap) throw fn.Invalid("Type of property 'Events' is invalid.", eventsToken);
        foreach (var property in eventsMap.Properties())
        {
            if (property.Value is not JObject definition)
                throw new SamException("Event should be a map.", property.Value) { EventId = property.Name };
            var type = definition["Type"];
            if (type?.Type != JTokenType.String)
                throw new SamException("Resource dict has missing or invalid value for key Type.", definition) { EventId = property.Name };
            var source = events.Find((string)type!)
                ?? throw new SamException($"Type '{type}' is not a supported event type.", type) { EventId = property.Name };
            if (definition["Properties"] is { } eventProps && eventProps.Type != JTokenType.Object)
                throw new SamException("Properties should be a map.", eventProps) { EventId = property.Name };
            source.Expand(new FunctionEventContext
            {
                Transform = context,
                Function = fn,
                EventId = property.Name,
                Event = definition,
                LambdaFunction = lambda,
                Role = role,
                AliasLogicalId = aliasId,
            });
        }
    }
}
