using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SamTransform.Resources.CapacityProvider;

/// <summary>The value shapes of <see cref="PropertyModel"/> fields.</summary>
public enum ModelValueKind
{
    /// <summary>Anything (passed through to CloudFormation).</summary>
    Any,

    /// <summary>A boolean, or text/numbers Python's model reads as one (<c>"true"</c>, <c>1</c>, ...).</summary>
    Boolean,

    /// <summary>An intrinsic function (any map) or a value that converts to an integer.</summary>
    IntegerOrIntrinsic,

    /// <summary>An intrinsic function (any map) or a value that converts to a number.</summary>
    NumberOrIntrinsic,

    /// <summary>An intrinsic function (any map) or a list whose items are text or intrinsic functions.</summary>
    StringListOrIntrinsic,

    /// <summary>A nested model (<see cref="ModelField.Fields"/>).</summary>
    Model,
}

/// <summary>One field of a <see cref="PropertyModel"/>.</summary>
public sealed record ModelField(string Name, ModelValueKind Kind, bool Required = false, IReadOnlyList<ModelField>? Fields = null);

/// <summary>
/// The reference checks newer SAM types against typed models and reports every problem at once, in field order, with
/// the path of the property: "Property 'A.B' is required.", "... is an invalid property.", "... value must be
/// dictionary or list." Conversions follow the reference's lenient model (<c>"10"</c> is an integer).
/// </summary>
public static class PropertyModel
{
    /// <summary>The problems of <paramref name="value"/> against <paramref name="fields"/>; none when it fits.</summary>
    public static List<string> Validate(JObject value, IReadOnlyList<ModelField> fields, string path = "")
    {
        var errors = new List<string>();
        Check(value, fields, path, errors);
        return errors;
    }

    private static void Check(JObject value, IReadOnlyList<ModelField> fields, string path, List<string> errors)
    {
        foreach (var field in fields)
        {
            var name = path + field.Name;
            var item = value[field.Name];
            if (item is null || item.Type == JTokenType.Null)
            {
                if (field.Required) errors.Add($"Property '{name}' is required.");
                continue;
            }
            switch (field.Kind)
            {
                case ModelValueKind.Model when item is JObject nested:
                    Check(nested, field.Fields ?? [], name + ".", errors);
                    break;
                case ModelValueKind.StringListOrIntrinsic when item is JArray list:
                    for (var i = 0; i < list.Count; i++)
                        if (list[i].Type is not (JTokenType.Object or JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean))
                            errors.Add($"Property '{name}.{i}' value must be dictionary or string.");
                    break;
                default:
                    if (!Accepts(field.Kind, item)) errors.Add($"Property '{name}' value must be {Expected(field.Kind)}.");
                    break;
            }
        }
        var known = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in value.Properties())
            if (!known.Contains(property.Name)) errors.Add($"Property '{path}{property.Name}' is an invalid property.");
    }

    private static bool Accepts(ModelValueKind kind, JToken value) => kind switch
    {
        ModelValueKind.Any => true,
        ModelValueKind.Boolean => IsBoolean(value),
        ModelValueKind.IntegerOrIntrinsic => value.Type == JTokenType.Object || ConvertsToNumber(value, integer: true),
        ModelValueKind.NumberOrIntrinsic => value.Type == JTokenType.Object || ConvertsToNumber(value, integer: false),
        ModelValueKind.StringListOrIntrinsic => value.Type == JTokenType.Object,
        _ => false,
    };

    private static string Expected(ModelValueKind kind) => kind switch
    {
        ModelValueKind.Boolean => "boolean",
        ModelValueKind.IntegerOrIntrinsic => "dictionary or integer",
        ModelValueKind.NumberOrIntrinsic => "dictionary or number",
        ModelValueKind.StringListOrIntrinsic => "dictionary or list",
        _ => "dictionary",
    };

    private static bool IsBoolean(JToken value) => LenientBoolean(value) is not null;

    /// <summary>
    /// The boolean the reference's typed models read from <paramref name="value"/> (<c>"yes"</c>, <c>1</c>, <c>"off"</c>,
    /// ...), or null when it is not one.
    /// </summary>
    public static bool? LenientBoolean(JToken? value) => value?.Type switch
    {
        JTokenType.Boolean => (bool)value!,
        JTokenType.Integer => value.ToString() switch { "0" => false, "1" => true, _ => null },
        JTokenType.String => ((string)value!).ToLowerInvariant() switch
        {
            "0" or "off" or "f" or "false" or "n" or "no" => false,
            "1" or "on" or "t" or "true" or "y" or "yes" => true,
            _ => null,
        },
        _ => null,
    };

    private static bool ConvertsToNumber(JToken value, bool integer) => value.Type switch
    {
        JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => true,
        JTokenType.String => integer
            ? long.TryParse(((string)value!).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            : double.TryParse(((string)value!).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
