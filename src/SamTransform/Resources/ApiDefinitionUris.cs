using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;

namespace SamTransform.Resources;

/// <summary>An API's <c>DefinitionUri</c> (REST or HTTP): an <c>s3://</c> URI or a <c>Bucket</c>/<c>Key</c>/<c>Version</c> map.</summary>
public static class ApiDefinitionUris
{
    /// <summary>The API's <c>BodyS3Location</c>, or the reference's error for a location it cannot read.</summary>
    public static JObject BodyS3Location(SamResource api, JToken uri)
    {
        if (uri is JValue { Type: JTokenType.String } text)
        {
            var parsed = S3Location.Parse((string)text!)
                ?? throw api.Invalid("'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.", uri);
            var location = new JObject { ["Bucket"] = parsed.Bucket, ["Key"] = parsed.Key };
            if (parsed.Version is { } version) location["Version"] = version;
            // Parts of the template's text: unicode values under SAM's own keys, for the deployment hash.
            foreach (var part in location.Properties()) Py27Strings.MarkUnicode(part.Value);
            return location;
        }
        if (uri is not JObject map || !Scalars.IsTruthy(map["Bucket"]) || !Scalars.IsTruthy(map["Key"]))
            throw api.Invalid("'DefinitionUri' requires Bucket and Key properties to be specified.", uri);
        var result = new JObject { ["Bucket"] = map["Bucket"]!.DeepClone(), ["Key"] = map["Key"]!.DeepClone() };
        if (map.ContainsKey("Version")) result["Version"] = map["Version"]!.DeepClone();
        return result;
    }
}
