using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary>Turns <c>CodeUri</c>/<c>ContentUri</c> values into CloudFormation code locations, with the reference's errors.</summary>
public static class CodeUris
{
    public static JObject ToCode(SamResource resource, string property, JToken value, TransformContext context, string bucketKey, string keyKey, string versionKey)
    {
        // SAM reads the value as written: an intrinsic function is a map without Bucket and Key.
        if (value.Type == JTokenType.String)
        {
            var text = (string)value!;
            if (text.Contains("{{resolve:", StringComparison.Ordinal))
                throw resource.Invalid($"Unsupported dynamic reference detected in '{property}'. Please consider using alternative 'FunctionCode' object format.", value);
            var parsed = S3Location.Parse(text);
            if (parsed is null || parsed.Value.Bucket.IndexOfAny(['[', ']']) >= 0)
                throw resource.Invalid($"'{property}' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.", value);
        }
        else if (value is not JObject)
        {
            throw resource.Invalid($"'{property}' must be of type dict or string.", value);
        }
        else if (!Scalars.IsTruthy(value["Bucket"]) || !Scalars.IsTruthy(value["Key"]))
        {
            throw resource.Invalid($"'{property}' requires Bucket and Key properties to be specified.", value);
        }
        return S3Location.ToCloudFormation(value, bucketKey, keyKey, versionKey)!;
    }
}
