using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Policies;
using SamTransform.Specification;

namespace SamTransform.Resources;

/// <summary>
/// <c>AWS::Serverless::Function</c> → <c>AWS::Lambda::Function</c>, its execution role, version and alias, deployment
/// group, event invoke config, function URL and one set of resources per event.
/// </summary>
public sealed class FunctionExpander(EventSourceRegistry events) : IResourceExpander
{
    public FunctionExpander() : this(EventSourceRegistry.Default) { }

    public string ResourceType => "AWS::Serverless::Function";

    public IReadOnlySet<string> Properties => SamSpecs.Function.Names;

    public void Prepare(SamResource fn, TransformContext context) => FunctionPolicies.ExpandTemplates(fn);

    public void Expand(SamResource fn, TransformContext context)
    {
        SamSpecs.Function.Validate(fn);
        var id = fn.LogicalId;
        var lastBefore = context.Output.Last;
        var events = LinkEvents(fn, context);
        CheckRequirements(fn);
        var properties = BuildFunctionProperties(fn, context, events);
        var aliasName = VersionAndAlias.AliasName(fn, context);
        var roleIsGenerated = ExecutionRoleNeeded(fn, properties);
        var lambda = CfnResource.Create("AWS::Lambda::Function", properties).WithPassThrough(fn);
        if (fn.DependsOn is { } dependsOn) lambda["DependsOn"] = dependsOn;
        if (fn.Metadata is { } metadata) lambda["Metadata"] = metadata;
        context.Emit(fn, id, lambda);
        var alias = VersionAndAlias.Create(fn, context, lambda, roleIsGenerated, aliasName);

        // SAM checks these in this order before it creates anything of them.
        FunctionUrls.Check(fn);
        var preference = DeploymentPreferences.Check(fn, context, alias is not null);
        EventInvokeConfigs.Check(fn, context);
        DeploymentPreferences.Apply(fn, context, alias, preference);

        JObject? role = null;
        if (roleIsGenerated)
        {
            role = BuildRole(fn, context, properties);
            context.Emit(fn, id + "Role", role, "execution role");
        }

        EventInvokeConfigs.Apply(fn, context, role, alias);
        ExpandEvents(fn, context, events, role, alias?.LogicalId);
        FunctionUrls.Apply(fn, context, alias?.LogicalId);
        Tags.PropagateToGenerated(fn, lastBefore, context.Output);
    }

    /// <summary>What a function with a tenancy configuration may not have, in the order SAM checks it.</summary>
    private static void CheckTenancy(SamResource fn, List<(string Id, JObject Definition, IEventSource? Source)> events)
    {
        if (fn.Has("ProvisionedConcurrencyConfig"))
            throw fn.Invalid("Provisioned concurrency is not supported for functions enabled with tenancy configuration.", fn["ProvisionedConcurrencyConfig"]);
        if (fn.Has("FunctionUrlConfig"))
            throw fn.Invalid("Function URL is not supported for functions enabled with tenancy configuration.", fn["FunctionUrlConfig"]);
        if (fn.Has("SnapStart"))
            throw fn.Invalid("SnapStart is not supported for functions enabled with tenancy configuration.", fn["SnapStart"]);
        if (events.FirstOrDefault(e => (string?)e.Definition["Type"] is not ("Api" or "HttpApi")) is { Definition: { } other })
            throw fn.Invalid($"Event source '{other["Type"]}' is not supported for functions enabled with tenancy configuration. Only Api and HttpApi event sources are supported.", other["Type"]);
    }

    /// <summary>
    /// The properties that need another (or exclude one), which SAM checks first when it transforms the function and
    /// reports together, one per line.
    /// </summary>
    private static void CheckRequirements(SamResource fn)
    {
        var problems = new List<string>();
        var capacity = fn.Has("CapacityProviderConfig");
        if (fn.Has("FunctionScalingConfig") && !capacity) problems.Add("'FunctionScalingConfig' requires 'CapacityProviderConfig'.");
        if (capacity && fn.Has("ProvisionedConcurrencyConfig")) problems.Add("Cannot specify 'CapacityProviderConfig' and 'ProvisionedConcurrencyConfig' together.");
        if (fn.Has("VersionDeletionPolicy") && !Scalars.IsTruthy(fn.Get("AutoPublishAlias"))) problems.Add("'VersionDeletionPolicy' requires 'AutoPublishAlias'.");
        if (problems.Count > 0) throw fn.Invalid(string.Join("\n", problems));
    }

    /// <summary>
    /// Whether SAM creates the execution role: when no <c>Role</c> is given, or when an <c>Fn::If</c> gives none in one
    /// branch (that branch then uses the generated role). Sets the function's <c>Role</c> accordingly.
    /// </summary>
    private static bool ExecutionRoleNeeded(SamResource fn, JObject properties)
    {
        var generated = Intrinsics.GetAtt(fn.LogicalId + "Role", "Arn");
        var role = fn.Get("Role");
        if (role is null)
        {
            properties["Role"] = generated;
            return true;
        }
        if (Intrinsics.IsIntrinsic(role, "Fn::If"))
        {
            if (role["Fn::If"] is not JArray { Count: 3 } args)
                throw fn.Invalid("Malformed 'Role' property: Fn::If requires 3 arguments.", role);
            if (Intrinsics.IsNoValue(args[1]) || Intrinsics.IsNoValue(args[2]))
            {
                properties["Role"] = new JObject
                {
                    ["Fn::If"] = new JArray(args[0].DeepClone(),
                        Intrinsics.IsNoValue(args[1]) ? generated : args[1].DeepClone(),
                        Intrinsics.IsNoValue(args[2]) ? generated.DeepClone() : args[2].DeepClone()),
                };
                return true;
            }
        }
        properties["Role"] = role;
        return false;
    }

    private static JObject BuildFunctionProperties(SamResource fn, TransformContext context, List<(string Id, JObject Definition, IEventSource? Source)> events)
    {
        // SAM checks the dead-letter queue before anything else of the function, then what a tenancy excludes.
        var deadLetterConfig = fn.Get("DeadLetterQueue") is { } dlq ? DeadLetterQueues.TargetConfig(fn, dlq) : null;
        if (fn.Has("TenancyConfig")) CheckTenancy(fn, events);
        var isImage = IsImagePackage(fn);
        var properties = new JObject { ["Code"] = BuildCode(fn, context, isImage) };
        SamSpecs.Function.CopyPassThrough(fn, properties);
        properties["Role"] = fn.Get("Role") ?? Intrinsics.GetAtt(fn.LogicalId + "Role", "Arn");
        if (TracingMode(fn, context) is { } tracing) properties["TracingConfig"] = new JObject { ["Mode"] = tracing };
        if (fn.Get("CapacityProviderConfig") is { } capacity && CapacityProviders.Config(fn, capacity) is { } capacityConfig) properties["CapacityProviderConfig"] = capacityConfig;
        if (deadLetterConfig is not null) properties["DeadLetterConfig"] = deadLetterConfig;
        ValidatePackageType(fn, isImage);
        properties["Tags"] = Tags.Build(fn, fn.Get("Tags"));
        return properties;
    }

    /// <summary>
    /// <c>PackageType</c>: <c>Zip</c> when absent or empty, else <c>Zip</c> or <c>Image</c> as written (an intrinsic is
    /// neither).
    /// </summary>
    private static bool IsImagePackage(SamResource fn)
    {
        var packageType = fn.Get("PackageType");
        if (!Scalars.IsTruthy(packageType)) return false;
        if (packageType is JValue { Type: JTokenType.String } text && (string)text! is "Zip" or "Image") return (string)text! == "Image";
        throw fn.Invalid($"invalid 'PackageType' : {Scalars.PythonText(packageType)}", packageType);
    }

    /// <summary>What each package type excludes: a zip has a runtime and handler and no image settings, an image the reverse.</summary>
    private static void ValidatePackageType(SamResource fn, bool isImage)
    {
        if (isImage)
        {
            if (Scalars.IsTruthy(fn.Get("Handler")) || Scalars.IsTruthy(fn.Get("Runtime")) || Scalars.IsTruthy(fn.Get("Layers")))
                throw fn.Invalid("Runtime, Handler, Layers cannot be present when PackageType is of type `Image`");
            return;
        }
        if (!Scalars.IsTruthy(fn.Get("Runtime")) || !Scalars.IsTruthy(fn.Get("Handler")))
            throw fn.Invalid("Runtime and Handler needs to be present when PackageType is of type `Zip`");
        if (Scalars.IsTruthy(fn.Get("ImageConfig")))
            throw fn.Invalid("ImageUri or ImageConfig cannot be present when PackageType is of type `Zip`", fn.Get("ImageConfig"));
    }

    /// <summary>
    /// The function's <c>Code</c>: for an image its <c>ImageUri</c>; for a zip its <c>InlineCode</c> or, failing that,
    /// its <c>CodeUri</c> (which may come from Globals). The other package type's properties are not read.
    /// </summary>
    private static JObject BuildCode(SamResource fn, TransformContext context, bool isImage)
    {
        if (isImage)
        {
            // AWS's transform ignores CodeUri and InlineCode on an image function (sam build reads CodeUri there).
            var imageUri = fn.Get("ImageUri") ?? throw fn.Invalid("'ImageUri' must be set.");
            return new JObject { ["ImageUri"] = imageUri };
        }
        JObject code;
        if (fn.Get("InlineCode") is { } inline)
            code = new JObject { ["ZipFile"] = inline };
        else if (fn.Get("CodeUri") is { } codeUri)
            code = CodeUris.ToCode(fn, "CodeUri", codeUri, context, "S3Bucket", "S3Key", "S3ObjectVersion");
        else
            throw fn.Invalid("Only one of 'InlineCode' or 'CodeUri' can be set.");
        if (Scalars.IsTruthy(fn.Get("SourceKMSKeyArn"))) code["SourceKMSKeyArn"] = fn.Get("SourceKMSKeyArn");
        return code;
    }

    /// <summary>
    /// <c>Tracing</c>, unless it is absent or (after parameter resolution) <c>Disabled</c>. SAM fills the parameters of
    /// an <c>Fn::Sub</c> in place, while a <c>Ref</c> stays as written.
    /// </summary>
    private static JToken? TracingMode(SamResource fn, TransformContext context)
    {
        if (fn.Get("Tracing") is not { } tracing || !Scalars.IsTruthy(tracing)) return null;
        var resolved = ParameterResolver.Resolve(tracing, context.ParameterValues);
        if (resolved is JValue { Type: JTokenType.String } s && (string)s! == "Disabled") return null;
        return Intrinsics.IsIntrinsic(tracing, "Ref") ? tracing : resolved;
    }

    private static JObject BuildRole(SamResource fn, TransformContext context, JObject lambdaProperties)
    {
        var builder = new ExecutionRoleBuilder(context, fn, fn.LogicalId + "Role");
        // Durable functions need the checkpoint permissions of the durable variant of the basic policy.
        builder.AddManagedArn(context.Arns.ServiceRoleManagedPolicy(Scalars.IsTruthy(fn.Get("DurableConfig")) ? "AWSLambdaBasicDurableExecutionRolePolicy" : "AWSLambdaBasicExecutionRole"));
        if (lambdaProperties["TracingConfig"] is not null)
            builder.AddManagedArn(context.Arns.XrayPolicyArn());
        if (Scalars.IsTruthy(fn.Get("VpcConfig")))
            builder.AddManagedArn(context.Arns.ServiceRoleManagedPolicy("AWSLambdaVPCAccessExecutionRole"));
        builder.AddPolicies(FunctionPolicies.Read(fn.Get("Policies"), fn));
        if (fn.Get("DeadLetterQueue") is { } dlq) builder.AddInline(DeadLetterQueues.RolePolicy(dlq));
        var assume = fn.Get("AssumeRolePolicyDocument") ?? ExecutionRoleBuilder.DefaultAssumeRolePolicy("lambda.amazonaws.com");
        return builder.Build(assume, (JArray)lambdaProperties["Tags"]!.DeepClone(), fn.Get("PermissionsBoundary"), fn.Get("RolePath"));
    }

    /// <summary>
    /// What SAM checks about each event before it transforms the function itself: the event's shape and type, its id,
    /// and what its type checks on linking (its properties, the template resources it refers to). Returns the events
    /// with their sources, in template order. An event of a type SAM has but this transform does not implement yet ends
    /// the list with a null source: its error is raised when the events are expanded, after the function's own checks.
    /// </summary>
    private List<(string Id, JObject Definition, IEventSource? Source)> LinkEvents(SamResource fn, TransformContext context)
    {
        var linked = new List<(string, JObject, IEventSource?)>();
        if (fn.Get("Events") is not { } eventsToken) return linked;
        foreach (var property in ((JObject)eventsToken).Properties())
        {
            // SAM reads an event's Type with dict.get, so anything but a map fails as Python reports it.
            if (property.Value is not JObject definition)
                throw new SamException($"'{PythonValues.TypeName(property.Value)}' object has no attribute 'get'", property.Value) { EventId = property.Name };
            var type = definition["Type"];
            if (type?.Type != JTokenType.String || events.Find((string)type!) is not { } source)
            {
                // A type SAM does not know is its error now; one it has and this tool lacks is reported on expansion.
                if (type is not JValue { Type: JTokenType.String } name || !SamTypes.FunctionEventTypes.Contains((string)name!, StringComparer.Ordinal))
                    throw UnhandledEventType.For(fn.Type, property.Name, definition, SamTypes.FunctionEventTypes, context);
                linked.Add((property.Name, definition, null));
                break;
            }
            // The API plugins read an event's properties first; other events are built as resources.
            if (definition["Properties"] is { Type: not JTokenType.Object } eventProps)
                throw ApiKind.PropertiesNotAMap((string)type!, eventProps, fn.LogicalId, property.Name);
            // The event's resources are named after it, so its id must make a valid logical id.
            if (!SamResource.IsAlphanumericId(fn.LogicalId + property.Name))
                throw new SamException(DiagnosticCatalog.LogicalIdNotAlphanumeric, property) { ResourceIdOverride = fn.LogicalId + property.Name };
            source.Link(new FunctionEventContext { Transform = context, Function = fn, EventId = property.Name, Event = definition });
            linked.Add((property.Name, definition, source));
        }
        return linked;
    }

    private static void ExpandEvents(SamResource fn, TransformContext context, List<(string Id, JObject Definition, IEventSource? Source)> events, JObject? role, string? aliasId)
    {
        foreach (var (id, definition, source) in events)
        {
            if (source is null)
                throw UnhandledEventType.For(fn.Type, id, definition, SamTypes.FunctionEventTypes, context);
            source.Expand(new FunctionEventContext
            {
                Transform = context,
                Function = fn,
                EventId = id,
                Event = definition,
                Role = role,
                AliasLogicalId = aliasId,
            });
        }
    }
}
