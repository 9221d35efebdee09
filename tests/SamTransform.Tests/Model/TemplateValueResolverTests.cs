using Newtonsoft.Json.Linq;
using SamTransform.Model;
using Xunit;

namespace SamTransform.Tests.Model;

public class TemplateValueResolverTests
{
    private static readonly Dictionary<string, JToken> Parameters = new(StringComparer.Ordinal)
    {
        ["Stage"] = "beta",
        ["Count"] = 3,
        ["Flag"] = true,
    };

    private static readonly JObject Mappings = JObject.Parse("""{"Types": {"beta": {"Deploy": "Custom"}}}""");

    private static JToken Resolve(string json, JObject? mappings = null) =>
        new TemplateValueResolver(Parameters, mappings).Resolve(JToken.Parse(json));

    [Fact]
    public void A_ref_to_a_known_parameter_becomes_its_value()
    {
        Assert.Equal(JToken.Parse("\"beta\""), Resolve("""{"Ref": "Stage"}"""));
        Assert.Equal(JToken.Parse("""{"Ref": "Other"}"""), Resolve("""{"Ref": "Other"}"""));
    }

    [Fact]
    public void Sub_variables_are_filled_in_but_the_sub_stays()
    {
        Assert.Equal(JToken.Parse("""{"Fn::Sub": "beta-3-True-${Unknown}-${AWS::AccountId}"}"""),
            Resolve("""{"Fn::Sub": "${Stage}-${Count}-${Flag}-${Unknown}-${AWS::AccountId}"}"""));
        Assert.Equal(JToken.Parse("""{"Fn::Sub": ["${Stage}-beta", {"Stage": "x"}]}"""),
            Resolve("""{"Fn::Sub": ["${Stage}-${Stage2}", {"Stage": "x"}]}""".Replace("${Stage2}", "beta", StringComparison.Ordinal)));
    }

    [Fact]
    public void FindInMap_is_looked_up_once_its_arguments_are_text()
    {
        Assert.Equal(JToken.Parse("\"Custom\""), Resolve("""{"Fn::FindInMap": ["Types", {"Ref": "Stage"}, "Deploy"]}""", Mappings));
        Assert.Equal(JToken.Parse("""{"Fn::FindInMap": ["Types", "prod", "Deploy"]}"""), Resolve("""{"Fn::FindInMap": ["Types", "prod", "Deploy"]}""", Mappings));
        Assert.Equal(JToken.Parse("""{"Fn::FindInMap": ["Types", "beta", "Deploy"]}"""), Resolve("""{"Fn::FindInMap": ["Types", "beta", "Deploy"]}"""));
    }

    [Fact]
    public void The_input_is_not_changed()
    {
        var input = JToken.Parse("""{"A": [{"Ref": "Stage"}]}""");
        var output = new TemplateValueResolver(Parameters, null).Resolve(input);
        Assert.Equal(JToken.Parse("""{"A": [{"Ref": "Stage"}]}"""), input);
        Assert.Equal(JToken.Parse("""{"A": ["beta"]}"""), output);
    }
}
