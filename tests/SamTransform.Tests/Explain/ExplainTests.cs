using SamTransform.Explain;
using SamTransform.Pipeline;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace SamTransform.Tests.Explain;

/// <summary>
/// <c>explain</c> on the project's fixtures: one snapshot per fixture with the three formats (text, JSON, Mermaid);
/// the Mermaid output is parsed with <see cref="MermaidSubset"/>.
/// </summary>
public class ExplainTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in FixtureFiles()) data.Add(Path.GetRelativePath(RepoPaths.Fixtures, file).Replace('\\', '/'));
        return data;
    }

    /// <summary>The SAM samples: fixtures/transform, fixtures/explain and the hello-function template.</summary>
    internal static IEnumerable<string> FixtureFiles() =>
        ((string[])["transform", "explain"])
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, dir), "*.yaml"))
            .Append(Path.Combine(RepoPaths.Fixtures, "hello-function", "template.yaml"))
            .OrderBy(f => f, StringComparer.Ordinal);

    internal static TransformedTemplate Transform(string relative) =>
        TransformedTemplate.FromFile(Path.Combine(RepoPaths.Fixtures, relative), new TransformOptions { Region = "eu-west-1" });

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Explanation_matches_snapshot(string fixture)
    {
        var transformed = Transform(fixture);
        string snapshot;
        if (!transformed.Succeeded)
        {
            snapshot = "transform failed:\n" + string.Join("\n", transformed.Diagnostics.Where(d => d.IsError).Select(d => d.Format(Path.GetFileName(fixture)))) + "\n";
        }
        else
        {
            var explanation = TemplateExplanation.Of(transformed.Template!, transformed.Result!);
            var mermaid = ExplainWriter.Mermaid(explanation);
            Assert.Empty(MermaidSubset.Problems(mermaid));
            snapshot = ExplainWriter.Text(explanation, Path.GetFileName(fixture)) + "\n--- json\n" + ExplainWriter.Json(explanation, Path.GetFileName(fixture)) + "\n--- mermaid\n" + mermaid;
        }
        Snapshot.Match(snapshot, SnapshotNameExtension.Create(fixture.Replace('/', '-').Replace(".yaml", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_generated_resource_is_listed_once_under_the_resource_it_came_from()
    {
        var transformed = Transform("explain/orders-api.yaml");
        var explanation = TemplateExplanation.Of(transformed.Template!, transformed.Result!);
        var listed = explanation.Resources.SelectMany(r => r.Generated.Select(g => g.LogicalId)).ToList();
        Assert.Equal(transformed.OutputResources.Properties().Select(p => p.Name).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        var api = explanation.Resources.Single(r => r.LogicalId == "GetOrderFunction");
        Assert.Contains(api.Generated, g => g.Why == "permission for event GetOrder (Api GET /orders/{id})");
        Assert.Contains(api.Events, e => e is { Source: "OrdersApi", Detail: "GET /orders/{id}", Target: "GetOrderFunction" });
        var role = api.Generated.Single(g => g.Why == "execution role").Permissions!;
        Assert.Contains(role.Statements, s => s.Actions.Contains("dynamodb:GetItem") && s.HasWildcard);
        var machineRole = explanation.Resources.Single(r => r.LogicalId == "FulfilmentStateMachine").Generated.Single(g => g.LogicalId == "FulfilmentStateMachineRole").Permissions!;
        Assert.Contains(machineRole.Statements, s => s is { Attached: true, Policy: "StateMachineToQueuePolicy" } && s.Actions.Contains("sqs:SendMessage"));
    }

    [Fact]
    public void The_transform_output_does_not_change_with_the_reasons_recorded()
    {
        // The reasons are a record beside the output: the output is still exactly what the transform makes.
        var transformed = Transform("explain/orders-api.yaml");
        Assert.DoesNotContain("why", transformed.Result!.Output!.ToString(), StringComparison.Ordinal);
        Assert.All(transformed.Result.Reasons.Keys, id => Assert.True(transformed.OutputResources.ContainsKey(id)));
    }

    [Theory]
    [InlineData("flowchart LR\n  a[\"x\"]\n  a --> b\n", "edge to 'b'")]
    [InlineData("flowchart LR\n  subgraph s[\"x\"]\n", "without 'end'")]
    [InlineData("flowchart LR\n  a[\"x|y\"]\n", "unescaped")]
    [InlineData("graph\n", "first line")]
    public void The_Mermaid_checker_finds_problems(string text, string problem) =>
        Assert.Contains(MermaidSubset.Problems(text), p => p.Contains(problem, StringComparison.Ordinal));
}
