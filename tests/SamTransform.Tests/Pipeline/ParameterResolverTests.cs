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

    [Theory]
    [InlineData("""["a", "b"]""", "['a', 'b']")]
    [InlineData("5", "5")]
    [InlineData("true", "True")]
    [InlineData("""{"k": "v"}""", "{'k': 'v'}")]
    public void A_parameter_substituted_into_a_sub_must_be_a_string(string value, string repr)
    {
        var parameters = new Dictionary<string, JToken>(Parameters) { ["N"] = JToken.Parse(value) };
        var error = Assert.Throws<SamDocumentException>(() => ParameterResolver.Resolve(JToken.Parse("""{"Fn::Sub": ["a${N}", {"N": "local"}]}"""), parameters));
        Assert.Equal($"Structure of the SAM template is invalid. Invalid Fn::Sub variable value {repr}. Fn::Sub expects all variables to be strings.", error.Message);
        Assert.True(error.Halts);
        // A Ref to it is fine, and so is the escaped name.
        Assert.Equal(JToken.Parse(value), ParameterResolver.Resolve(JToken.Parse("""{"Ref": "N"}"""), parameters), JToken.EqualityComparer);
        Assert.Equal(JToken.Parse("""{"Fn::Sub": "${!N}"}"""), ParameterResolver.Resolve(JToken.Parse("""{"Fn::Sub": "${!N}"}"""), parameters), JToken.EqualityComparer);
    }

    [Fact]
    public void A_list_parameter_in_a_sub_fails_the_template_alone()
    {
        var read = SamTransform.Reading.TemplateReader.Read("""
            Parameters:
              P: {Type: String, Default: [a, b]}
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  Auth:
                    ResourcePolicy:
                      CustomStatements:
                      - {Principal: "*", Effect: Allow, Action: "execute-api:Invoke", Resource: "execute-api:/*/*/*", Condition: {X: {Fn::Sub: "a${P}b"}}}
              Broken:
                Type: AWS::Serverless::Function
                Properties: {Handler: i.h, CodeUri: s3://b/k}
            """);
        var result = SamTransformer.Transform(read.Template!);
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 1. Structure of the SAM template is invalid. Invalid Fn::Sub variable value ['a', 'b']. Fn::Sub expects all variables to be strings.", result.ErrorMessage);
    }
}
