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
        if (tags is not JObject map || Intrinsics.IsIntrinsic(map))
            throw resource.Invalid("Type of property 'Tags' is invalid.", tags);
        foreach (var p in map.Properties())
        {
            if (addSamTag && p.Name == CreatedByKey)
                throw resource.Invalid($"{CreatedByKey} is a reserved Tag key name and cannot be set on your function. Please change the tag key in the input.", p);
            list.Add(new JObject { ["Key"] = p.Name, ["Value"] = p.Value });
        }
        return list;
    }
}
