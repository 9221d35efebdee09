namespace SamTransform.Pipeline;

/// <summary>What the Serverless Application Repository says about one application version.</summary>
public sealed record ApplicationInfo(string TemplateUrl, string? Status = "ACTIVE");

/// <summary>Looks up Serverless Application Repository applications for <c>AWS::Serverless::Application</c>.</summary>
public interface IApplicationResolver
{
    /// <summary>
    /// Returns the application's template URL, or throws <see cref="ApplicationLookupException"/> with the message to
    /// report. Implementations must not block indefinitely.
    /// </summary>
    ApplicationInfo Resolve(string applicationId, string semanticVersion);
}

public sealed class ApplicationLookupException(string message) : Exception(message);

/// <summary>The default: no network, so every application id is reported as unresolvable.</summary>
public sealed class OfflineApplicationResolver : IApplicationResolver
{
    public static readonly OfflineApplicationResolver Instance = new();

    public ApplicationInfo Resolve(string applicationId, string semanticVersion) =>
        throw new ApplicationLookupException($"Cannot access application: {applicationId}. SamTransform works offline: give the application's template as an S3 URL in 'Location', or pass a resolver.");
}
