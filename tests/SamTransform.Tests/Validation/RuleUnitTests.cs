using SamTransform.Validation;
using SamTransform.Validation.Rules;
using Xunit;

namespace SamTransform.Tests.Validation;

public class RuleUnitTests
{
    [Theory]
    [InlineData("rate(1 minute)")]
    [InlineData("rate(5 minutes)")]
    [InlineData("rate(1 day)")]
    [InlineData("rate(12 hours)")]
    [InlineData("cron(0 12 * * ? *)")]
    [InlineData("cron(15 10 ? * 6L 2022-2023)")]
    [InlineData("cron(0/15 * ? * MON-FRI *)")]
    [InlineData("cron(0 8 1W * ? *)")]
    [InlineData("cron(0 10 ? * 2#3 *)")]
    [InlineData("cron(0 18 L * ? *)")]
    [InlineData("cron(0 9 ? JAN,JUL SUN *)")]
    public void Valid_schedule_expressions_pass(string expression) =>
        Assert.Null(ScheduleExpressionRule.Problem(expression, allowAt: false));

    [Theory]
    [InlineData("rate(1 minutes)", false)]
    [InlineData("rate(2 hour)", false)]
    [InlineData("rate(0 minutes)", false)]
    [InlineData("rate(5)", false)]
    [InlineData("rate(3 seconds)", false)]
    [InlineData("cron(0 12 * * ? * *)", false)]
    [InlineData("cron(0 12 * * * *)", false)]
    [InlineData("cron(61 12 * ? * *)", false)]
    [InlineData("cron(0 12 * FOO ? *)", false)]
    [InlineData("cron(? 12 * * ? *)", false)]
    [InlineData("every 5 minutes", false)]
    [InlineData("at(2030-01-01T00:00:00)", false)]
    [InlineData("at(2030-01-01 00:00:00)", true)]
    public void Invalid_schedule_expressions_are_explained(string expression, bool allowAt) =>
        Assert.NotNull(ScheduleExpressionRule.Problem(expression, allowAt));

    [Theory]
    [InlineData("rate(5 minute)")]
    [InlineData("rate(1 hours)")]
    public void Scheduler_accepts_either_unit_number(string expression) => Assert.Null(ScheduleExpressionRule.Problem(expression, allowAt: true));

    [Fact]
    public void At_is_valid_for_scheduler() => Assert.Null(ScheduleExpressionRule.Problem("at(2030-06-30T23:59:00)", allowAt: true));

    [Theory]
    [InlineData("""{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}""", true)]
    [InlineData("""{"rules":[{"rulePriority":2,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},{"rulePriority":5,"selection":{"tagStatus":"untagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}""", false)]
    [InlineData("""{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}""", false)]
    [InlineData("""{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"imageCountMoreThan","countUnit":"days","countNumber":1},"action":{"type":"expire"}}]}""", false)]
    [InlineData("""{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"imageCountMoreThan","countNumber":0},"action":{"type":"expire"}}]}""", false)]
    [InlineData("""{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"imageCountMoreThan","countNumber":3},"action":{"type":"delete"}}]}""", false)]
    [InlineData("""{"rules":[]}""", false)]
    public void Ecr_lifecycle_policies(string text, bool valid) =>
        Assert.Equal(valid, EcrLifecyclePolicyRule.Problem(text) is null);

    [Theory]
    [InlineData("CodeURI", new[] { "CodeUri", "Handler" }, "CodeUri")]
    [InlineData("Timout", new[] { "Timeout", "Tracing" }, "Timeout")]
    [InlineData("Hnadler", new[] { "Handler", "Runtime" }, "Handler")]
    [InlineData("Completely", new[] { "Handler", "Runtime" }, null)]
    public void Suggestions_find_typos(string text, string[] candidates, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(text, candidates));
}
