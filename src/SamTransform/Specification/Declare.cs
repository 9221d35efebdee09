using Newtonsoft.Json.Linq;

namespace SamTransform.Specification;

/// <summary>
/// The vocabulary the type declarations in this folder are written in (<c>using static</c>, with
/// <c>using V = SamTransform.Specification.ValueKinds</c> for the kinds of value).
/// </summary>
public static class Declare
{
    /// <param name="name">The property.</param>
    /// <param name="check">SAM's type check (null: none).</param>
    /// <param name="globals">Its position in the type's <c>Globals</c> list (null: Globals may not set it).</param>
    /// <param name="passThrough">Copied unchanged to the main generated resource.</param>
    /// <param name="outputName">The name it has there, when it differs.</param>
    /// <param name="stage">Its position among the properties copied unchanged to the API's stage (null: not copied there).</param>
    /// <param name="required">Absent is "Missing required property".</param>
    /// <param name="omitFalsy">Passed through only when not empty, zero or false.</param>
    /// <param name="schema">Its JSON schema for <c>validate</c> (<see cref="Json"/>; null: not documented).</param>
    /// <param name="model">The typed model SAM checks it against (its schema is derived from it).</param>
    /// <param name="modelKind">What the type's field model (<see cref="PropertyModel"/>) accepts for it.</param>
    /// <param name="modelFields">The fields of a nested field model.</param>
    public static SamProperty Prop(string name, PropertyCheck? check = null, int? globals = null, bool passThrough = false,
        string? outputName = null, bool required = false, bool omitFalsy = false, JObject? schema = null, Shape? model = null,
        ModelValueKind? modelKind = null, IReadOnlyList<ModelField>? modelFields = null, int? stage = null) => new(name)
        {
            StagePosition = stage,
            ModelKind = modelKind,
            ModelFields = modelFields,
            Schema = schema ?? (model is null ? null : Json.FromShape(model)),
            Model = model,
            Check = check,
            GlobalsPosition = globals,
            Output = passThrough || outputName is not null ? PropertyOutput.PassThrough : PropertyOutput.Consumed,
            OutputName = outputName,
            Required = required,
            OmitWhenFalsy = omitFalsy,
        };

    /// <inheritdoc cref="PropertyCheck.TypeOf"/>
    public static PropertyCheck TypeOf(ValueKinds accepted, ValueKinds items = ValueKinds.None, ValueKinds values = ValueKinds.None, string[]? keys = null) =>
        PropertyCheck.TypeOf(accepted, items, values, keys);

    /// <inheritdoc cref="PropertyCheck.ShouldBe"/>
    public static PropertyCheck ShouldBe(ValueKinds kind, bool intrinsic = true, ValueKinds alsoAccepted = ValueKinds.None, Func<Newtonsoft.Json.Linq.JToken, bool>? alsoAcceptedWhen = null) =>
        PropertyCheck.ShouldBe(kind, intrinsic, alsoAccepted, alsoAcceptedWhen);

    /// <inheritdoc cref="PropertyCheck.OneOfStrings"/>
    public static PropertyCheck OneOfStrings(params string[] values) => PropertyCheck.OneOfStrings(values);

    /// <inheritdoc cref="PropertyCheck.EventMap"/>
    public static PropertyCheck EventMap => PropertyCheck.EventMap;

    // Shorthands for the checks SAM's event types use most.

    /// <summary>"Property 'X' should be a string." (an intrinsic passes).</summary>
    public static SamProperty Text(string name, bool required = false, bool passThrough = false) => Prop(name, ShouldBe(ValueKinds.String), required: required, passThrough: passThrough);

    /// <summary>"Property 'X' should be a map."</summary>
    public static SamProperty MapOf(string name, bool passThrough = false) => Prop(name, ShouldBe(ValueKinds.Map), passThrough: passThrough);

    /// <summary>"Type of property 'X' is invalid." unless an integer (or boolean) or an intrinsic.</summary>
    public static SamProperty Int(string name, bool passThrough = false) => Prop(name, TypeOf(ValueKinds.Integer | ValueKinds.Intrinsic), passThrough: passThrough);

    /// <summary>"Type of property 'X' is invalid." unless a boolean or an intrinsic.</summary>
    public static SamProperty Bool(string name, bool passThrough = false) => Prop(name, TypeOf(ValueKinds.Boolean | ValueKinds.Intrinsic), passThrough: passThrough);

    /// <summary>"Type of property 'X' is invalid." unless a list or an intrinsic.</summary>
    public static SamProperty ListOf(string name, bool passThrough = false) => Prop(name, TypeOf(ValueKinds.List | ValueKinds.Intrinsic), passThrough: passThrough);

    /// <summary>The JSON schemas of properties in the SAM input schema (each call makes a new node).</summary>
    public static class Json
    {
        public static JObject String => Of("string");
        public static JObject Integer => Of("integer");
        public static JObject Boolean => Of("boolean");
        public static JObject Object => Of("object");
        public static JObject Array => Of("array");

        /// <summary>Any of the JSON <paramref name="types"/>.</summary>
        public static JObject Of(params string[] types) => new() { ["type"] = types.Length == 1 ? types[0] : new JArray(types) };

        /// <summary>One of the strings <paramref name="values"/>.</summary>
        public static JObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JArray(values) };

        /// <summary>A map of tag values (text, numbers, booleans).</summary>
        public static JObject Tags => new() { ["type"] = "object", ["additionalProperties"] = Of("string", "number", "boolean") };

        /// <summary>A map of events (<see cref="SamInputSchema"/> defines <c>Event</c>).</summary>
        public static JObject Events => new() { ["type"] = "object", ["additionalProperties"] = new JObject { ["$ref"] = "#/definitions/Event" } };

        /// <summary>A nested schema written out.</summary>
        public static JObject Parse(string json) => JObject.Parse(json);

        /// <summary>The schema of a typed model: its fields (no others), the required ones; a field of any value is <c>{}</c>.</summary>
        public static JObject FromShape(Shape shape) => shape.Kind switch
        {
            ShapeKind.Any => [],
            ShapeKind.Text => String,
            ShapeKind.Boolean => Boolean,
            ShapeKind.TextOrMap => Of("string", "object"),
            ShapeKind.Choice => Enum([.. shape.Choices!]),
            ShapeKind.MapOf => new() { ["type"] = "object", ["additionalProperties"] = FromShape(shape.Item!) },
            ShapeKind.ListOf => shape.Item!.Kind == ShapeKind.Any ? Array : new() { ["type"] = "array", ["items"] = FromShape(shape.Item!) },
            _ => Fields(shape.Kind == ShapeKind.BooleanOrModel ? Of("boolean", "object") : Object, shape.Fields!),
        };

        private static JObject Fields(JObject schema, IReadOnlyList<Field> fields)
        {
            schema["additionalProperties"] = false;
            schema["properties"] = new JObject(fields.Select(f => new JProperty(f.Name, FromShape(f.Shape))));
            if (fields.Any(f => f.Required)) schema["required"] = new JArray(fields.Where(f => f.Required).Select(f => f.Name));
            return schema;
        }
    }
}
