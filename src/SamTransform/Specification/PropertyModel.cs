using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SamTransform.Specification;

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
/// dictionary or list." It converts values as its lenient model does (<c>"10"</c> is an integer, an item <c>5</c> of a
/// list of strings is <c>"5"</c>, an empty list where a map is also accepted is an empty map), and writes the converted
/// values.
/// </summary>
public static class PropertyModel
{
    /// <summary>The problems of <paramref name="value"/> against <paramref name="fields"/>; none when it fits.</summary>
    public static List<string> Validate(JObject value, IReadOnlyList<ModelField> fields, string path = "") => Convert(value, fields, path).Errors;

    /// <summary>The problems, and the values as the model converts them (fields absent or null left out).</summary>
    public static (List<string> Errors, JObject Values) Convert(JObject value, IReadOnlyList<ModelField> fields, string path = "")
    {
        var errors = new List<string>();
        var values = Check(value, fields, path, errors);
        return (errors, values);
    }

    private static JObject Check(JObject value, IReadOnlyList<ModelField> fields, string path, List<string> errors)
    {
        var values = new JObject();
        foreach (var field in fields)
        {
            var name = path + field.Name;
            var item = value[field.Name];
            if (item is null)
            {
                if (field.Required) errors.Add($"Property '{name}' is required.");
                continue;
            }
            if (item.Type == JTokenType.Null)
            {
                if (field.Required) errors.Add($"Property '{name}' none is not an allowed value.");
                continue;
            }
            if (ConvertField(field, item, name, errors) is { } converted) values[field.Name] = converted;
        }
        var known = fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var property in value.Properties())
            if (!known.Contains(property.Name)) errors.Add($"Property '{path}{property.Name}' is an invalid property.");
        // The values keep the order they were written in.
        var ordered = new JObject();
        foreach (var property in value.Properties())
            if (values[property.Name] is { } converted) ordered[property.Name] = converted;
        return ordered;
    }

    private static JToken? ConvertField(ModelField field, JToken item, string name, List<string> errors)
    {
        // Where a map is accepted (an intrinsic function), the model tries it first: an empty list reads as an empty map.
        if (field.Kind is ModelValueKind.IntegerOrIntrinsic or ModelValueKind.NumberOrIntrinsic or ModelValueKind.StringListOrIntrinsic)
        {
            if (item is JObject) return item.DeepClone();
            if (item is JArray { Count: 0 }) return new JObject();
        }
        switch (field.Kind)
        {
            case ModelValueKind.Any:
                return item.DeepClone();
            case ModelValueKind.Model when item is JObject nested:
                return Check(nested, field.Fields ?? [], name + ".", errors);
            case ModelValueKind.Boolean when LenientBoolean(item) is { } flag:
                return flag;
            case ModelValueKind.IntegerOrIntrinsic when ToInteger(item) is { } integer:
                return integer;
            case ModelValueKind.NumberOrIntrinsic when ToNumber(item) is { } number:
                return number;
            case ModelValueKind.StringListOrIntrinsic when item is JArray list:
                return StringList(list, name, errors);
            default:
                errors.Add($"Property '{name}' value must be {Expected(field.Kind)}.");
                return null;
        }
    }

    /// <summary>A list of strings: numbers and booleans become their text, maps stay; otherwise the map reading fails too.</summary>
    private static JArray? StringList(JArray list, string name, List<string> errors)
    {
        var result = new JArray();
        var problems = new List<string>();
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            switch (item.Type)
            {
                case JTokenType.String or JTokenType.Object:
                    result.Add(item.DeepClone());
                    break;
                case JTokenType.Integer or JTokenType.Float or JTokenType.Boolean:
                    result.Add(Events.PythonValues.Str(item));
                    break;
                case JTokenType.Null:
                    problems.Add($"Property '{name}.{i}' none is not an allowed value.");
                    break;
                default:
                    problems.Add($"Property '{name}.{i}' value is not a valid dict.");
                    break;
            }
        }
        if (problems.Count == 0) return result;
        errors.Add($"Property '{name}' value is not a valid dict.");
        errors.AddRange(problems);
        return null;
    }

    private static JToken? ToInteger(JToken value) => value.Type switch
    {
        JTokenType.Integer => value.DeepClone(),
        JTokenType.Boolean => (bool)value ? 1 : 0,
        JTokenType.Float when double.IsFinite((double)value) => (long)Math.Truncate((double)value),
        JTokenType.String when long.TryParse(((string)value!).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static JToken? ToNumber(JToken value) => value.Type switch
    {
        JTokenType.Float => value.DeepClone(),
        JTokenType.Integer => (double)(long)value,
        JTokenType.Boolean => (bool)value ? 1.0 : 0.0,
        JTokenType.String when double.TryParse(((string)value!).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static string Expected(ModelValueKind kind) => kind switch
    {
        ModelValueKind.Boolean => "boolean",
        ModelValueKind.IntegerOrIntrinsic => "dictionary or integer",
        ModelValueKind.NumberOrIntrinsic => "dictionary or number",
        ModelValueKind.StringListOrIntrinsic => "dictionary or list",
        _ => "dictionary",
    };

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
}
