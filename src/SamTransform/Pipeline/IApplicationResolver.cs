namespace SamTransform.Pipeline;

/// <summary>Where the Serverless Application Repository is with an application version's template.</summary>
public enum ApplicationTemplateStatus
{
    Active,
    Preparing,
    Expired,
}

/// <summary>The repository's answer to "create the CloudFormation template of this application version".</summary>
/// <param name="ApplicationId">The application as the repository names it (used in later polls and messages).</param>
/// <param name="TemplateId">Identifies the template for <see cref="IApplicationResolver.GetTemplateStatus"/>.</param>
/// <param name="TemplateUrl">Where CloudFormation reads the nested stack's template.</param>
public sealed record ApplicationTemplate(string ApplicationId, string TemplateId, string TemplateUrl, ApplicationTemplateStatus Status);

/// <summary>How long the transform waits for templates still being prepared, and how it waits between polls.</summary>
public sealed record ApplicationWaitPolicy(TimeSpan Timeout, TimeSpan PollInterval, Action<TimeSpan> Sleep)
{
    /// <summary>The reference's budget: just under CloudFormation's two-minute limit for a transform, polling every 2 s.</summary>
    public static ApplicationWaitPolicy Default { get; } = new(TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(2), Thread.Sleep);
}

/// <summary>
/// Serverless Application Repository look-ups for <c>AWS::Serverless::Application</c> resources whose <c>Location</c>
/// names an <c>ApplicationId</c> and <c>SemanticVersion</c>. Implementations must answer each call in bounded time;
/// the transform bounds the waiting with <see cref="WaitPolicy"/>.
/// </summary>
public interface IApplicationResolver
{
    /// <summary>Requests the template of an application version; throws <see cref="ApplicationLookupException"/> with the message to report.</summary>
    ApplicationTemplate CreateTemplate(string applicationId, string semanticVersion);

    /// <summary>The current status of a template that was not yet active.</summary>
    ApplicationTemplateStatus GetTemplateStatus(string applicationId, string templateId);

    /// <summary>How to wait for <paramref name="pending"/> templates to become active.</summary>
    ApplicationWaitPolicy WaitPolicy(IReadOnlyList<ApplicationTemplate> pending) => ApplicationWaitPolicy.Default;
}

/// <summary>A repository answer that becomes the resource's error message ("Cannot access application: X.").</summary>
public sealed class ApplicationLookupException(string message) : Exception(message);

/// <summary>The default: no network, so an application id cannot be resolved; the error says what to do instead.</summary>
public sealed class OfflineApplicationResolver : IApplicationResolver
{
    public static readonly OfflineApplicationResolver Instance = new();

    public ApplicationTemplate CreateTemplate(string applicationId, string semanticVersion) =>
        throw new ApplicationLookupException($"Cannot access application: {applicationId}. SamTransform works offline: give the application's template as an S3 URL in 'Location', or pass a resolver.");

    public ApplicationTemplateStatus GetTemplateStatus(string applicationId, string templateId) =>
        throw new ApplicationLookupException($"Cannot access application: {applicationId}.");
}
