using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Reading;

namespace SamTransform.Pipeline;

/// <summary>
/// Raised by an expander when a resource cannot be transformed. The message is the reference transform's detail text;
/// the pipeline turns it into a diagnostic with the resource (and event) id and the position of <see cref="Node"/>.
/// </summary>
public class SamException(string message, JToken? node = null) : Exception(message)
{
    /// <summary>The template node the problem is about, for its source position.</summary>
    public JToken? Node { get; } = node;

    /// <summary>Set when the problem is in an event of a function.</summary>
    public string? EventId { get; init; }

    /// <summary>When set, the message is the whole cause text (no "Resource with id" prefix).</summary>
    public bool Raw { get; init; }

    /// <summary>
    /// With <see cref="EventId"/>: the reference reports the cause on its own ("Event with id [E] is invalid. ..."),
    /// without the resource it belongs to, and orders it among the causes by that text (a state machine's events).
    /// </summary>
    public bool Standalone { get; init; }

    /// <summary>When set, the cause concerns this logical id rather than the resource being expanded.</summary>
    public string? ResourceIdOverride { get; init; }
}

/// <summary>An error about the document as a whole (structure, Globals, ...). Stops the transform.</summary>
public sealed class SamDocumentException(string message, JToken? node = null) : SamException(message, node)
{
    /// <summary>
    /// True for the errors the reference raises while editing an API's definition: raised while a resource is expanded,
    /// such an error is the only one reported (other document errors are reported with the resources' errors).
    /// </summary>
    public bool Halts { get; init; }
}

/// <summary>
/// A problem the catalog words itself rather than with a reference message ("... is not supported yet"): raised where
/// it is found, turned into its diagnostic with the resource id and position the pipeline knows.
/// </summary>
public sealed class SamDiagnosticException(Func<string, SourceLocation?, string?, Diagnostic> diagnostic, JToken? node = null)
    : SamException("", node)
{
    public Diagnostic Create(string logicalId, SourceLocation? at, string? path) => diagnostic(logicalId, at, path);

    public override string Message => diagnostic("", null, null).Message;
}
