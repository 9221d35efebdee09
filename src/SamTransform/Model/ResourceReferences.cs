namespace SamTransform.Model;

/// <summary>
/// Logical ids a template may refer to before they exist: a SAM resource whose output id differs from its own
/// (layers: <c>Ref: MyLayer</c>), and the generated resources SAM exposes as <c>&lt;Id&gt;.&lt;Property&gt;</c>
/// (<c>MyFunction.Alias</c>, <c>MyFunction.DestinationQueue</c>, <c>MyApi.Stage</c>, ...). Expanders register them; the
/// reference-rewriting stage points <c>Ref</c>, <c>Fn::GetAtt</c> and <c>Fn::Sub</c> at the generated ids.
/// </summary>
public sealed class ResourceReferences
{
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);

    public bool IsEmpty => _renamed.Count == 0 && _properties.Count == 0;

    /// <summary>A SAM resource is emitted under another id; a <c>Ref</c> to it means the new id.</summary>
    public void Rename(string samLogicalId, string generatedLogicalId) => _renamed[samLogicalId] = generatedLogicalId;

    /// <summary><c>&lt;samLogicalId&gt;.&lt;property&gt;</c> names the generated resource <paramref name="generatedLogicalId"/>.</summary>
    public void AddProperty(string samLogicalId, string property, string generatedLogicalId) =>
        _properties[samLogicalId + "." + property] = generatedLogicalId;

    /// <summary>The generated id a <c>Ref</c> target stands for, or null when it is not one of ours.</summary>
    public string? ForRef(string target) =>
        _properties.TryGetValue(target, out var id) ? id : _renamed.GetValueOrDefault(target);

    /// <summary>The generated id for a dotted <c>&lt;Id&gt;.&lt;Property&gt;</c> name, or null.</summary>
    public string? ForProperty(string dotted) => _properties.GetValueOrDefault(dotted);

    public string? Renamed(string samLogicalId) => _renamed.GetValueOrDefault(samLogicalId);
}
