using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Resources.CapacityProvider;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>The value shapes of the GraphQL API's typed model.</summary>
public enum ShapeKind
{
    /// <summary>Anything (passed through to CloudFormation).</summary>
    Any,

    /// <summary>Text, or a number or boolean read as text (<c>5</c> is <c>"5"</c>); no intrinsic functions.</summary>
    Text,

    /// <summary>A boolean, or text/numbers read as one (<c>"yes"</c>, <c>1</c>).</summary>
    Boolean,

    /// <summary>One of <see cref="Shape.Choices"/>, as text.</summary>
    Choice,

    /// <summary>A map checked against <see cref="Shape.Fields"/>; fields it does not name are invalid.</summary>
    Model,

    /// <summary>A boolean, or a map checked as <see cref="Model"/>.</summary>
    BooleanOrModel,

    /// <summary>A map whose every value has the shape <see cref="Shape.Item"/>.</summary>
    MapOf,

    /// <summary>A list whose every item has the shape <see cref="Shape.Item"/>.</summary>
    ListOf,

    /// <summary>Text (as <see cref="Text"/>) or any map (an intrinsic function).</summary>
    TextOrMap,
}

public sealed record Shape(ShapeKind Kind, IReadOnlyList<Field>? Fields = null, Shape? Item = null, IReadOnlyList<string>? Choices = null)
{
    public static readonly Shape Any = new(ShapeKind.Any);
    public static readonly Shape Text = new(ShapeKind.Text);
    public static readonly Shape Boolean = new(ShapeKind.Boolean);
    public static readonly Shape TextOrMap = new(ShapeKind.TextOrMap);

    public static Shape Typed(params Field[] fields) => new(ShapeKind.Model, fields);

    public static Shape BooleanOrModel(params Field[] fields) => new(ShapeKind.BooleanOrModel, fields);

    public static Shape MapOf(Shape item) => new(ShapeKind.MapOf, Item: item);

    public static Shape ListOf(Shape item) => new(ShapeKind.ListOf, Item: item);

    public static Shape Choice(params string[] choices) => new(ShapeKind.Choice, Choices: choices);
}

/// <summary>One field of a model, in the order the reference checks them.</summary>
public sealed record Field(string Name, Shape Shape, bool Required = false);

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
