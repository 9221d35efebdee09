using Newtonsoft.Json.Linq;

namespace SamTransform.Model;

/// <summary>Parses <c>s3://bucket/key?versionId=v</c> URIs as SAM reads <c>CodeUri</c>, <c>ContentUri</c> and friends.</summary>
public static class S3Location
{
    /// <summary>
    /// Returns bucket, key and optional version, or null when the text is not an S3 URI. The URI is split the way a
    /// generic URL parser splits it (SAM's reading): the scheme is case-insensitive, a <c>#fragment</c> is no part of
    /// the key, the key loses its leading slashes, and the version is the query's only non-blank <c>versionId</c>.
    /// </summary>
    public static (string Bucket, string Key, string? Version)? Parse(string text)
    {
        text = text.TrimStart(LeadingJunk).Replace("\t", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        if (!text.StartsWith("s3://", StringComparison.OrdinalIgnoreCase)) return null;
        var rest = text[5..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) rest = rest[..hash];
        string? query = null;
        var q = rest.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0) return null;
        return (rest[..slash], rest[(slash + 1)..].TrimStart('/'), query is null ? null : VersionId(query));
    }

    /// <summary>Control characters and spaces a URL parser drops before the scheme.</summary>
    private static readonly char[] LeadingJunk = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>The <c>versionId</c> query parameter when it is given once with a value (blank values count as absent).</summary>
    private static string? VersionId(string query)
    {
        var values = new List<string>();
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 || eq == pair.Length - 1) continue;
            if (Decode(pair[..eq]) == "versionId") values.Add(Decode(pair[(eq + 1)..]));
        }
        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>Form decoding: <c>+</c> is a space, then percent escapes.</summary>
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

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
