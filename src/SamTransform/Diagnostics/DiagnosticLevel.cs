namespace SamTransform.Diagnostics;

public enum DiagnosticLevel
{
    Info,
    Warning,
    Error,
}
