namespace SamTransform.Validation.Rules;

/// <summary>The rules <c>validate</c> runs, in order. Adding a rule is one class and one line here.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new LambdaFunctionRule(),
        new RuntimeRule(),
        new ApiTimeoutRule(),
        new SqsVisibilityRule(),
        new ScheduleExpressionRule(),
        new FargateTaskRule(),
        new EcrLifecyclePolicyRule(),
        new IamPolicyRule(),
        new ReferenceRule(),
        new DependencyCycleRule(),
        new SubstitutionOutsideSubRule(),
        new ResourceTypeRule(),
    ];
}
