using Newtonsoft.Json.Linq;

namespace SamTransform.Model;

/// <summary>Parses <c>s3://bucket/key?versionId=v</c> URIs as SAM reads <c>CodeUri</c>, <c>ContentUri</c> and friends.</summary>
public static class S3Location
{
    /// <summary>Returns bucket, key and optional version, or null when the text is not an S3 URI.</summary>
    public static (string Bucket, string Key, string? Version)? Parse(string text)
    {
        if (!text.StartsWith("s3://", StringComparison.Ordinal)) return null;
        var rest = text[5..];
        string? version = null;
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            foreach (var pair in rest[(q + 1)..].Split('&'))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0 && pair[..eq] == "versionId") version = Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
            rest = rest[..q];
        }
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1) return null;
        return (rest[..slash], rest[(slash + 1)..], version);
    }

    /// <summary>
    /// Converts a SAM code location (S3 URI string or {Bucket, Key, Version} map) to the CloudFormation form with the
    /// given property names. Returns null when the value is neither.
    /// </summary>
    public static JObject? ToCloudFormation(JToken value, string bucketKey, string keyKey, string versionKey)
    {
        if (value.Type == JTokenType.String)
        {
            var parsed = Parse((string)value!);
            if (parsed is null) return null;
            var result = new JObject { [bucketKey] = parsed.Value.Bucket, [keyKey] = parsed.Value.Key };
            if (parsed.Value.Version is { } v) result[versionKey] = v;
            return result;
        }
        if (value is JObject obj && !Intrinsics.IsIntrinsic(obj))
        {
            var result = new JObject();
            if (obj["Bucket"] is { } b) result[bucketKey] = b;
            if (obj["Key"] is { } k) result[keyKey] = k;
            if (obj["Version"] is { } ver) result[versionKey] = ver;
            return result;
        }
        return null;
    }
}
