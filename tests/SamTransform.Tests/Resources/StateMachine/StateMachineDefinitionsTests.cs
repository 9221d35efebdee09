using Newtonsoft.Json.Linq;
using SamTransform.Resources.StateMachine;
using Xunit;
using static SamTransform.Tests.Events.EventTemplates;
using static SamTransform.Tests.Resources.StateMachine.StateMachineTemplates;

namespace SamTransform.Tests.Resources.StateMachine;

/// <summary>Inline definitions: JSON text, substitutions for intrinsic functions, numbered in key order.</summary>
public class StateMachineDefinitionsTests
{
    [Fact]
    public void Dynamic_values_are_numbered_in_key_order_depth_first()
    {
        var definition = JObject.Parse("""
            {"States": {"B": {"Resource": {"Ref": "Second"}}, "A": {"List": [{"Fn::GetAtt": ["First", "Arn"]}, "plain"]}},
             "Comment": "{{resolve:ssm:name:1}}"}
            """);
        var substitutions = StateMachineDefinitions.MoveDynamicValues(definition);
        Assert.True(JToken.DeepEquals(JObject.Parse("""
            {"definition_substitution_1": "{{resolve:ssm:name:1}}",
             "definition_substitution_2": {"Fn::GetAtt": ["First", "Arn"]},
             "definition_substitution_3": {"Ref": "Second"}}
            """), substitutions));
        Assert.Equal("${definition_substitution_2}", (string)definition["States"]!["A"]!["List"]![0]!);
        Assert.Equal("plain", (string)definition["States"]!["A"]!["List"]![1]!);
        Assert.Equal("${definition_substitution_3}", (string)definition["States"]!["B"]!["Resource"]!);
    }

    [Fact]
    public void Text_that_only_mentions_a_dynamic_reference_stays()
    {
        var definition = JObject.Parse("""{"Comment": "see {{resolve:ssm:name}} here", "Other": "{{resolve:SSM:name:1}}"}""");
        Assert.Empty(StateMachineDefinitions.MoveDynamicValues(definition));
    }

    [Fact]
    public void The_definition_is_written_as_indented_sorted_json_lines_joined_by_newlines()
    {
        var resources = Expand(FlowTemplate("""
            Definition:
              StartAt: Go
              States:
                Go: {Type: Pass, Result: {n: 1.0, ok: true, none: null, list: []}, End: true}
            DefinitionSubstitutions: {Own: value}
            """));
        var flow = resources.Properties("Flow");
        var lines = flow["DefinitionString"]!["Fn::Join"]![1]!.Select(l => (string)l!).ToList();
        Assert.Equal("\n", (string)flow["DefinitionString"]!["Fn::Join"]![0]!);
        Assert.Equal(
        [
            "{",
            "    \"StartAt\": \"Go\",",
            "    \"States\": {",
            "        \"Go\": {",
            "            \"End\": true,",
            "            \"Result\": {",
            "                \"list\": [],",
            "                \"n\": 1.0,",
            "                \"none\": null,",
            "                \"ok\": true",
            "            },",
            "            \"Type\": \"Pass\"",
            "        }",
            "    }",
            "}",
        ], lines);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Own": "value"}"""), flow["DefinitionSubstitutions"]));
    }

    [Fact]
    public void Generated_substitutions_join_the_written_ones()
    {
        var resources = Expand(FlowTemplate("""
            Definition:
              StartAt: Go
              States:
                Go: {Type: Task, Resource: !GetAtt Fn.Arn, End: true}
            DefinitionSubstitutions: {Own: value}
            """));
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"Own": "value", "definition_substitution_1": {"Fn::GetAtt": ["Fn", "Arn"]}}"""),
            resources.Properties("Flow")["DefinitionSubstitutions"]));
    }
}
