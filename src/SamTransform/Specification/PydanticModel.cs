using System.Globalization;
using Newtonsoft.Json.Linq;
using SamTransform.Events;

namespace SamTransform.Specification;

/// <summary>What a <see cref="PydanticModel"/> field accepts, tried in order (as a Python <c>Union</c>).</summary>
public enum PydanticKind
{
    /// <summary>Any map (an intrinsic function is one).</summary>
    Dict,

    /// <summary>Text; a number or boolean becomes its Python text.</summary>
    Str,

    /// <summary>An integer; a boolean, a float (truncated) or an integer's text becomes one.</summary>
    Int,

    /// <summary>A number; a boolean or a number's text becomes one.</summary>
    Float,
}

/// <summary>One field of a <see cref="PydanticModel"/>.</summary>
public sealed record PydanticField(string Name, bool Required, params PydanticKind[] Union);

/// <summary>
/// The typed models SAM checks a few newer properties with (<c>CapacityProviderConfig</c>): every problem at once, in
/// the model's own message format ("Invalid X: 2 validation errors for X\nField\n  field required (type=...)"), and the
/// values converted as the model converts them (<c>"5"</c> is the integer 5).
/// </summary>
public sealed class PydanticModel(string name, params PydanticField[] fields)
{
    public string Name { get; } = name;

    public IReadOnlyList<PydanticField> Fields { get; } = fields;

    /// <summary>The converted values (fields absent or null are left out), or the problems as SAM's message.</summary>
    public (JObject? Values, string? Error) Validate(JObject value)
    {
        var errors = new List<(string Loc, string Message, string Type)>();
        var values = new JObject();
        foreach (var field in Fields)
        {
            var item = value[field.Name];
            if (item is null)
            {
                if (field.Required) errors.Add((field.Name, "field required", "value_error.missing"));
                continue;
            }
            if (item.Type == JTokenType.Null)
            {
                if (field.Required) errors.Add((field.Name, "none is not an allowed value", "type_error.none.not_allowed"));
                continue;
            }
            var memberErrors = new List<(string, string, string)>();
            JToken? converted = null;
            foreach (var kind in field.Union)
            {
                if (Convert(kind, item) is { } result)
                {
                    converted = result;
                    break;
                }
                memberErrors.Add((field.Name, ErrorOf(kind).Message, ErrorOf(kind).Type));
            }
            if (converted is null) errors.AddRange(memberErrors);
            else values[field.Name] = converted;
        }
        foreach (var property in value.Properties())
            if (!Fields.Any(f => f.Name == property.Name))
                errors.Add((property.Name, "extra fields not permitted", "value_error.extra"));
        if (errors.Count == 0) return (values, null);
        var header = $"Invalid {Name}: {errors.Count} validation error{(errors.Count == 1 ? "" : "s")} for {Name}";
        return (null, string.Join("\n", [header, .. errors.Select(e => $"{e.Loc}\n  {e.Message} (type={e.Type})")]));
    }

    private static (string Message, string Type) ErrorOf(PydanticKind kind) => kind switch
    {
        PydanticKind.Dict => ("value is not a valid dict", "type_error.dict"),
        PydanticKind.Str => ("str type expected", "type_error.str"),
        PydanticKind.Int => ("value is not a valid integer", "type_error.integer"),
        _ => ("value is not a valid float", "type_error.float"),
    };

    private static JToken? Convert(PydanticKind kind, JToken value) => kind switch
    {
        PydanticKind.Dict => value is JObject ? value.DeepClone() : null,
        PydanticKind.Str => value.Type switch
        {
            JTokenType.String => value.DeepClone(),
            JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => new JValue(PythonValues.Str(value)),
            _ => null,
        },
        PydanticKind.Int => value.Type switch
        {
            JTokenType.Integer => value.DeepClone(),
            JTokenType.Boolean => new JValue((bool)value ? 1 : 0),
            JTokenType.Float when double.IsFinite((double)value) => new JValue((long)Math.Truncate((double)value)),
            JTokenType.String when long.TryParse(((string)value!).Trim().Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => new JValue(number),
            _ => null,
        },
        _ => value.Type switch
        {
            JTokenType.Float or JTokenType.Integer => value.DeepClone(),
            JTokenType.Boolean => new JValue((bool)value ? 1.0 : 0.0),
            JTokenType.String when double.TryParse(((string)value!).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new JValue(number),
            _ => null,
        },
    };
}
