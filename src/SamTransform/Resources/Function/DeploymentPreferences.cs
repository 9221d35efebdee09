using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>
/// <c>DeploymentPreference</c>: gradual deployment of a function's alias through CodeDeploy. Each enabled preference
/// gets a <c>&lt;Fn&gt;DeploymentGroup</c> and a <c>CodeDeployLambdaAliasUpdate</c> update policy on the alias; the
/// template gets one shared CodeDeploy application and, unless every preference names its own role, one service role
/// (both added by <see cref="Finish"/> once all functions are expanded).
/// </summary>
public static class DeploymentPreferences
{
    public const string ApplicationLogicalId = "ServerlessDeploymentApplication";
    public const string ServiceRoleLogicalId = "CodeDeployServiceRole";

    /// <summary>The condition that guards the shared resources when every preference is conditional on different conditions.</summary>
    public const string AggregateConditionName = "ServerlessCodeDeployCondition";

    /// <summary>CodeDeploy's predefined Lambda configurations; SAM names them without the <c>CodeDeployDefault.Lambda</c> prefix.</summary>
    private static readonly HashSet<string> PredefinedTypes = new(StringComparer.Ordinal)
    {
        "Canary10Percent30Minutes", "Canary10Percent5Minutes", "Canary10Percent10Minutes", "Canary10Percent15Minutes",
        "Linear10PercentEvery10Minutes", "Linear10PercentEvery1Minute", "Linear10PercentEvery2Minutes",
        "Linear10PercentEvery3Minutes", "AllAtOnce",
    };

    private const string PredefinedTypeTemplate = "CodeDeployDefault.Lambda${ConfigName}";

    /// <summary>The enabled preferences of the template, for the shared resources.</summary>
    public sealed class Collection
    {
        public List<Enabled> Preferences { get; } = [];
    }

    /// <param name="Function">The function the preference belongs to.</param>
    /// <param name="Condition">The function's condition when the preference passes it through; null otherwise.</param>
    /// <param name="HasOwnRole">True when the preference names the role CodeDeploy uses.</param>
    /// <param name="Tags">The function's tags when it propagates them.</param>
    public sealed record Enabled(SamResource Function, string? Condition, bool HasOwnRole, JArray? Tags);

    /// <summary>An enabled preference, checked: its type, whether it passes the function's condition on, its alarms.</summary>
    public sealed record Checked(JObject Preference, JToken Type, bool Passthrough, JToken? Alarms);

    /// <summary>SAM's checks of the preference, made before the function's destinations and alias; null when it is absent or disabled.</summary>
    public static Checked? Check(SamResource fn, TransformContext context, bool hasAlias)
    {
        // An empty map is no preference.
        if (fn.Get("DeploymentPreference") is not JObject { Count: > 0 } preference) return null;
        var hooks = preference["Hooks"];
        if (hooks is not null && hooks is not JObject)
            throw fn.Invalid("'Hooks' property of 'DeploymentPreference' must be a dictionary", hooks);

        var resolver = TemplateValueResolver.For(context);
        if (!IsEnabled(preference["Enabled"], resolver)) return null;
        var type = preference["Type"] ?? throw fn.Invalid("'DeploymentPreference' is missing required Property 'Type'", preference);
        var passthrough = preference["PassthroughCondition"] is { } p && ResolveBoolean(fn, p, "PassthroughCondition", resolver);
        if (!hasAlias)
            throw fn.Invalid("'DeploymentPreference' requires AutoPublishAlias property to be specified.", preference);
        return new Checked(preference, type, passthrough, AlarmConfiguration(fn, preference["Alarms"]));
    }

    /// <param name="checkedPreference">From <see cref="Check"/>; null adds nothing.</param>
    public static void Apply(SamResource fn, TransformContext context, AliasInfo? alias, Checked? checkedPreference)
    {
        if (checkedPreference is not var (preference, type, passthrough, alarms) || alias is null) return;
        var hooks = preference["Hooks"];
        var resolver = TemplateValueResolver.For(context);
        var groupId = fn.LogicalId + "DeploymentGroup";
        var role = preference["Role"];
        var properties = new JObject();
        properties.SetIf("AlarmConfiguration", alarms);
        properties["ApplicationName"] = Intrinsics.Ref(ApplicationLogicalId);
        properties["AutoRollbackConfiguration"] = new JObject
        {
            ["Enabled"] = true,
            ["Events"] = new JArray("DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM", "DEPLOYMENT_STOP_ON_REQUEST"),
        };
        properties["DeploymentConfigName"] = ExpandPredefinedTypes(resolver.Resolve(type), insideSub: false);
        properties["DeploymentStyle"] = new JObject { ["DeploymentType"] = "BLUE_GREEN", ["DeploymentOption"] = "WITH_TRAFFIC_CONTROL" };
        properties["ServiceRoleArn"] = Scalars.IsTruthy(role) ? role!.DeepClone() : Intrinsics.GetAtt(ServiceRoleLogicalId, "Arn");
        if (Scalars.IsTruthy(preference["TriggerConfigurations"])) properties["TriggerConfigurations"] = preference["TriggerConfigurations"]!.DeepClone();

        var group = CfnResource.Create("AWS::CodeDeploy::DeploymentGroup", properties);
        var condition = passthrough && fn.Condition is JValue { Type: JTokenType.String } c ? (string)c! : null;
        if (condition is not null) group["Condition"] = condition;
        context.Emit(fn, groupId, group, "CodeDeploy deployment group of DeploymentPreference");

        var update = new JObject
        {
            ["ApplicationName"] = Intrinsics.Ref(ApplicationLogicalId),
            ["DeploymentGroupName"] = Intrinsics.Ref(groupId),
        };
        if (hooks is JObject h)
        {
            update.SetIf("BeforeAllowTrafficHook", h["PreTraffic"]?.DeepClone());
            update.SetIf("AfterAllowTrafficHook", h["PostTraffic"]?.DeepClone());
        }
        alias.Resource["UpdatePolicy"] = new JObject { ["CodeDeployLambdaAliasUpdate"] = update };

        context.State<Collection>().Preferences.Add(new Enabled(fn, condition, Scalars.IsTruthy(role), Tags.Propagated(fn)));
    }

    /// <summary>Adds the CodeDeploy application, the service role and their condition for all enabled preferences.</summary>
    public static void Finish(TransformContext context)
    {
        var preferences = context.State<Collection>().Preferences;
        if (preferences.Count == 0) return;
        var origin = preferences[0].Function;

        // The shared resources exist whenever one of the deployment groups does: unconditionally if one group is.
        string? condition = null;
        if (preferences.All(p => p.Condition is not null))
        {
            var conditions = preferences.Select(p => p.Condition!).Distinct(StringComparer.Ordinal).ToList();
            condition = conditions.Count == 1 ? conditions[0] : AggregateConditionName;
            if (conditions.Count > 1)
                context.Conditions[AggregateConditionName] = new JObject
                {
                    ["Fn::Or"] = new JArray(conditions.Select(name => new JObject { ["Condition"] = name })),
                };
        }

        var applicationProperties = new JObject { ["ComputePlatform"] = "Lambda" };
        if (preferences.FirstOrDefault(p => p.Tags is not null)?.Tags is { } tags) applicationProperties["Tags"] = tags.DeepClone();
        var application = CfnResource.Create("AWS::CodeDeploy::Application", applicationProperties);
        if (condition is not null) application["Condition"] = condition;
        context.Emit(origin, ApplicationLogicalId, application, "CodeDeploy application of every DeploymentPreference");

        if (preferences.All(p => p.HasOwnRole)) return;
        var role = CfnResource.Create("AWS::IAM::Role", new JObject
        {
            ["AssumeRolePolicyDocument"] = Policies.ExecutionRoleBuilder.DefaultAssumeRolePolicy("codedeploy.amazonaws.com"),
            ["ManagedPolicyArns"] = new JArray(context.Arns.ServiceRoleManagedPolicy(ServiceRolePolicyName(context.Arns.Partition))),
        });
        if (condition is not null) role["Condition"] = condition;
        context.Emit(origin, ServiceRoleLogicalId, role, "CodeDeploy service role of every DeploymentPreference");
    }

    /// <summary>The newer, narrower managed policy where the broader one was never offered.</summary>
    private static string ServiceRolePolicyName(string partition) =>
        partition is "aws" or "aws-cn" or "aws-us-gov" ? "AWSCodeDeployRoleForLambda" : "AWSCodeDeployRoleForLambdaLimited";

    /// <summary><c>Enabled</c> after parameter resolution; the text <c>false</c>/<c>False</c> and falsy values disable.</summary>
    private static bool IsEnabled(JToken? token, TemplateValueResolver resolver)
    {
        if (token is null) return true;
        var value = resolver.Resolve(token);
        if (value is JValue { Type: JTokenType.String } s && (string)s! is "false" or "False") return false;
        return Scalars.IsTruthy(value);
    }

    /// <summary>A boolean property that may be given through a parameter <c>Ref</c> or <c>Fn::FindInMap</c>.</summary>
    internal static bool ResolveBoolean(SamResource fn, JToken token, string property, TemplateValueResolver resolver)
    {
        var value = resolver.Resolve(token);
        if (Scalars.AsBoolean(value) is { } b) return b;
        if (Intrinsics.IsIntrinsic(value))
            throw fn.Invalid($"Unsupported intrinsic: the only intrinsic functions supported for property {property} are FindInMap and parameter Refs.", token);
        throw fn.Invalid($"Invalid value for property {property}.", token);
    }

    /// <summary>
    /// <c>Alarms</c> as a deployment group's <c>AlarmConfiguration</c>: a list of alarm names, <c>AWS::NoValue</c>, or an
    /// <c>Fn::If</c> choosing between such lists.
    /// </summary>
    private static JToken? AlarmConfiguration(SamResource fn, JToken? alarms)
    {
        if (!Scalars.IsTruthy(alarms) || Intrinsics.IsNoValue(alarms)) return null;
        if (Intrinsics.IsIntrinsic(alarms, "Fn::If"))
        {
            if (alarms!["Fn::If"] is not JArray { Count: 3 } args)
                throw fn.Invalid("Malformed 'Alarms' property: Fn::If requires 3 arguments.", alarms);
            return new JObject { ["Fn::If"] = new JArray(args[0].DeepClone(), AlarmList(fn, args[1]), AlarmList(fn, args[2])) };
        }
        return AlarmList(fn, alarms!);
    }

    private static JToken AlarmList(SamResource fn, JToken alarms)
    {
        if (Intrinsics.IsNoValue(alarms)) return alarms.DeepClone();
        if (alarms is not JArray list) throw fn.Invalid("Alarms must be a list", alarms);
        if (list.Count > 0 && Intrinsics.IsNoValue(list[0])) return new JObject();
        return new JObject
        {
            ["Alarms"] = new JArray(list.Select(name => new JObject { ["Name"] = name.DeepClone() })),
            ["Enabled"] = true,
        };
    }

    /// <summary>
    /// Writes predefined configuration names as <c>CodeDeployDefault.Lambda&lt;Name&gt;</c> through <c>Fn::Sub</c>, wherever
    /// they appear inside intrinsics (a name that is already a Sub's text becomes that Sub's arguments).
    /// </summary>
    private static JToken ExpandPredefinedTypes(JToken value, bool insideSub)
    {
        switch (value)
        {
            case JArray list:
                return new JArray(list.Select(item => ExpandPredefinedTypes(item, false)));
            case JObject obj when Intrinsics.IsIntrinsic(obj):
                var property = obj.Properties().First();
                return new JObject { [property.Name] = ExpandPredefinedTypes(property.Value, property.Name == "Fn::Sub") };
            case JValue { Type: JTokenType.String } text when PredefinedTypes.Contains((string)text!):
                var arguments = new JArray(PredefinedTypeTemplate, new JObject { ["ConfigName"] = text.DeepClone() });
                return insideSub ? arguments : new JObject { ["Fn::Sub"] = arguments };
            default:
                return value;
        }
    }
}
