using SamTransform.Reading;

namespace SamTransform.Diagnostics;

/// <summary>
/// One problem found in a template. Immutable; created only through <see cref="DiagnosticCatalog"/> so that every code
/// and message lives in one place.
/// </summary>
/// <param name="Code">Stable code such as <c>SAM2001</c>.</param>
/// <param name="Level">Error, warning or information.</param>
/// <param name="Message">The message; for transform errors exactly the reference transform's cause text.</param>
/// <param name="Location">Where in the source the problem is, when known.</param>
/// <param name="ResourceId">Logical id of the resource concerned, when there is one.</param>
/// <param name="Path">Property path inside the template (for example <c>Resources.Fn.Properties.Handler</c>).</param>
/// <param name="OrderKey">What orders the cause among the others when it has no resource id (default: its message).</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticLevel Level,
    string Message,
    SourceLocation? Location = null,
    string? ResourceId = null,
    string? Path = null,
    string? OrderKey = null)
{
    public bool IsError => Level == DiagnosticLevel.Error;

    /// <summary>The canonical form MSBuild and IDEs understand: <c>file(line,col): error SAM1234: message</c>.</summary>
    public string Format(string file)
    {
        var level = Level switch
        {
            DiagnosticLevel.Error => "error",
            DiagnosticLevel.Warning => "warning",
            _ => "info",
        };
        var where = Location is { } loc ? $"{file}({loc.Line},{loc.Column})" : file;
        return $"{where}: {level} {Code}: {Message}";
    }
}
