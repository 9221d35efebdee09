using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources;

/// <summary>SAM's tag handling: a map of tags becomes a CloudFormation tag list led by <c>lambda:createdBy: SAM</c>.</summary>
public static class Tags
{
    public const string CreatedByKey = "lambda:createdBy";

    public static JArray Build(SamResource resource, JToken? tags, bool addSamTag = true)
    {
        var list = new JArray();
        if (addSamTag) list.Add(new JObject { ["Key"] = CreatedByKey, ["Value"] = "SAM" });
        if (tags is null) return list;
        // An intrinsic function is a map like any other here: its key becomes a tag key.
        if (tags is not JObject map) throw resource.Invalid(Diagnostics.DiagnosticCatalog.PropertyShouldBe("Tags", "map"), tags);
        foreach (var p in map.Properties())
        {
            if (addSamTag && p.Name == CreatedByKey)
                throw resource.Invalid($"{CreatedByKey} is a reserved Tag key name and cannot be set on your function. Please change the tag key in the input.", p);
            list.Add(Tag(p.Name, p.Value));
        }
        return list;
    }

    /// <summary>
    /// The resource's own tags (without SAM's) as a tag list when <c>PropagateTags</c> is true, for the resources SAM
    /// generates beside it; null when it does not propagate.
    /// </summary>
    public static JArray? Propagated(SamResource resource)
    {
        if (resource.Get("PropagateTags") is not JValue { Type: JTokenType.Boolean } propagate || !(bool)propagate.Value!) return null;
        if (resource.Get("Tags") is not JObject map) return null;
        return new JArray(map.Properties().Select(p => Tag(p.Name, p.Value)));
    }

    /// <summary>A tag of a tag list; a null value is written as an empty string.</summary>
    public static JObject Tag(string key, JToken value) => new() { ["Key"] = key, ["Value"] = value.Type == JTokenType.Null ? "" : value.DeepClone() };

    /// <summary>Generated resource types whose SAM model has a tag list, so <c>PropagateTags</c> reaches them.</summary>
    private static readonly HashSet<string> TaggableTypes = new(StringComparer.Ordinal)
    {
        "AWS::Lambda::Function", "AWS::IAM::Role", "AWS::CodeDeploy::DeploymentGroup", "AWS::SQS::Queue", "AWS::SNS::Topic",
        "AWS::IoT::TopicRule", "AWS::S3::Bucket", "AWS::StepFunctions::StateMachine",
    };

    /// <summary>
    /// With <c>PropagateTags</c>, every taggable resource emitted after <paramref name="before"/> carries the resource's
    /// own tags (they replace the tag list, SAM's tag included, as the reference does).
    /// </summary>
    public static void PropagateToGenerated(SamResource resource, JToken? before, JObject output)
    {
        if (Propagated(resource) is not { Count: > 0 } tags) return;
        for (var token = before is null ? output.First : before.Next; token is not null; token = token.Next)
            if (token is JProperty { Value: JObject generated }) Apply(tags, generated);
    }

    /// <summary>Gives one generated (or merged-into) resource the propagated tags of <paramref name="resource"/>, if it is taggable.</summary>
    public static void ApplyPropagated(SamResource resource, JObject generated)
    {
        if (Propagated(resource) is { Count: > 0 } tags) Apply(tags, generated);
    }

    private static void Apply(JArray tags, JObject generated)
    {
        if (generated["Type"] is JValue { Type: JTokenType.String } type && TaggableTypes.Contains((string)type!))
            CfnResource.Props(generated)["Tags"] = tags.DeepClone();
    }
}
