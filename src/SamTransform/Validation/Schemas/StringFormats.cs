using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace SamTransform.Validation.Schemas;

/// <summary>
/// The string formats of resource schemas that <c>validate</c> checks (SAM3030): EC2 resource ids (a prefix, a hyphen
/// and 8 or 17 hexadecimal digits, as the EC2 documentation describes them), IAM role and ACM certificate
/// ARNs, and IPv4/IPv6 CIDR blocks. A schema property declares one with <c>format</c> (the official schemas do, and
/// schemas/cfn-constraints.json adds them to the bundled ones). Other formats are not checked: their values take more
/// forms than a pattern can judge (a KMS key is an id, an ARN or an alias; a legacy S3 bucket may have capitals).
/// Only literal strings reach the check; intrinsic functions and dynamic references stand for any value.
/// </summary>
internal static partial class StringFormats
{
    private sealed record Format(string Name, string Description, Regex Pattern) : IFormatValidator
    {
        string IFormatValidator.Format => Name;

        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.Unknown;

        public bool IsValid(string value, JTokenType tokenType) => Pattern.IsMatch(value);
    }

    private static readonly Format[] All =
    [
        new("AWS::EC2::VPC.Id", "a VPC id (vpc- and 8 or 17 hexadecimal digits)", Ec2Id("vpc")),
        new("AWS::EC2::Subnet.Id", "a subnet id (subnet- and 8 or 17 hexadecimal digits)", Ec2Id("subnet")),
        new("AWS::EC2::SecurityGroup.Id", "a security group id (sg- and 8 or 17 hexadecimal digits)", Ec2Id("sg")),
        new("AWS::EC2::Image.Id", "an AMI id (ami- and 8 or 17 hexadecimal digits)", Ec2Id("ami")),
        new("AWS::IAM::Role.Arn", "an IAM role ARN (arn:partition:iam::account:role/name)", IamRoleArn()),
        new("AWS::ACM::Certificate.Arn", "an ACM certificate ARN (arn:partition:acm:region:account:certificate/id)", AcmCertificateArn()),
        new("ipv4-network", "an IPv4 CIDR block (a.b.c.d/n, n from 0 to 32)", Ipv4Cidr()),
        new("ipv6-network", "an IPv6 CIDR block (address/n, n from 0 to 128)", Ipv6Cidr()),
    ];

    private static readonly Dictionary<string, Format> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The validators NJsonSchema calls for the formats above.</summary>
    public static IFormatValidator[] Validators => [.. All];

    /// <summary>Whether the format is one this check judges (a schema keeps only those).</summary>
    public static bool IsChecked(string format) => ByName.ContainsKey(format);

    /// <summary>What a value of the format looks like, for the message; null for a format not checked.</summary>
    public static string? Describe(string? format) => format is not null && ByName.TryGetValue(format, out var f) ? f.Description : null;

    private static Regex Ec2Id(string prefix) => new($"^{prefix}-(?:[0-9a-fA-F]{{8}}|[0-9a-fA-F]{{17}})$", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IamRoleArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate/[\w-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex AcmCertificateArn();

    [GeneratedRegex(@"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)/(?:3[0-2]|[12]?\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Cidr();

    [GeneratedRegex(@"^(?=.*:)[0-9A-Fa-f:.]{2,45}/(?:12[0-8]|1[01]\d|[1-9]?\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv6Cidr();
}
