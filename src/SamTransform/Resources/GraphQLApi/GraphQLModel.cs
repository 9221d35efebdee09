using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Specification;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>A value the model rejects: its dotted path (<c>Auth.Additional.0.Type</c>) and the node to point at.</summary>
public sealed record ModelError(string Path, JToken? Node);

/// <summary>
/// The reference checks a GraphQL API against a typed model and reports only the first problem, as
/// "Property 'path' is invalid.": fields in declaration order (a missing required field, a value of the wrong shape),
/// then the fields the model does not know. A null optional field counts as absent.
/// </summary>
public static class GraphQLModel
{
    /// <summary>The first problem of the fields of <paramref name="value"/>, or null; unknown fields are allowed here.</summary>
    public static ModelError? FirstError(JObject value, IReadOnlyList<Field> fields) => CheckFields(value, fields, "", allowUnknown: true);

    private static ModelError? Check(JToken value, Shape shape, string path)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Any:
                return null;
            case ShapeKind.Text:
                return Text(value) is null ? new(path, value) : null;
            case ShapeKind.Boolean:
                return PropertyModel.LenientBoolean(value) is null ? new(path, value) : null;
            case ShapeKind.Choice:
                return value is JValue { Type: JTokenType.String } s && shape.Choices!.Contains((string)s!) ? null : new(path, value);
            case ShapeKind.TextOrMap:
                return value is JObject || Text(value) is not null ? null : new(path, value);
            case ShapeKind.BooleanOrModel when value.Type == JTokenType.Boolean:
                return null;
            case ShapeKind.Model or ShapeKind.BooleanOrModel:
                return value is JObject map ? CheckFields(map, shape.Fields!, path + ".", allowUnknown: false) : new(path, value);
            case ShapeKind.MapOf:
                if (value is not JObject entries) return new(path, value);
                foreach (var entry in entries.Properties())
                    if (Check(entry.Value, shape.Item!, $"{path}.{entry.Name}") is { } error) return error;
                return null;
            case ShapeKind.ListOf:
                if (value is not JArray items) return new(path, value);
                for (var i = 0; i < items.Count; i++)
                    if (Check(items[i], shape.Item!, $"{path}.{i}") is { } error) return error;
                return null;
            default:
                return null;
        }
    }

    private static ModelError? CheckFields(JObject value, IReadOnlyList<Field> fields, string prefix, bool allowUnknown)
    {
        foreach (var field in fields)
        {
            var item = value[field.Name];
            if (item is null || item.Type == JTokenType.Null)
            {
                if (field.Required) return new(prefix + field.Name, item ?? value);
                continue;
            }
            if (Check(item, field.Shape, prefix + field.Name) is { } error) return error;
        }
        if (allowUnknown) return null;
        foreach (var property in value.Properties())
            if (!fields.Any(f => f.Name == property.Name)) return new(prefix + property.Name, property);
        return null;
    }

    /// <summary>A value the model reads as text, as that text (<c>5</c> → <c>"5"</c>, <c>true</c> → <c>"True"</c>); null otherwise.</summary>
    public static string? Text(JToken? value) => value?.Type switch
    {
        JTokenType.String => (string)value!,
        JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => PythonValues.Str(value),
        _ => null,
    };

    /// <summary>The value as the model passes it on: text stays as written, a number or boolean becomes its text.</summary>
    public static JToken AsText(JToken value) => value.Type == JTokenType.String ? value.DeepClone() : new JValue(Text(value));
}
