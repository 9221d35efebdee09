using Newtonsoft.Json.Linq;
using SamTransform.Diff;
using SamTransform.Explain;
using SamTransform.Pipeline;
using SamTransform.Tests.Explain;
using SamTransform.Validation;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace SamTransform.Tests.Diff;

/// <summary>
/// <c>diff</c> on the before/after pair of fixtures/diff: WorkerFunction renamed ProcessOrderFunction, MemorySize
/// 256 → 512 with AutoPublishAlias (a new version), a new route (a new deployment), a policy statement with a wildcard
/// and a table given a TableName (create-only).
/// </summary>
public class DiffTests
{
    private static TemplateDiff OrdersDiff() =>
        TemplateDiff.Of(ExplainTests.Transform("diff/orders-before.yaml"), ExplainTests.Transform("diff/orders-after.yaml"));

    /// <summary>Each pair of fixtures/diff: NAME-before.yaml and NAME-after.yaml.</summary>
    [Theory]
    [InlineData("orders")]
    [InlineData("workflow")]
    [InlineData("readme")]
    public void Each_format_matches_snapshot(string pair)
    {
        var diff = TemplateDiff.Of(ExplainTests.Transform($"diff/{pair}-before.yaml"), ExplainTests.Transform($"diff/{pair}-after.yaml"));
        var (before, after) = ($"{pair}-before.yaml", $"{pair}-after.yaml");
        var snapshot = DiffWriter.Text(diff, before, after) + "\n--- json\n" + DiffWriter.Json(diff, before, after) + "\n--- markdown\n" + DiffWriter.Markdown(diff, before, after);
        Snapshot.Match(snapshot, SnapshotNameExtension.Create(pair));
    }

    [Fact]
    public void A_state_machine_definition_is_compared_as_a_document()
    {
        var diff = TemplateDiff.Of(ExplainTests.Transform("diff/workflow-before.yaml"), ExplainTests.Transform("diff/workflow-after.yaml"));
        var machine = diff.Resources.Single(r => r.LogicalId == "Machine");
        Assert.Equal(("DefinitionString(JSON).States.A.Result", 1), (Assert.Single(machine.Properties).Path, (int)machine.Properties[0].New!));
        // A new route changes the permission's SourceArn: create-only, a replacement.
        Assert.Contains(diff.Resources, r => r is { LogicalId: "FnGetPermission", Kind: ChangeKind.Replaced, Reason: "create-only property SourceArn changed" });
        Assert.Contains(diff.Iam, c => c is { Role: "FnRole", Added: true, Statement.Attached: true, Statement.Policy: "ConnPolicy" });
    }

    [Fact]
    public void A_renamed_function_is_a_replacement_of_what_it_became()
    {
        var diff = OrdersDiff();
        var function = diff.Resources.Single(r => r.LogicalId == "ProcessOrderFunction");
        Assert.Equal(ChangeKind.Replaced, function.Kind);
        Assert.Equal("WorkerFunction", function.OldLogicalId);
        Assert.False(function.Expected);
        Assert.Equal("WorkerFunction renamed to ProcessOrderFunction", function.Reason);
        // Its role, event source mapping, rule and permission are replaced with it, not listed as removed and added.
        foreach (var (now, was) in new[] { ("ProcessOrderFunctionRole", "WorkerFunctionRole"), ("ProcessOrderFunctionOrders", "WorkerFunctionOrders"), ("ProcessOrderFunctionNightlyPermission", "WorkerFunctionNightlyPermission") })
            Assert.Contains(diff.Resources, r => r is { Kind: ChangeKind.Replaced } && r.LogicalId == now && r.OldLogicalId == was);
        Assert.DoesNotContain(diff.Resources, r => r.Kind == ChangeKind.Removed);
        // A renamed role keeps its permissions: no IAM change for it.
        Assert.DoesNotContain(diff.Iam, c => c.Role is "ProcessOrderFunctionRole" or "WorkerFunctionRole");
    }

    [Fact]
    public void A_changed_MemorySize_is_an_in_place_change()
    {
        var function = OrdersDiff().Resources.Single(r => r.LogicalId == "GetOrderFunction");
        Assert.Equal(ChangeKind.Changed, function.Kind);
        var change = Assert.Single(function.Properties);
        Assert.Equal(("MemorySize", 256, 512, false), (change.Path, (int)change.Old!, (int)change.New!, change.Replaces));
    }

    [Fact]
    public void New_versions_and_deployments_are_expected_replacements()
    {
        var diff = OrdersDiff();
        var expected = diff.Resources.Where(r => r.Expected).ToList();
        Assert.Equal(["AWS::ApiGateway::Deployment", "AWS::Lambda::Version"], expected.Select(r => r.Type).Order(StringComparer.Ordinal));
        Assert.All(expected, r => Assert.Equal(TemplateDiff.ExpectedReason, r.Reason));
        Assert.Contains("expected: new deployment/version on each change", DiffWriter.Text(diff, "a", "b"));
    }

    [Fact]
    public void A_create_only_property_makes_a_replacement()
    {
        var table = OrdersDiff().Resources.Single(r => r.LogicalId == "OrdersTable");
        Assert.Equal(ChangeKind.Replaced, table.Kind);
        Assert.Null(table.OldLogicalId);
        Assert.Equal("create-only property TableName changed", table.Reason);
        Assert.True(Assert.Single(table.Properties).Replaces);
    }

    [Fact]
    public void An_added_policy_statement_is_in_the_IAM_table_with_its_wildcard()
    {
        var diff = OrdersDiff();
        var change = Assert.Single(diff.Iam);
        Assert.Equal("GetOrderFunctionRole", change.Role);
        Assert.True(change.Added);
        Assert.Equal(["s3:GetObject"], change.Statement!.Actions);
        Assert.True(change.HasWildcard);
        Assert.Contains("| added | `GetOrderFunctionRole` | Allow | `s3:GetObject` | `*` ⚠️ **wildcard** |", DiffWriter.Markdown(diff, "a", "b"));
        Assert.Contains("on * [wildcard]", DiffWriter.Text(diff, "a", "b"));
    }

    [Fact]
    public void A_template_against_itself_has_no_changes()
    {
        var diff = TemplateDiff.Of(ExplainTests.Transform("diff/orders-before.yaml"), ExplainTests.Transform("diff/orders-before.yaml"));
        Assert.False(diff.HasChanges);
        Assert.Equal("a → b: no changes\n", DiffWriter.Text(diff, "a", "b"));
    }

    [Fact]
    public void Removed_managed_policies_and_roles_are_in_the_IAM_table()
    {
        var old = Template("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.b, CodeUri: s3://b/k, Policies: [AmazonS3ReadOnlyAccess]}
              Other:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.b, CodeUri: s3://b/k2, MemorySize: 1024}
            """);
        var @new = Template("""
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: a.b, CodeUri: s3://b/k}
            """);
        var diff = TemplateDiff.Of(old, @new);
        Assert.Contains(diff.Iam, c => c is { Role: "FnRole", Added: false, ManagedPolicy: "AmazonS3ReadOnlyAccess (AWS managed)" });
        Assert.Contains(diff.Iam, c => c is { Role: "OtherRole", Added: false, ManagedPolicy: "AWSLambdaBasicExecutionRole (AWS managed)" });
        Assert.Equal(["Other", "OtherRole"], diff.Resources.Where(r => r.Kind == ChangeKind.Removed).Select(r => r.LogicalId));
    }

    [Fact]
    public void Two_unrelated_resources_of_a_type_are_not_taken_for_a_rename()
    {
        var old = Template("Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: {DelaySeconds: 5}\n  B:\n    Type: AWS::SQS::Queue\n    Properties: {DelaySeconds: 6}\n");
        var @new = Template("Resources:\n  C:\n    Type: AWS::SQS::Queue\n    Properties: {DelaySeconds: 7}\n  D:\n    Type: AWS::SQS::Queue\n    Properties: {DelaySeconds: 6}\n");
        var diff = TemplateDiff.Of(old, @new);
        // B and D are alike (a rename); A and C have nothing in common.
        Assert.Contains(diff.Resources, r => r is { Kind: ChangeKind.Replaced, LogicalId: "D", OldLogicalId: "B" });
        Assert.Contains(diff.Resources, r => r is { Kind: ChangeKind.Removed, LogicalId: "A" });
        Assert.Contains(diff.Resources, r => r is { Kind: ChangeKind.Added, LogicalId: "C" });
    }

    [Fact]
    public void Changes_outside_Resources_are_changes()
    {
        const string template = "Parameters:\n  Stage: {Type: String, Default: dev}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\nOutputs:\n  Url: {Value: !Ref Q}\n";
        var diff = TemplateDiff.Of(Template(template), Template(template.Replace("Default: dev", "Default: prod", StringComparison.Ordinal).Replace("!Ref Q", "!GetAtt Q.Arn", StringComparison.Ordinal)));
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.Resources);
        Assert.Equal(["Parameters.Stage.Default", "Outputs.Url.Value"], diff.Sections.Select(s => s.Path));
        Assert.Contains("Outside Resources\n[~] Parameters.Stage.Default: \"dev\" → \"prod\"\n[~] Outputs.Url.Value: ${Q} → ${Q.Arn}\n", DiffWriter.Text(diff, "a", "b"));
    }

    [Fact]
    public void A_renamed_event_replaces_its_permission()
    {
        const string template = "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: a.b\n      CodeUri: s3://b/k\n      Events:\n        Get:\n          Type: Api\n          Properties: {Path: /a, Method: get}\n        Other:\n          Type: Api\n          Properties: {Path: /b, Method: get}\n";
        var diff = TemplateDiff.Of(Template(template), Template(template.Replace("Get:", "Fetch:", StringComparison.Ordinal)));
        Assert.Contains(diff.Resources, r => r is { Kind: ChangeKind.Replaced, LogicalId: "FnFetchPermissionProd", OldLogicalId: "FnGetPermissionProd", Reason: "event renamed: the logical id changed" });
        Assert.DoesNotContain(diff.Resources, r => r.Kind is ChangeKind.Added or ChangeKind.Removed);
    }

    [Theory]
    [InlineData("{DelaySeconds: 5}", "{DelaySeconds: 7}", false)]
    [InlineData("{DelaySeconds: 5}", "{DelaySeconds: 5, VisibilityTimeout: 60}", true)]
    [InlineData("{}", "{}", true)]
    public void A_lone_resource_of_a_type_is_a_rename_when_it_has_something_in_common(string old, string @new, bool rename)
    {
        var diff = TemplateDiff.Of(Template($"Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: {old}\n"),
            Template($"Resources:\n  C:\n    Type: AWS::SQS::Queue\n    Properties: {@new}\n"));
        Assert.Equal(rename, diff.Resources.Any(r => r is { Kind: ChangeKind.Replaced, LogicalId: "C", OldLogicalId: "A" }));
    }

    [Fact]
    public void A_changed_type_is_a_replacement()
    {
        var diff = TemplateDiff.Of(Template("Resources:\n  A:\n    Type: AWS::SQS::Queue\n"), Template("Resources:\n  A:\n    Type: AWS::SNS::Topic\n"));
        var change = Assert.Single(diff.Resources);
        Assert.Equal((ChangeKind.Replaced, "the type changed from AWS::SQS::Queue"), (change.Kind, change.Reason));
    }

    [Theory]
    [InlineData("[1, 2, 3]", "[1, 3]", "L[1]: 2 → (none)")]
    [InlineData("[1, 3]", "[1, 2, 3]", "L[1]: (none) → 2")]
    [InlineData("{a: {b: 1}}", "{a: {b: 2}}", "L.a.b: 1 → 2")]
    [InlineData("{'/orders': 1}", "{'/orders': 2}", "L[\"/orders\"]: 1 → 2")]
    [InlineData("{Ref: X}", "{'Fn::GetAtt': [X, Arn]}", "L: ${X} → ${X.Arn}")]
    [InlineData("a", "b", "L: \"a\" → \"b\"")]
    public void Property_changes_are_paths_to_the_smallest_difference(string old, string @new, string expected)
    {
        var diff = TemplateDiff.Of(Template($"Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      L: {old}\n"),
            Template($"Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      L: {@new}\n"));
        Assert.Contains("      " + expected + "\n", DiffWriter.Text(diff, "a", "b"));
    }

    [Fact]
    public void Long_values_are_shown_from_near_where_they_differ()
    {
        var prefix = new string('x', 120);
        var (old, @new) = DiffWriter.Values(prefix + "old-end", prefix + "new-end");
        Assert.EndsWith("xold-end\"", old);
        Assert.EndsWith("xnew-end\"", @new);
        Assert.StartsWith("…", old);
        Assert.True(old.Length <= DiffWriter.ValueWidth);
    }

    [Fact]
    public void A_create_only_property_of_a_list_item_matches_any_item()
    {
        Assert.Contains("ReplicationInfoList.*.SourceKafkaClusterArn", ResourceTypes.CreateOnly("AWS::MSK::Replicator"));
        var changes = PropertyDiff.Of("AWS::MSK::Replicator",
            JObject.Parse("""{"Properties": {"ReplicationInfoList": [{"SourceKafkaClusterArn": "a", "TopicReplication": {"CopyTopicConfigurations": true}}]}}"""),
            JObject.Parse("""{"Properties": {"ReplicationInfoList": [{"SourceKafkaClusterArn": "b", "TopicReplication": {"CopyTopicConfigurations": false}}]}}"""));
        Assert.Equal([("ReplicationInfoList[0].SourceKafkaClusterArn", true), ("ReplicationInfoList[0].TopicReplication.CopyTopicConfigurations", false)],
            changes.Select(c => (c.Path, c.Replaces)).OrderBy(c => c.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void The_data_has_the_create_only_properties_of_the_schemas()
    {
        Assert.Contains("TableName", ResourceTypes.CreateOnly("AWS::DynamoDB::Table"));
        Assert.Contains("PackageType", ResourceTypes.CreateOnly("AWS::Lambda::Function"));
        Assert.DoesNotContain("MemorySize", ResourceTypes.CreateOnly("AWS::Lambda::Function"));
        Assert.Empty(ResourceTypes.CreateOnly("AWS::No::Such"));
    }

    [Fact]
    public void The_README_example_is_the_output_of_its_templates()
    {
        var diff = TemplateDiff.Of(ExplainTests.Transform("diff/readme-before.yaml"), ExplainTests.Transform("diff/readme-after.yaml"));
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains("$ dotnet sam-transform diff template.yaml --against HEAD~1\n" + DiffWriter.Text(diff, "template.yaml@HEAD~1", "template.yaml") + "```", readme);
    }

    internal static TransformedTemplate Template(string yaml) =>
        TransformedTemplate.FromText(yaml, Path.GetTempPath(), new TransformOptions { Region = "eu-west-1" });
}
