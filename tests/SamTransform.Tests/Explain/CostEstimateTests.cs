using Newtonsoft.Json.Linq;
using SamTransform.Explain;
using SamTransform.Tests.Diff;
using Xunit;

namespace SamTransform.Tests.Explain;

/// <summary>explain's monthly Lambda cost estimate, checked against sums done by hand from the price table.</summary>
public class CostEstimateTests
{
    private static CostEstimate Estimate(string yaml, long invocations, double durationMs, bool freeTier = false)
    {
        var transformed = DiffTests.Template(yaml);
        Assert.True(transformed.Succeeded, string.Join("\n", transformed.Diagnostics));
        return CostEstimate.Of(TemplateExplanation.Of(transformed.Template!, transformed.Result!), transformed.OutputResources, invocations, durationMs, freeTier);
    }

    private const string Function = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              CodeUri: s3://b/k
        """ + "\n";

    [Fact]
    public void The_price_table_says_its_region_and_date()
    {
        var prices = LambdaPrices.Current;
        Assert.Equal("us-east-1", prices.Region);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", prices.Date);
        Assert.Equal(["arm64", "x86_64"], prices.Architectures.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_pricing_page_example_512_MB_3_million_one_second_calls_with_the_free_tier()
    {
        // 3M × 1 s × 0.5 GB = 1.5M GB-s, 400,000 free: 1.1M × $0.0000166667; 2M billable requests × $0.20/M.
        var estimate = Estimate(Function + "      MemorySize: 512\n", 3_000_000, 1000, freeTier: true);
        var fn = Assert.Single(estimate.Functions);
        Assert.Equal((512, "x86_64", 1_500_000m), (fn.MemoryMb, fn.Architecture, fn.GbSeconds));
        Assert.Equal(1_100_000m * 0.0000166667m + 0.40m, estimate.Total);
        Assert.Contains("└─ total $18.73 (after the free tier's $6.87)", estimate.Text("us-east-1"));
    }

    [Fact]
    public void Arm_ephemeral_storage_and_provisioned_concurrency_are_priced()
    {
        var estimate = Estimate(Function + """
                  MemorySize: 1024
                  Architectures: [arm64]
                  EphemeralStorage: {Size: 10240}
                  AutoPublishAlias: live
                  ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 5}
            """, 1_000_000, 100, freeTier: true);
        var fn = Assert.Single(estimate.Functions);
        Assert.Equal(("arm64", 10240, 5), (fn.Architecture, fn.EphemeralStorageMb, fn.ProvisionedConcurrency));
        Assert.Equal(0.20m, fn.Requests);
        Assert.Equal(100_000m * 0.0000077778m, fn.Duration); // 100,000 GB-s at the provisioned duration price
        Assert.Equal(9.5m * 100_000m * 0.0000000309m, fn.EphemeralStorage); // 9.5 GB above the free 512 MB
        Assert.Equal(5m * 1m * 730m * 3600m * 0.0000033334m, fn.Provisioned); // 5 environments all month
        Assert.Equal(0m, estimate.FreeTierCredit); // no free tier with provisioned concurrency
        Assert.Contains("1024 MB, arm64, 10240 MB ephemeral storage, 5 provisioned", estimate.Text("us-east-1"));
    }

    [Fact]
    public void A_memory_size_from_a_parameter_has_no_estimate()
    {
        var estimate = Estimate(Function.Replace("Resources:", "Parameters:\n  Memory: {Type: Number}\nResources:", StringComparison.Ordinal) + "      MemorySize: !Ref Memory\n", 1000, 10);
        Assert.Equal("MemorySize is ${Memory}", Assert.Single(estimate.Functions).Unknown);
        Assert.Contains("Fn  no estimate: MemorySize is ${Memory}", estimate.Text("eu-west-1"));
        Assert.Contains("the table has no eu-west-1 prices", estimate.Text("eu-west-1"));
    }

    [Fact]
    public void The_free_tier_is_shared_by_the_functions_in_template_order()
    {
        var two = Function + "      MemorySize: 1024\n" + Function[Function.IndexOf("  Fn:", StringComparison.Ordinal)..].Replace("Fn:", "Other:", StringComparison.Ordinal) + "      MemorySize: 1024\n";
        // 600,000 calls of 1 s at 1 GB each: the first function uses 600,000 free requests and all 400,000 free GB-s.
        var estimate = Estimate(two, 600_000, 1000, freeTier: true);
        Assert.Equal(2, estimate.Functions.Count);
        Assert.Equal(1_000_000m / 1_000_000m * 0.20m + 400_000m * 0.0000166667m, estimate.FreeTierCredit);
    }

    [Theory]
    [InlineData("--invocations", "10")]
    [InlineData("--duration-ms", "10")]
    [InlineData("--free-tier")]
    [InlineData("--invocations", "10", "--duration-ms", "5", "--format", "mermaid")]
    [InlineData("--invocations", "-1", "--duration-ms", "5")]
    public void The_command_wants_both_numbers(params string[] args)
    {
        var (exit, _, err) = ExplainCommandTests.Run(["explain", Path.Combine(RepoPaths.Fixtures, "hello-function", "template.yaml"), .. args]);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", err);
    }

    [Fact]
    public void The_command_writes_the_estimate_in_text_and_json()
    {
        var template = Path.Combine(RepoPaths.Fixtures, "explain", "orders-api.yaml");
        var (exit, text, _) = ExplainCommandTests.Run("explain", template, "--invocations", "1000000", "--duration-ms", "200");
        Assert.Equal(0, exit);
        Assert.Contains("Monthly Lambda cost estimate: 1,000,000 invocations of 200 ms per function, us-east-1 prices of", text);
        Assert.Contains("├─ GetOrderFunction  256 MB, x86_64: requests $0.20 + duration $0.8333 = $1.03", text);
        var (_, json, _) = ExplainCommandTests.Run("explain", template, "--invocations", "1000000", "--duration-ms", "200", "--format", "json");
        var cost = JObject.Parse(json)["cost"]!;
        Assert.Equal(50_000m, (decimal)cost["functions"]![0]!["gbSeconds"]!);
        Assert.Equal("us-east-1", (string)cost["prices"]!["region"]!);
    }
}
