using System.Globalization;
using SamTransform.Reading;

namespace SamTransform.Diagnostics;

/// <summary>
/// Every diagnostic the library can produce. Codes are grouped by stage:
/// SAM1xxx reading, SAM2xxx transform (messages identical to AWS's SAM transform), SAM3xxx validation rules,
/// SAM4xxx build integration and handler checks.
/// </summary>
public static partial class DiagnosticCatalog
{
    // --- Reading -------------------------------------------------------------------------------------------
    public static Diagnostic YamlSyntax(string message, SourceLocation? at) =>
        new("SAM1001", DiagnosticLevel.Error, $"The template is not valid YAML or JSON: {message}", at);

    public static Diagnostic DuplicateKey(string key, SourceLocation? at) =>
        new("SAM1002", DiagnosticLevel.Error, $"Duplicate key '{key}': a mapping may name a key only once.", at);

    public static Diagnostic AliasExpansionTooLarge(long limit, SourceLocation? at) =>
        new("SAM1003", DiagnosticLevel.Error, string.Create(CultureInfo.InvariantCulture, $"YAML aliases expand to more than {limit:N0} nodes; the document is rejected to protect memory (a \"billion laughs\" document?)."), at);

    public static Diagnostic NestingTooDeep(int limit, SourceLocation? at) =>
        new("SAM1004", DiagnosticLevel.Error, $"The document nests more than {limit} levels deep.", at);

    public static Diagnostic UnknownTag(string tag, SourceLocation? at) =>
        new("SAM1005", DiagnosticLevel.Error, $"Unknown YAML tag '{tag}'. CloudFormation short forms are !Ref, !GetAtt, !Sub, !Join, !If, !Select, !Split, !FindInMap, !Base64, !Cidr, !GetAZs, !ImportValue, !Equals, !And, !Or, !Not, !Condition, !Transform.", at);

    public static Diagnostic InvalidUtf8(long byteOffset, SourceLocation? at) =>
        new("SAM1006", DiagnosticLevel.Error, $"The file is not valid UTF-8 (first bad byte at offset {byteOffset}).", at);

    public static Diagnostic NotAMapping(SourceLocation? at) =>
        new("SAM1007", DiagnosticLevel.Error, "The template must be a mapping (a YAML or JSON object) at the top level.", at);

    public static Diagnostic EmptyDocument(SourceLocation? at = null) =>
        new("SAM1008", DiagnosticLevel.Error, "The template is empty.", at);

    public static Diagnostic UnsupportedYaml(string what, SourceLocation? at) =>
        new("SAM1009", DiagnosticLevel.Error, $"Unsupported YAML: {what}.", at);

    public static Diagnostic NotUtf8Encoding(string encoding, SourceLocation? at) =>
        new("SAM1006", DiagnosticLevel.Error, $"The file is {encoding} encoded (it starts with a {encoding} byte order mark); save the template as UTF-8.", at);

    public static Diagnostic TemplateTooLarge(long size, long limit, SourceLocation? at) =>
        new("SAM1011", DiagnosticLevel.Error, string.Create(CultureInfo.InvariantCulture, $"The template is {size:N0} bytes; the limit is {limit:N0} bytes (CloudFormation itself accepts templates of at most 1 MB)."), at);

    public static Diagnostic TooManyNodes(long limit, SourceLocation? at) =>
        new("SAM1011", DiagnosticLevel.Error, string.Create(CultureInfo.InvariantCulture, $"The document has more than {limit:N0} nodes (keys, values and list items); the rest is not read, to protect memory."), at);

    public static Diagnostic FileNotFound(string path) =>
        new("SAM1010", DiagnosticLevel.Error, $"Template file '{path}' was not found.");

    // --- Transform (reference messages) ----------------------------------------------------------------------
    /// <summary>A cause about the document as a whole ("Structure of the SAM template is invalid. ...", ...).</summary>
    public static Diagnostic InvalidDocument(string message, SourceLocation? at, string? path = null) =>
        new("SAM2001", DiagnosticLevel.Error, message, at, null, path);

    /// <summary>"Resource with id [X] is invalid. ..."</summary>
    public static Diagnostic InvalidResource(string logicalId, string detail, SourceLocation? at, string? path = null) =>
        new("SAM2002", DiagnosticLevel.Error, $"Resource with id [{logicalId}] is invalid. {detail}", at, logicalId, path);

    /// <summary>"Resource with id [X] is invalid. Event with id [E] is invalid. ..."</summary>
    public static Diagnostic InvalidEvent(string logicalId, string eventId, string detail, SourceLocation? at, string? path = null) =>
        new("SAM2003", DiagnosticLevel.Error, $"Resource with id [{logicalId}] is invalid. Event with id [{eventId}] is invalid. {detail}", at, logicalId, path);

    /// <summary>"Event with id [E] is invalid. ..." on its own: no resource id; it is ordered among the causes by the event's id.</summary>
    public static Diagnostic InvalidStandaloneEvent(string eventId, string detail, SourceLocation? at, string? path = null) =>
        new("SAM2003", DiagnosticLevel.Error, $"Event with id [{eventId}] is invalid. {detail}", at, null, path, eventId);

    /// <summary>A cause whose text the reference gives without the usual prefix.</summary>
    public static Diagnostic RawResourceError(string logicalId, string message, SourceLocation? at, string? path = null) =>
        new("SAM2004", DiagnosticLevel.Error, message, at, logicalId, path);

    // --- Transform (the project's own messages: the reference has none, or it would pass the type through) ----------
    /// <summary>An <c>AWS::Serverless::</c> type SAM does not define, which AWS's transform would leave in its output.</summary>
    public static Diagnostic UnknownSamResourceType(string logicalId, string type, string? suggestion, SourceLocation? at, string? path = null) =>
        new("SAM2005", DiagnosticLevel.Error,
            $"Resource [{logicalId}]: '{type}' is not an AWS SAM resource type (AWS's transform leaves it in the template and CloudFormation rejects it as an unrecognized resource type).{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")}",
            at, logicalId, path);

    /// <summary>A SAM resource type this tool does not implement yet: the template is not at fault.</summary>
    public static Diagnostic SamResourceTypeNotSupported(string logicalId, string type, SourceLocation? at, string? path = null) =>
        new("SAM2006", DiagnosticLevel.Error, $"{type} is not supported yet by SamTransform (resource [{logicalId}]).", at, logicalId, path);

    /// <summary>An event type SAM accepts on this resource type and this tool does not implement yet.</summary>
    public static Diagnostic EventTypeNotSupported(string logicalId, string resourceType, string eventId, string eventType, SourceLocation? at, string? path = null) =>
        new("SAM2007", DiagnosticLevel.Error, $"Event type {eventType} is not supported yet by SamTransform (event [{eventId}] of {resourceType} [{logicalId}]).", at, logicalId, path);

    public static Diagnostic InternalError(string message, SourceLocation? at, string? logicalId) =>
        new("SAM2999", DiagnosticLevel.Error, $"Internal error while transforming: {message}", at, logicalId);

    /// <summary>The safety net for a bug: an exception no expander turned into a reference error.</summary>
    public static Diagnostic InternalError(Exception exception, SourceLocation? at, string? logicalId) =>
        new("SAM2999", DiagnosticLevel.Error, $"Internal error while transforming{(logicalId is null ? "" : $" resource [{logicalId}]")}: {exception.GetType().Name}: {exception.Message}", at, logicalId);
}
