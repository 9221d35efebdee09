using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Specification;

/// <summary>
/// The input of one SAM resource type or event type: its properties, in the order SAM validates them (it reports the
/// first problem it finds, so the order is part of the behaviour).
/// </summary>
public sealed class TypeSpec
{
    private readonly Dictionary<string, SamProperty> _byName = new(StringComparer.Ordinal);

    /// <param name="typeName">The type as SAM's messages name it (<c>AWS::Serverless::Function</c>, <c>SQS</c>).</param>
    /// <param name="properties">In validation order; a later declaration of a name replaces an earlier one in place.</param>
    public TypeSpec(string typeName, IEnumerable<SamProperty> properties)
    {
        TypeName = typeName;
        var ordered = new List<SamProperty>();
        foreach (var property in properties)
        {
            var existing = ordered.FindIndex(p => p.Name == property.Name);
            if (existing >= 0) ordered[existing] = property;
            else ordered.Add(property);
            _byName[property.Name] = property;
        }
        Properties = ordered;
        Names = new HashSet<string>(_byName.Keys, StringComparer.Ordinal);
    }

    public string TypeName { get; }

    /// <summary>Every property, in validation order.</summary>
    public IReadOnlyList<SamProperty> Properties { get; }

    public IReadOnlySet<string> Names { get; }

    public SamProperty? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The properties <c>Globals</c> may set, in the order SAM lists them.</summary>
    public IEnumerable<string> GlobalsProperties =>
        Properties.Where(p => p.GlobalsPosition is not null).OrderBy(p => p.GlobalsPosition).Select(p => p.Name);

    /// <summary>The properties copied unchanged to the API's stage, in the order they are written there.</summary>
    public IEnumerable<string> StageProperties =>
        Properties.Where(p => p.StagePosition is not null).OrderBy(p => p.StagePosition).Select(p => p.Name);

    /// <summary>The properties copied to the main generated resource: (SAM name, output name), in declaration order.</summary>
    public IEnumerable<(string Name, string OutputName)> PassThrough =>
        Properties.Where(p => p.Output == PropertyOutput.PassThrough).Select(p => (p.Name, p.OutputName ?? p.Name));

    /// <summary>Copies the pass-through properties <paramref name="resource"/> sets to <paramref name="output"/>.</summary>
    public void CopyPassThrough(SamResource resource, JObject output) => CopyPassThrough(resource.Properties, output);

    /// <summary>Copies the pass-through properties set (not null) in <paramref name="properties"/> to <paramref name="output"/>.</summary>
    public void CopyPassThrough(JObject properties, JObject output)
    {
        foreach (var property in Properties)
        {
            if (property.Output != PropertyOutput.PassThrough || properties[property.Name] is not { Type: not JTokenType.Null } value) continue;
            if (property.OmitWhenFalsy && !Scalars.IsTruthy(value)) continue;
            output[property.OutputName ?? property.Name] = value.DeepClone();
        }
    }

    /// <summary>
    /// The type's properties as the fields of a <see cref="PropertyModel"/>, in declaration order (a property without a
    /// <see cref="SamProperty.ModelKind"/> takes any value).
    /// </summary>
    public IReadOnlyList<ModelField> FieldModel => _fieldModel ??=
        [.. Properties.Select(p => new ModelField(p.Name, p.ModelKind ?? ModelValueKind.Any, p.Required, p.ModelFields))];

    private IReadOnlyList<ModelField>? _fieldModel;

    /// <summary>The first property not declared, or null.</summary>
    public JProperty? FirstUnknown(JObject properties) => properties.Properties().FirstOrDefault(p => !_byName.ContainsKey(p.Name));

    /// <summary>
    /// SAM's validation of the properties present: for each declared property in order, a missing required one or a
    /// value its check rejects. Null values count as absent. Returns the first problem and the node it is about.
    /// </summary>
    public (string Message, JToken? Node)? FirstProblem(JObject properties)
    {
        foreach (var property in Properties)
        {
            var value = properties[property.Name];
            if (value is null || value.Type == JTokenType.Null)
            {
                if (property.Required) return (DiagnosticCatalog.MissingRequiredProperty(property.Name), value);
                continue;
            }
            if (property.Check?.Problem(property.Name, value) is { } message) return (message, value);
        }
        return null;
    }

    /// <summary>Raises the first problem of <see cref="FirstProblem"/> as an error about <paramref name="resource"/>.</summary>
    public void Validate(SamResource resource)
    {
        if (FirstProblem(resource.Properties) is var (message, node)) throw resource.Invalid(message, node);
    }
}
