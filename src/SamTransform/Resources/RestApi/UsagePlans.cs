using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.Pipeline;
using SamTransform.Pipeline.Stages;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>Auth.UsagePlan</c> of a REST API: with <c>CreateUsagePlan: PER_API</c> an <c>AWS::ApiGateway::UsagePlan</c>
/// (<c>&lt;Api&gt;UsagePlan</c>) for the API's stage, an <c>ApiKey</c> and the <c>UsagePlanKey</c> that joins them, each
/// with the API's condition and policies; with <c>SHARED</c> one plan, key and plan key (<c>ServerlessUsagePlan</c>, ...)
/// for every API that shares it, taking the settings of the last of them SAM translates, a combined condition when
/// all of them have one, and the strongest deletion and replacement policies; <c>NONE</c> creates nothing.
/// </summary>
public static class UsagePlans
{
    private static readonly string[] SettingKeys = ["Description", "Quota", "Tags", "Throttle", "UsagePlanName"];
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "CreateUsagePlan", "Description", "Quota", "Tags", "Throttle", "UsagePlanName" };

    public const string SharedPlanId = "ServerlessUsagePlan";
    public const string SharedKeyId = "ServerlessApiKey";
    public const string SharedPlanKeyId = "ServerlessUsagePlanKey";
    public const string SharedConditionName = "SharedUsagePlanCondition";

    /// <summary>Creates the API's usage plan resources (the API's stage is <paramref name="stageId"/>).</summary>
    public static void Apply(SamResource api, TransformContext context, string stageId)
    {
        if (api.Get("Auth") is not JObject auth || auth["UsagePlan"] is not { Type: not JTokenType.Null } written) return;
        if (written is not JObject plan) throw api.Invalid(RestAuthDetails.UsagePlanNotAMap, written);
        foreach (var key in plan.Properties())
            if (!Keys.Contains(key.Name)) throw api.Invalid(RestAuthDetails.InvalidUsagePlanProperty, key);
        var create = plan["CreateUsagePlan"];
        if (create is null || create.Type == JTokenType.Null) throw api.Invalid(RestAuthDetails.UsagePlanCreateRequired, plan);
        var mode = create is JValue value ? Scalars.ToText(value) : null;
        switch (mode)
        {
            case "NONE":
                return;
            case "PER_API":
                PerApi(api, context, stageId, plan);
                return;
            case "SHARED":
                context.State<SharedPlan>().Add(api, context, stageId, plan);
                return;
            default:
                throw api.Invalid(RestAuthDetails.UsagePlanCreateValues, create);
        }
    }

    private static void PerApi(SamResource api, TransformContext context, string stageId, JObject plan)
    {
        var (planId, keyId, planKeyId) = (api.LogicalId + "UsagePlan", api.LogicalId + "ApiKey", api.LogicalId + "UsagePlanKey");
        var tags = RestApiSettings.PropagatedTags(api);
        context.Emit(api, planId, Plan([api.LogicalId], [(api.LogicalId, stageId)], plan, tags).WithPassThrough(api));
        context.Emit(api, keyId, Key(planId, [(api.LogicalId, stageId)], tags).WithPassThrough(api));
        context.Emit(api, planKeyId, PlanKey(planId, keyId).WithPassThrough(api));
        AddReferences(context, api, planId, keyId, planKeyId);
    }

    /// <summary><c>!Ref Api.UsagePlan</c>, <c>Api.ApiKey</c> and <c>Api.UsagePlanKey</c> name the generated resources.</summary>
    private static void AddReferences(TransformContext context, SamResource api, string planId, string keyId, string planKeyId)
    {
        var references = context.State<ResourceReferences>();
        references.AddProperty(api.LogicalId, "UsagePlan", planId);
        references.AddProperty(api.LogicalId, "ApiKey", keyId);
        references.AddProperty(api.LogicalId, "UsagePlanKey", planKeyId);
    }

    /// <summary>The plan; the API's propagated tags (<c>PropagateTags</c>), when it has them, replace the plan's own.</summary>
    private static JObject Plan(IEnumerable<string> apis, IEnumerable<(string Api, string Stage)> stages, JObject settings, JArray? propagatedTags)
    {
        var properties = new JObject
        {
            ["ApiStages"] = new JArray(stages.Select(s => new JObject { ["ApiId"] = Intrinsics.Ref(s.Api), ["Stage"] = Intrinsics.Ref(s.Stage) })),
        };
        foreach (var key in SettingKeys) properties.SetIf(key, settings[key]?.DeepClone());
        if (propagatedTags is not null) properties["Tags"] = propagatedTags.DeepClone();
        var resource = CfnResource.Create("AWS::ApiGateway::UsagePlan", properties);
        resource["DependsOn"] = new JArray(apis);
        return resource;
    }

    private static JObject Key(string planId, IEnumerable<(string Api, string Stage)> stages, JArray? propagatedTags)
    {
        var properties = new JObject
        {
            ["Enabled"] = true,
            ["StageKeys"] = new JArray(stages.Select(s => new JObject { ["RestApiId"] = Intrinsics.Ref(s.Api), ["StageName"] = Intrinsics.Ref(s.Stage) })),
        };
        if (propagatedTags is not null) properties["Tags"] = propagatedTags.DeepClone();
        var resource = CfnResource.Create("AWS::ApiGateway::ApiKey", properties);
        resource["DependsOn"] = new JArray(planId);
        return resource;
    }

    private static JObject PlanKey(string planId, string keyId)
    {
        var resource = CfnResource.Create("AWS::ApiGateway::UsagePlanKey", new JObject
        {
            ["KeyId"] = Intrinsics.Ref(keyId),
            ["KeyType"] = "API_KEY",
            ["UsagePlanId"] = Intrinsics.Ref(planId),
        });
        resource["DependsOn"] = new JArray(keyId);
        return resource;
    }

    /// <summary>The APIs of one transform that share the usage plan; the shared resources are written again as each joins.</summary>
    private sealed class SharedPlan
    {
        private readonly List<Member> _members = [];

        private sealed record Member(SamResource Api, string StageId, JObject Settings);

        public void Add(SamResource api, TransformContext context, string stageId, JObject settings)
        {
            _members.Add(new Member(api, stageId, settings));
            // SAM translates the APIs in the 2.7 order of the template's resource ids (the implicit API's added last).
            var ids = context.Resources.Select(r => r.LogicalId).ToList();
            if (!ids.Contains(RestApiKind.ImplicitId)) ids.Add(RestApiKind.ImplicitId);
            var rank = Py27Dict.IterationOrder(ids).Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
            var members = _members.OrderBy(m => rank.GetValueOrDefault(m.Api.LogicalId, int.MaxValue)).ToList();
            var stages = members.Select(m => (m.Api.LogicalId, m.StageId)).ToList();

            // The last API translated also decides the propagated tags (none when it does not propagate them).
            var tags = RestApiSettings.PropagatedTags(members[^1].Api);
            var plan = Plan(members.Select(m => m.Api.LogicalId), stages, members[^1].Settings, tags);
            var key = Key(SharedPlanId, stages, tags);
            var planKey = PlanKey(SharedPlanId, SharedKeyId);
            var condition = SharedCondition(context, members);
            foreach (var resource in (JObject[])[plan, key, planKey])
            {
                if (condition is not null) resource["Condition"] = condition;
                if (Strongest(members.Select(m => m.Api.DeletionPolicy), "Retain", "Delete") is { } deletion) resource["DeletionPolicy"] = deletion;
                if (Strongest(members.Select(m => m.Api.UpdateReplacePolicy), "Retain", "Snapshot", "Delete") is { } replace) resource["UpdateReplacePolicy"] = replace;
            }
            context.EmitOrReplace(api, SharedPlanId, plan);
            context.EmitOrReplace(api, SharedKeyId, key);
            context.EmitOrReplace(api, SharedPlanKeyId, planKey);
            AddReferences(context, api, SharedPlanId, SharedKeyId, SharedPlanKeyId);
        }

        /// <summary>
        /// When every sharing API has a condition: <c>SharedUsagePlanCondition</c>, the <c>Fn::Or</c> of their conditions
        /// (or, for a single one, that condition's name itself, as the reference writes it).
        /// </summary>
        private static string? SharedCondition(TransformContext context, List<Member> members)
        {
            context.Conditions.Remove(SharedConditionName);
            var conditions = members.Select(m => m.Api.Condition is JValue { Type: JTokenType.String } c ? (string)c! : null).ToList();
            if (conditions.Any(c => c is null)) return null;
            var distinct = conditions.Distinct(StringComparer.Ordinal).Select(c => c!).ToList();
            if (distinct.Count == 1) context.Conditions[SharedConditionName] = distinct[0];
            else CombinedConditions.Add(context.Conditions, SharedConditionName, distinct);
            return SharedConditionName;
        }

        private static string? Strongest(IEnumerable<JToken?> policies, params string[] ranking)
        {
            var written = policies.Select(p => p is JValue { Type: JTokenType.String } s ? (string)s! : null).ToList();
            return ranking.FirstOrDefault(written.Contains);
        }
    }
}
