using Newtonsoft.Json.Linq;
using SamTransform.Validation.Schemas;
using Xunit;

namespace SamTransform.Tests.Validation;

public class StringFormatsTests
{
    [Theory]
    [InlineData("AWS::EC2::VPC.Id", "vpc-0d465ccd5c4b66bba", true)]
    [InlineData("AWS::EC2::VPC.Id", "vpc-1a2b3c4d", true)]
    [InlineData("AWS::EC2::VPC.Id", "<VPC_ID>", false)]
    [InlineData("AWS::EC2::VPC.Id", "vpc-123", false)]
    [InlineData("AWS::EC2::Subnet.Id", "subnet-08220300a8cdd8635", true)]
    [InlineData("AWS::EC2::Subnet.Id", "vpc-08220300a8cdd8635", false)]
    [InlineData("AWS::EC2::SecurityGroup.Id", "sg-07E896E930F4FAAF8", true)]
    [InlineData("AWS::EC2::SecurityGroup.Id", "default", false)]
    [InlineData("AWS::EC2::Image.Id", "ami-0abcdef1234567890", true)]
    [InlineData("AWS::IAM::Role.Arn", "arn:aws-cn:iam::123456789012:role/service-role/app", true)]
    [InlineData("AWS::IAM::Role.Arn", "arn:aws:iam::123456789012:user/app", false)]
    [InlineData("AWS::ACM::Certificate.Arn", "arn:aws:acm:us-east-1:123456789012:certificate/8f9a1b2c-3d4e-5f60-7a8b-9c0d1e2f3a4b", true)]
    [InlineData("AWS::ACM::Certificate.Arn", "cert-arn-in-us-east-1", false)]
    [InlineData("ipv4-network", "10.0.0.0/16", true)]
    [InlineData("ipv4-network", "0.0.0.0/0", true)]
    [InlineData("ipv4-network", "10.0.0.256/16", false)]
    [InlineData("ipv4-network", "10.0.0.0/33", false)]
    [InlineData("ipv4-network", "10.0.0.0", false)]
    [InlineData("ipv6-network", "2001:db8::/32", true)]
    [InlineData("ipv6-network", "::/0", true)]
    [InlineData("ipv6-network", "10.0.0.0/16", false)]
    [InlineData("ipv6-network", "2001:db8::/129", false)]
    public void A_checked_format_accepts_its_values_and_refuses_others(string format, string value, bool valid)
    {
        var validator = Assert.Single(StringFormats.Validators, v => v.Format == format);
        Assert.Equal(valid, validator.IsValid(value, JTokenType.String));
    }

    [Theory]
    [InlineData("AWS::KMS::Key.Arn")]
    [InlineData("AWS::S3::Bucket.Name")]
    [InlineData("date-time")]
    [InlineData("json")]
    public void Formats_whose_values_take_more_forms_are_not_checked(string format)
    {
        Assert.False(StringFormats.IsChecked(format));
        Assert.Null(StringFormats.Describe(format));
    }
}
