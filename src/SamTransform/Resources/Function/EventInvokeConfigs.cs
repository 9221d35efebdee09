using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// <c>EventInvokeConfig</c>: an <c>AWS::Lambda::EventInvokeConfig</c> for the function (or its alias), the queue or topic
/// SAM creates when an SQS/SNS destination is not given, and the role policies that let the function reach each
/// destination.
/// </summary>
public static class EventInvokeConfigs
{
    private static readonly string[] DestinationTypes = ["SQS", "SNS", "EventBridge", "Lambda", "S3Bucket"];

    /// <summary>Types whose destination SAM creates when the template leaves it out.</summary>
    private static readonly string[] CreatableTypes = ["SQS", "SNS"];

    /// <summary>SAM's checks of the configuration and its destinations, made before the function's alias and role.</summary>
    public static void Check(SamResource fn, TransformContext context)
    {
        if (Read(fn, context) is not var (written, config)) return;
        var logicalId = fn.LogicalId + "EventInvokeConfig";
        foreach (var outcome in (string[])["OnSuccess", "OnFailure"])
            if (config["DestinationConfig"]?[outcome] is JObject destination)
                CheckDestination(fn, logicalId, destination, (JObject)written["DestinationConfig"]![outcome]!);
    }

    /// <summary>
    /// The configuration as written and as SAM reads it (template parameters filled in; a Ref resolving to a
    /// parameter's text leaves nothing to read); null for none (an empty map). An intrinsic function is read as a map
    /// of one unknown key.
    /// </summary>
    private static (JObject Written, JObject Config)? Read(SamResource fn, TransformContext context)
    {
        if (fn.Get("EventInvokeConfig") is not JObject { Count: > 0 } written) return null;
        var destinationConfig = written["DestinationConfig"];
        if (destinationConfig is not null && destinationConfig is not JObject)
            throw fn.Invalid("Property 'EventInvokeConfig.DestinationConfig' should be a map.", destinationConfig);
        foreach (var outcome in (string[])["OnSuccess", "OnFailure"])
            if (destinationConfig?[outcome] is { } d && d is not JObject)
                throw fn.Invalid($"Property 'EventInvokeConfig.DestinationConfig.{outcome}' should be a map.", d);
        return (written, new TemplateValueResolver(context.ParameterValues, null).Resolve(written) as JObject ?? []);
    }

    /// <summary>The resource, the destinations SAM creates and the role's permissions (<see cref="Check"/> has passed).</summary>
    public static void Apply(SamResource fn, TransformContext context, JObject? role, AliasInfo? alias)
    {
        if (Read(fn, context) is not var (written, config)) return;
        var logicalId = fn.LogicalId + "EventInvokeConfig";
        var destinations = new JObject();
        foreach (var outcome in (string[])["OnSuccess", "OnFailure"])
        {
            if (config["DestinationConfig"]?[outcome] is not JObject destination) continue;
            var arn = Destination(fn, context, role, logicalId, outcome, destination, (JObject)written["DestinationConfig"]![outcome]!);
            destinations[outcome] = new JObject { ["Destination"] = arn };
        }

        var properties = new JObject();
        properties["DestinationConfig"] = destinations;
        properties["FunctionName"] = Intrinsics.Ref(fn.LogicalId);
        properties.SetIf("MaximumEventAgeInSeconds", config["MaximumEventAgeInSeconds"]);
        properties.SetIf("MaximumRetryAttempts", config["MaximumRetryAttempts"]);
        properties["Qualifier"] = alias is null ? "$LATEST" : alias.Resource["Properties"]!["Name"]!.DeepClone();
        var resource = CfnResource.Create("AWS::Lambda::EventInvokeConfig", properties).WithPassThrough(fn);
        if (alias is not null) resource["DependsOn"] = new JArray(alias.LogicalId);
        context.Emit(fn, logicalId, resource, "EventInvokeConfig");
    }

    /// <summary>
    /// The destination ARN for one outcome, creating the queue or topic when none is given (or when an <c>Fn::If</c>
    /// gives none in one branch: then the created resource exists under the matching condition).
    /// </summary>
    private static JToken Destination(SamResource fn, TransformContext context, JObject? role, string configId, string outcome, JObject destination, JObject written)
    {
        var typeName = CheckDestination(fn, configId, destination, written);
        var prefix = configId + outcome;
        var policyName = prefix + typeName + "Policy";
        var given = Given(destination);
        var (condition, otherwise) = ConditionalDestination(context, configId, given, written["Destination"]);
        if (given is not null && condition is null)
        {
            AddPolicy(role, policyName, typeName, given);
            return given;
        }

        var isQueue = typeName == "SQS";
        var createdId = prefix + (isQueue ? "Queue" : "Topic");
        var created = CfnResource.Create(isQueue ? "AWS::SQS::Queue" : "AWS::SNS::Topic", new JObject());
        if (CombineConditions(context, fn, condition) is { } createdCondition) created["Condition"] = createdCondition;
        context.Emit(fn, createdId, created, $"EventInvokeConfig {outcome} destination");
        context.State<ResourceReferences>().AddProperty(fn.LogicalId, isQueue ? "DestinationQueue" : "DestinationTopic", createdId);

        JToken arn = isQueue ? Intrinsics.GetAtt(createdId, "Arn") : Intrinsics.Ref(createdId);
        if (condition is not null) arn = Intrinsics.If(condition, arn, otherwise!);
        AddPolicy(role, policyName, typeName, arn);
        return arn;
    }

    /// <summary>The destination written, if any: SAM reads a null one as none (a queue or topic is created for it).</summary>
    private static JToken? Given(JObject destination) => destination["Destination"] is { Type: not JTokenType.Null } given ? given : null;

    /// <summary>The destination's type, after SAM's checks: a known type, and a destination given unless SAM can create one.</summary>
    private static string CheckDestination(SamResource fn, string configId, JObject destination, JObject written)
    {
        var type = destination["Type"];
        var typeName = type?.Type == JTokenType.String ? (string)type! : null;
        if (typeName is null || !DestinationTypes.Contains(typeName))
            throw fn.Invalid($"'Type: {Scalars.PythonText(type)}' must be one of {Scalars.PythonList(DestinationTypes)}", written["Type"] ?? written);
        var given = Given(destination);
        if (Intrinsics.IsIntrinsic(given, "Fn::If") && given!["Fn::If"] is not JArray { Count: 3 })
            throw new SamException("Malformed 'Destination' property: Fn::If requires 3 arguments.", written["Destination"]) { ResourceIdOverride = configId };
        var conditional = given is JObject { Count: 1 } ifMap && ifMap["Fn::If"] is JArray { Count: 3 } args && (Intrinsics.IsNoValue(args[1]) && Scalars.IsTruthy(args[2]) || Intrinsics.IsNoValue(args[2]) && Scalars.IsTruthy(args[1]));
        if ((given is null || conditional) && !CreatableTypes.Contains(typeName))
            throw fn.Invalid($"Destination is required if Type is not {Scalars.PythonList(CreatableTypes)}", written);
        return typeName;
    }

    /// <summary>
    /// For <c>Fn::If [C, X, AWS::NoValue]</c> (or the reverse) the condition under which SAM must create the
    /// destination itself, and the destination to use otherwise. (null, null) for any other destination.
    /// </summary>
    private static (string? Condition, JToken? Otherwise) ConditionalDestination(TransformContext context, string configId, JToken? destination, JToken? written)
    {
        if (!Intrinsics.IsIntrinsic(destination, "Fn::If")) return (null, null);
        if (destination!["Fn::If"] is not JArray { Count: 3 } args)
            throw new SamException("Malformed 'Destination' property: Fn::If requires 3 arguments.", written) { ResourceIdOverride = configId };
        var name = args[0].Type == JTokenType.String ? (string)args[0]! : args[0].ToString(Newtonsoft.Json.Formatting.None);
        if (Intrinsics.IsNoValue(args[1]) && Scalars.IsTruthy(args[2])) return (name, args[2]);
        if (Intrinsics.IsNoValue(args[2]) && Scalars.IsTruthy(args[1]))
        {
            var negated = GeneratedConditionName("NOT" + name, configId);
            context.Conditions[negated] = new JObject { ["Fn::Not"] = new JArray(new JObject { ["Condition"] = name }) };
            return (negated, args[1]);
        }
        return (null, null);
    }

    /// <summary>The function's condition and the destination's, as one condition (added to the template when both exist).</summary>
    private static string? CombineConditions(TransformContext context, SamResource fn, string? destinationCondition)
    {
        var functionCondition = fn.Condition is JValue { Type: JTokenType.String } c ? (string)c! : null;
        if (functionCondition is null) return destinationCondition;
        if (destinationCondition is null) return functionCondition;
        var name = GeneratedConditionName(functionCondition + "AND" + destinationCondition, fn.LogicalId);
        // The reference wraps each operand in a second Condition object; CloudFormation output must match it.
        context.Conditions[name] = new JObject
        {
            ["Fn::And"] = new JArray(
                new JObject { ["Condition"] = new JObject { ["Condition"] = functionCondition } },
                new JObject { ["Condition"] = new JObject { ["Condition"] = destinationCondition } }),
        };
        return name;
    }

    /// <summary>A generated condition name: the name, then the hash of the logical id it concerns, within CloudFormation's 255 characters.</summary>
    public static string GeneratedConditionName(string name, string hashedLogicalId)
    {
        var full = name + LogicalIdHasher.Hash(hashedLogicalId);
        return full.Length > 255 ? full[..255] : full;
    }

    private static void AddPolicy(JObject? role, string policyName, string type, JToken arn)
    {
        if (role is null) return;
        var statement = type switch
        {
            "SQS" => Statement("sqs:SendMessage", arn.DeepClone()),
            "SNS" => Statement("sns:publish", arn.DeepClone()),
            "Lambda" => Statement("lambda:InvokeFunction", arn.DeepClone()),
            "EventBridge" => Statement("events:PutEvents", arn.DeepClone()),
            _ => Statement(new JArray("s3:PutObject", "s3:ListBucket"), new JArray(arn.DeepClone(), new JObject { ["Fn::Join"] = new JArray("/", new JArray(arn.DeepClone(), "*")) })),
        };
        var properties = CfnResource.Props(role);
        if (properties["Policies"] is not JArray policies)
        {
            policies = [];
            properties["Policies"] = policies;
        }
        policies.Add(new JObject
        {
            ["PolicyName"] = policyName,
            ["PolicyDocument"] = new JObject { ["Statement"] = new JArray(statement) },
        });
    }

    private static JObject Statement(JToken action, JToken resource) => new()
    {
        ["Action"] = action,
        ["Effect"] = "Allow",
        ["Resource"] = resource,
    };
}
