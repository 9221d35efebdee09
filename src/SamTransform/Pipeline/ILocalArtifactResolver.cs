using Newtonsoft.Json.Linq;

namespace SamTransform.Pipeline;

/// <summary>
/// Stands in for the packaging step (<c>sam package</c>) on templates whose artifact properties (<c>CodeUri</c>,
/// <c>ContentUri</c>, <c>DefinitionUri</c>, <c>Location</c>, ...) are still local paths.
/// </summary>
public interface ILocalArtifactResolver
{
    /// <summary>
    /// Returns the value that replaces <paramref name="value"/> (an S3 location in the form <paramref name="form"/>
    /// asks for), or null to leave it unchanged (not a local path).
    /// </summary>
    JToken? Resolve(string resourceType, string property, JValue value, LocalArtifactForm form);
}

/// <summary>How a packaged artifact location is written for one property.</summary>
public enum LocalArtifactForm
{
    /// <summary><c>s3://bucket/key</c></summary>
    S3Uri,

    /// <summary><c>https://s3.amazonaws.com/bucket/key</c> (CloudFormation's <c>TemplateURL</c>).</summary>
    HttpsUrl,

    /// <summary><c>{"S3Bucket": ..., "S3Key": ...}</c> (Lambda code and layer content).</summary>
    S3BucketKey,

    /// <summary><c>{"Bucket": ..., "Key": ...}</c> (API and state machine definitions).</summary>
    BucketKey,
}
