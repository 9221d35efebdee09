using SamTransform.Reading;

namespace SamTransform.Diagnostics;

// SAM4xxx: build integration, the check of .NET handlers against the project's code (SamTransform.Handlers).
public static partial class DiagnosticCatalog
{
    /// <summary>The .NET Lambda runtime cuts handlers of 128 characters to 127 (aws/aws-lambda-dotnet#1642).</summary>
    public const int MaxDotnetHandlerLength = 127;

    public static Diagnostic HandlerFormat(string handler, string? suggestion, SourceLocation? at, string? logicalId) =>
        new("SAM4001", DiagnosticLevel.Error, $"Handler '{handler}' is not a .NET handler: write Assembly::Namespace.Type::Method, or the assembly name alone for an executable assembly.{HandlerSuggestion(suggestion)}", at, logicalId);

    public static Diagnostic HandlerAssembly(string handler, string assembly, string projectAssembly, string? suggestion, SourceLocation? at, string? logicalId) =>
        new("SAM4002", DiagnosticLevel.Error, $"Handler '{handler}' names assembly '{assembly}', but this project builds assembly '{projectAssembly}'.{HandlerSuggestion(suggestion)}", at, logicalId);

    public static Diagnostic HandlerTypeNotFound(string handler, string type, string? suggestion, SourceLocation? at, string? logicalId) =>
        new("SAM4003", DiagnosticLevel.Error, $"Handler '{handler}': the project declares no type '{type}' (write nested types as Outer+Inner).{HandlerSuggestion(suggestion)}", at, logicalId);

    public static Diagnostic HandlerMethodNotFound(string handler, string type, string method, bool existsButNotPublic, string? suggestion, SourceLocation? at, string? logicalId) =>
        new("SAM4004", DiagnosticLevel.Error, existsButNotPublic
            ? $"Handler '{handler}': method '{method}' of type '{type}' is not public.{HandlerSuggestion(suggestion)}"
            : $"Handler '{handler}': type '{type}' has no public method '{method}'.{HandlerSuggestion(suggestion)}", at, logicalId);

    public static Diagnostic HandlerSignature(string handler, string reason, string? suggestion, SourceLocation? at, string? logicalId) =>
        new("SAM4005", DiagnosticLevel.Error, $"Handler '{handler}' cannot be invoked by Lambda: {reason}.{HandlerSuggestion(suggestion)}", at, logicalId);

    public static Diagnostic HandlerNotExecutable(string handler, string? suggestion, SourceLocation? at, string? logicalId) =>
        new("SAM4006", DiagnosticLevel.Error, $"Handler '{handler}' is the executable-assembly form, but the project has no Main method or top-level statements.{HandlerSuggestion(suggestion)}", at, logicalId);

    public static Diagnostic HandlerTooLong(string handler, SourceLocation? at, string? logicalId) =>
        new("SAM4007", DiagnosticLevel.Error, $"Handler '{handler}' is {handler.Length} characters long; the .NET Lambda runtime reads at most {MaxDotnetHandlerLength}.", at, logicalId);

    public static Diagnostic HandlerNeedsSerializer(string handler, string what, string typeName, SourceLocation? at, string? logicalId) =>
        new("SAM4008", DiagnosticLevel.Warning, $"Handler '{handler}': the {what} type '{typeName}' is not a Stream, and no [LambdaSerializer] attribute is on the method or the assembly.", at, logicalId);

    public static Diagnostic HandlerCheckSkipped(string reason) =>
        new("SAM4009", DiagnosticLevel.Info, $"The .NET handler check was skipped: {reason.TrimEnd('.')}.");

    private static string HandlerSuggestion(string? suggestion) => suggestion is null ? "" : $" Did you mean '{suggestion}'?";
}
