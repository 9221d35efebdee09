using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;

namespace SamTransform.Tests.Pipeline;

/// <summary>
/// SAM's own resolution of parameters, as AWS's transform (1.110) applies it to a WebSocket API's route settings
/// (parameters P = pv, L = "a,b"; region us-east-1, partition aws).
/// </summary>
public class ParameterResolverTests
{
    private static readonly Dictionary<string, JToken> Parameters = new()
    {
        ["P"] = "pv",
        ["L"] = "a,b",
        ["AWS::Region"] = "us-east-1",
        ["AWS::Partition"] = "aws",
    };

    [Theory]
    [InlineData("""{"Ref": "P"}""", "\"pv\"")]
    [InlineData("""{"Ref": "L"}""", "\"a,b\"")]
    [InlineData("""{"Ref": "AWS::Region"}""", "\"us-east-1\"")]
    [InlineData("""{"Ref": "AWS::StackName"}""", """{"Ref": "AWS::StackName"}""")]
    [InlineData("""{"Ref": "AWS::NoValue"}""", """{"Ref": "AWS::NoValue"}""")]
    [InlineData("""{"Fn::GetAtt": ["P", "Arn"]}""", """{"Fn::GetAtt": ["P", "Arn"]}""")]
    // A Sub keeps its Fn::Sub with the known names replaced, however many are left.
    [InlineData("""{"Fn::Sub": "plain"}""", """{"Fn::Sub": "plain"}""")]
    [InlineData("""{"Fn::Sub": "${AWS::Region}"}""", """{"Fn::Sub": "us-east-1"}""")]
    [InlineData("""{"Fn::Sub": "${!P}-${P}"}""", """{"Fn::Sub": "${!P}-pv"}""")]
    [InlineData("""{"Fn::Sub": "${P.Arn}-${P}"}""", """{"Fn::Sub": "${P.Arn}-pv"}""")]
    [InlineData("""{"Fn::Sub": "${L}-${AWS::Partition}-${AWS::URLSuffix}-${AWS::StackName}"}""", """{"Fn::Sub": "a,b-aws-${AWS::URLSuffix}-${AWS::StackName}"}""")]
    [InlineData("""{"Fn::Sub": ["${P}-${X}", {"X": {"Ref": "P"}}]}""", """{"Fn::Sub": ["pv-${X}", {"X": "pv"}]}""")]
    [InlineData("""{"Fn::Sub": ["${P}-${AWS::Region}", {"P": "local"}]}""", """{"Fn::Sub": ["pv-us-east-1", {"P": "local"}]}""")]
    [InlineData("""{"Fn::Sub": ["${P}"]}""", """{"Fn::Sub": ["pv"]}""")]
    [InlineData("""{"Fn::Sub": 5}""", """{"Fn::Sub": 5}""")]
    [InlineData("""{"Fn::Sub": "${P}", "x": 1}""", """{"Fn::Sub": "${P}", "x": 1}""")]
    public void Resolves_as_sam_does(string value, string expected) =>
        Assert.Equal(JToken.Parse(expected), ParameterResolver.Resolve(JToken.Parse(value), Parameters), JToken.EqualityComparer);
}
