using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Application;

/// <summary>
/// Replaces <c>Fn::FindInMap</c> with the value from the template's <c>Mappings</c> when its three keys are plain
/// strings and the entry exists; anything else is left for CloudFormation. A mapping that is not two levels deep is an
/// error about the document.
/// </summary>
internal static class FindInMapResolver
{
    public static JToken Resolve(JToken value, JObject mappings)
    {
        switch (value)
        {
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Fn::FindInMap"):
                return Lookup(obj, mappings);
            case JObject obj:
                var copy = new JObject();
                foreach (var p in obj.Properties()) copy[p.Name] = Resolve(p.Value, mappings);
                return copy;
            case JArray array:
                return new JArray(array.Select(x => Resolve(x, mappings)));
            default:
                return value.DeepClone();
        }
    }

    private static JToken Lookup(JObject findInMap, JObject mappings)
    {
        if (findInMap["Fn::FindInMap"] is not JArray { Count: 3 } args)
            throw new SamDocumentException($"Structure of the SAM template is invalid. Invalid FindInMap value {PythonValues.Repr(findInMap["Fn::FindInMap"])}. FindInMap expects an array with 3 values.", findInMap);
        var keys = args.Select(a => Resolve(a, mappings)).ToList();
        if (keys.Any(k => k.Type != JTokenType.String)) return findInMap.DeepClone();
        var (mapName, topKey, secondKey) = ((string)keys[0]!, (string)keys[1]!, (string)keys[2]!);
        var notTwoLevels = () => new SamDocumentException($"Structure of the SAM template is invalid. Cannot use Fn::FindInMap on Mapping '{mapName}' which is not a a two-level map.", findInMap);
        if (mappings[mapName] is not { } map) return findInMap.DeepClone();
        if (map is not JObject mapObject) throw notTwoLevels();
        if (mapObject[topKey] is not { } top) return findInMap.DeepClone();
        if (top is not JObject topObject) throw notTwoLevels();
        return topObject[secondKey]?.DeepClone() ?? findInMap.DeepClone();
    }
}
