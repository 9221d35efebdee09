using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources.Connectors;
using Xunit;

namespace SamTransform.Tests.Resources.Connectors;

public class ProfileTemplateTests
{
    private static readonly ConnectorEndpoint Source = new("Source", "Q", "AWS::SQS::Queue", "AWS::SQS::Queue", new Dictionary<string, JToken>
    {
        ["Arn"] = JToken.Parse("""{"Fn::GetAtt":["Q","Arn"]}"""),
        ["Qualifier"] = "Prod/GET/x",
    });

    private static readonly ConnectorEndpoint Destination = new("Destination", null, "AWS::SNS::Topic", "AWS::SNS::Topic", new Dictionary<string, JToken>
    {
        ["Arn"] = "arn:aws:sns:eu-west-1:123456789012:t",
    });

    private static readonly SamResource Connector = new("Conn", new JObject { ["Type"] = "AWS::Serverless::Connector" });

    private static JToken Render(string json) => ProfileTemplate.Render(JToken.Parse(json), Source, Destination, Connector);

    [Fact]
    public void A_string_that_is_only_a_placeholder_becomes_the_value_itself()
    {
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"Fn::GetAtt":["Q","Arn"]}"""), Render("\"%{Source.Arn}\"")));
        Assert.Equal("arn:aws:sns:eu-west-1:123456789012:t", (string)Render("\"%{Destination.Arn}\"")!);
    }

    [Fact]
    public void Text_around_placeholders_becomes_a_sub_with_one_variable_per_placeholder()
    {
        var rendered = Render("\"arn:${AWS::Partition}:x:%{Source.Arn}/%{Source.Qualifier}/%{Source.Arn}\"");
        var expected = JToken.Parse("""
            {"Fn::Sub": ["arn:${AWS::Partition}:x:${SourceArn}/${SourceQualifier}/${SourceArn}",
                         {"SourceArn": {"Fn::GetAtt":["Q","Arn"]}, "SourceQualifier": "Prod/GET/x"}]}
            """);
        Assert.True(JToken.DeepEquals(expected, rendered), rendered.ToString());
    }

    [Fact]
    public void Pseudo_parameters_alone_make_a_plain_sub_and_other_strings_stay()
    {
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"Fn::Sub":"${AWS::AccountId}"}"""), Render("\"${AWS::AccountId}\"")));
        Assert.True(JToken.DeepEquals(JToken.Parse("""{"Action":["sqs:SendMessage"],"N":1}"""), Render("""{"Action":["sqs:SendMessage"],"N":1}""")));
    }

    [Fact]
    public void The_first_missing_value_in_document_order_is_reported()
    {
        var ex = Assert.Throws<SamException>(() => Render("""{"Resource":"%{Destination.Name}","Condition":"%{Source.RoleName}"}"""));
        Assert.Equal("Destination.Name is missing.", ex.Message);
    }
}
