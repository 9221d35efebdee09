using Newtonsoft.Json.Linq;
using SamTransform.Pipeline.Stages;
using Xunit;

namespace SamTransform.Tests.Pipeline;

public class CombinedConditionsTests
{
    [Fact]
    public void Two_conditions_become_one_sorted_or()
    {
        var conditions = new JObject();
        CombinedConditions.Add(conditions, "Both", ["B", "A"]);
        Assert.Equal(JObject.Parse("""{"Both": {"Fn::Or": [{"Condition": "A"}, {"Condition": "B"}]}}"""), conditions);
    }

    [Fact]
    public void More_than_ten_conditions_are_chained()
    {
        var conditions = new JObject();
        var names = Enumerable.Range(0, 12).Select(i => $"C{i:00}").ToList();
        CombinedConditions.Add(conditions, "Any", names);
        // The first ten go into Any1; Any ors the last two with Any1.
        Assert.Equal(10, ((JArray)conditions["Any1"]!["Fn::Or"]!).Count);
        Assert.Equal("C00", (string)conditions["Any1"]!["Fn::Or"]![0]!["Condition"]!);
        Assert.Equal(JArray.Parse("""[{"Condition": "C10"}, {"Condition": "C11"}, {"Condition": "Any1"}]"""), conditions["Any"]!["Fn::Or"]);
    }
}
