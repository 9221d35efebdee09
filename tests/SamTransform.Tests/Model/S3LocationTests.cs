using SamTransform.Model;
using Xunit;

namespace SamTransform.Tests.Model;

/// <summary>S3 URIs split the way a generic URL parser splits them (SAM's reading of CodeUri and friends).</summary>
public class S3LocationTests
{
    [Theory]
    [InlineData("s3://bucket/key.zip", "bucket", "key.zip", null)]
    [InlineData("s3://my.bucket-1/a/b/c.zip?versionId=v1", "my.bucket-1", "a/b/c.zip", "v1")]
    [InlineData("S3://bucket/key", "bucket", "key", null)]
    [InlineData("s3://bucket//double/slash", "bucket", "double/slash", null)]
    [InlineData("s3://bucket/", "bucket", "", null)]
    [InlineData("s3://bucket/key#fragment", "bucket", "key", null)]
    [InlineData("s3://bucket/key%20x?versionId=a%3Db+c", "bucket", "key%20x", "a=b c")]
    [InlineData("s3://bucket/key?versionId=", "bucket", "key", null)]
    [InlineData("s3://bucket/key?versionId=a&versionId=b", "bucket", "key", null)]
    [InlineData("s3://bucket/key?other=1&versionId=v", "bucket", "key", "v")]
    public void Splits_bucket_key_and_version(string uri, string bucket, string key, string? version)
    {
        var parsed = S3Location.Parse(uri);
        Assert.NotNull(parsed);
        Assert.Equal((bucket, key, version), parsed.Value);
    }

    [Theory]
    [InlineData("http://bucket/key")]
    [InlineData("s3://bucket")]
    [InlineData("s3:///key")]
    [InlineData("s3://bucket?versionId=v")]
    [InlineData("bucket/key")]
    public void Rejects_what_is_no_s3_object(string uri) => Assert.Null(S3Location.Parse(uri));
}
