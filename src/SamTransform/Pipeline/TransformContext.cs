using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Pipeline;

/// <summary>
/// Everything a stage or expander may read or change during one transform: the working template, the resources being
/// emitted, the options, resolved parameter values and the diagnostics found so far.
/// </summary>
public sealed class TransformContext
{
    private readonly Dictionary<Type, object> _state = [];
    private readonly Dictionary<string, SamResource> _resourcesById = new(StringComparer.Ordinal);

    internal TransformContext(JObject template, TransformOptions options)
    {
        Template = template;
        Options = options;
        Arns = new ArnBuilder(options.Partition, options.Region);
    }

    public TransformOptions Options { get; }

    /// <summary>The working copy of the input (the caller's object is never changed).</summary>
    public JObject Template { get; }

    public ArnBuilder Arns { get; }

    /// <summary>The template's resources in document order.</summary>
    public List<SamResource> Resources { get; } = [];

    /// <summary>The CloudFormation resources of the output, in emission order.</summary>
    public JObject Output { get; } = new();

    /// <summary>For each emitted logical id, the SAM resource it came from (for diagnostics that point at the source).</summary>
    public Dictionary<string, string> Origins { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// For each emitted logical id whose expander says so, why it exists ("execution role", "permission for event
    /// GetOrders (Api GET /orders)"): what <c>explain</c> shows. Ids without one are described by their type.
    /// </summary>
    public Dictionary<string, EmitReason> Reasons { get; } = new(StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Template parameter values: caller values over defaults, plus pseudo parameters.</summary>
    public Dictionary<string, JToken> ParameterValues { get; } = new(StringComparer.Ordinal);

    public JObject Parameters => Template["Parameters"] as JObject ?? new JObject();

    public JObject Conditions
    {
        get
        {
            if (Template["Conditions"] is JObject c) return c;
            var created = new JObject();
            Template["Conditions"] = created;
            return created;
        }
    }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>How many diagnostics there were when the running stage started.</summary>
    public int StageStart { get; internal set; }

    /// <summary>Whether the running stage reported an error about <paramref name="logicalId"/> (its transform failed).</summary>
    public bool FailedInThisStage(string logicalId) =>
        Diagnostics.Skip(StageStart).Any(d => d.IsError && d.ResourceId == logicalId);

    public SamResource? FindResource(string logicalId) => _resourcesById.GetValueOrDefault(logicalId);

    internal void AddResource(SamResource resource)
    {
        Resources.Add(resource);
        _resourcesById[resource.LogicalId] = resource;
    }

    /// <summary>
    /// Adds a resource SAM generates on the template's behalf (an implicit API), replacing one with the same id, before
    /// the later stages see the template.
    /// </summary>
    public void PutResource(SamResource resource)
    {
        if (Template["Resources"] is JObject resources) resources[resource.LogicalId] = resource.Definition;
        if (_resourcesById.TryGetValue(resource.LogicalId, out var existing)) Resources[Resources.IndexOf(existing)] = resource;
        else Resources.Add(resource);
        _resourcesById[resource.LogicalId] = resource;
    }

    /// <summary>Per-transform state shared between expanders (implicit APIs, bucket notifications, ...).</summary>
    public T State<T>() where T : class, new()
    {
        if (!_state.TryGetValue(typeof(T), out var value))
        {
            value = new T();
            _state[typeof(T)] = value;
        }
        return (T)value;
    }

    /// <summary>
    /// Adds a generated CloudFormation resource. A generated id that collides with another resource is the
    /// reference's "attempts to create a new resource" error; one that is not alphanumeric is invalid.
    /// </summary>
    public void Emit(SamResource origin, string logicalId, JObject resource, EmitReason? why = null)
    {
        // Ids built from template text (event names, QueuePolicyLogicalId, ...) must still be valid ids.
        if (!SamResource.IsAlphanumericId(logicalId))
            throw new SamException(DiagnosticCatalog.LogicalIdNotAlphanumeric, origin.Definition) { ResourceIdOverride = logicalId };
        if (Output.ContainsKey(logicalId) || (_resourcesById.ContainsKey(logicalId) && logicalId != origin.LogicalId))
            throw DuplicateResource(origin.LogicalId, logicalId, SamTransform.Resources.CfnResource.TypeOf(resource), origin.Definition);
        if (SourceLocation.Of(resource) is null && SourceLocation.Of(origin.Definition) is { } at) SourceAnnotation.Attach(resource, at);
        Output[logicalId] = resource;
        Record(origin, logicalId, why);
    }

    private void Record(SamResource origin, string logicalId, EmitReason? why)
    {
        Origins[logicalId] = origin.LogicalId;
        if (why is null) Reasons.Remove(logicalId);
        else Reasons[logicalId] = why.Value;
    }

    /// <summary>
    /// Adds a generated resource that replaces one generated earlier under the same id (the reference keeps the last:
    /// two routes whose keys differ in case, two APIs with the same custom domain name). An id of the template's own
    /// resources is the duplicate error, as with <see cref="Emit"/>; the replacement keeps the first one's position.
    /// </summary>
    public void EmitOrReplace(SamResource origin, string logicalId, JObject resource, EmitReason? why = null)
    {
        if (!Output.TryGetValue(logicalId, out var existing) || _resourcesById.ContainsKey(logicalId) && logicalId != origin.LogicalId)
        {
            Emit(origin, logicalId, resource, why);
            return;
        }
        if (ReferenceEquals(existing, resource)) return;
        if (SourceLocation.Of(resource) is null && SourceLocation.Of(origin.Definition) is { } at) SourceAnnotation.Attach(resource, at);
        Output[logicalId] = resource;
        Record(origin, logicalId, why);
    }

    /// <summary>The reference's error for a generated logical id that another resource already has.</summary>
    public static SamException DuplicateResource(string originId, string logicalId, string? type, JToken? node) =>
        new($"Transforming resource with id [{originId}] attempts to create a new resource with id [{logicalId}] and type \"{type}\". A resource with that id already exists within this template. Please use a different id for that resource.", node)
        {
            Raw = true,
            ResourceIdOverride = originId,
        };

    /// <summary>Replaces or adds an output resource without the collision check (used for pass-through and merges).</summary>
    public void SetOutput(string logicalId, JObject resource) => Output[logicalId] = resource;

    public void Report(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>
    /// Where a diagnostic about <paramref name="logicalId"/> should point when its node has no position (a value the
    /// transform built): the resource's entry, else the Resources section, else the document.
    /// </summary>
    public SourceLocation? LocationOf(string? logicalId)
    {
        var resource = logicalId is null ? null : FindResource(logicalId);
        return SourceLocation.Nearest(resource?.Definition.Parent)
            ?? SourceLocation.Nearest(resource?.Definition)
            ?? SourceLocation.Nearest(Template["Resources"])
            ?? SourceLocation.Of(Template);
    }

    /// <summary>Turns an expander's exception into the diagnostic the reference would report.</summary>
    public void Report(SamException ex, string? logicalId)
    {
        var id = ex.ResourceIdOverride ?? logicalId;
        var at = SourceLocation.Nearest(ex.Node) ?? LocationOf(id);
        if (ex is SamDiagnosticException own && id is not null)
            Diagnostics.Add(own.Create(id, at, ex.Node?.Path));
        else if (ex is SamDocumentException || id is null)
            Diagnostics.Add(DiagnosticCatalog.InvalidDocument(ex.Message, at, ex.Node?.Path));
        else if (ex.Raw)
            Diagnostics.Add(DiagnosticCatalog.RawResourceError(id, ex.Message, at, ex.Node?.Path));
        else if (ex.EventId is not null && ex.Standalone)
            Diagnostics.Add(DiagnosticCatalog.InvalidStandaloneEvent(ex.EventId, ex.Message, at, ex.Node?.Path));
        else if (ex.EventId is not null)
            Diagnostics.Add(DiagnosticCatalog.InvalidEvent(id, ex.EventId, ex.Message, at, ex.Node?.Path));
        else
            Diagnostics.Add(DiagnosticCatalog.InvalidResource(id, ex.Message, at, ex.Node?.Path));
    }
}
