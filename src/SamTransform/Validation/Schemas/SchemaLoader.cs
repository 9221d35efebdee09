using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace SamTransform.Validation.Schemas;

/// <summary>
/// Builds NJsonSchema's object model from a schema document, keyword by keyword, instead of
/// <c>JsonSchema.FromJsonAsync</c>: that one deserializes through Newtonsoft's reflection serializer (and can fetch
/// remote references over HTTP), which neither trims nor compiles ahead of time — the Native AOT tool failed on the
/// first <c>validate</c> with it. The keywords read are those NJsonSchema's own reader maps to its model; the rest
/// (<c>const</c>, <c>dependencies</c>, <c>if</c>, CloudFormation's own keys) go to its extension data, as there, and
/// its validator ignores them either way.
/// <c>$ref</c> must be a local JSON pointer (<c>#/definitions/X</c>, <c>#/properties/X</c>): schemas are never fetched.
/// <c>SchemaLoaderTests</c> checks that the result serializes exactly as <c>FromJsonAsync</c>'s does for every schema
/// the tool ships.
/// </summary>
public static class SchemaLoader
{
    public static JsonSchema Load(JObject document)
    {
        var built = new Dictionary<JObject, JsonSchema>(ReferenceEqualityComparer.Instance);
        var references = new List<(JsonSchema Schema, string Pointer)>();
        var root = new JsonSchema();
        Fill(root, document, built, references);
        foreach (var (schema, pointer) in references)
        {
            if (Resolve(document, pointer) is not JObject target)
                throw new InvalidOperationException($"Schema reference '{pointer}' does not name a schema of the document.");
            schema.Reference = built.TryGetValue(target, out var existing) ? existing : Build<JsonSchema>(target, built, references);
        }
        return root;
    }

    private static T Build<T>(JObject source, Dictionary<JObject, JsonSchema> built, List<(JsonSchema, string)> references)
        where T : JsonSchema, new()
    {
        var schema = new T();
        Fill(schema, source, built, references);
        return schema;
    }

    private static JsonSchema? Child(JToken? token, Dictionary<JObject, JsonSchema> built, List<(JsonSchema, string)> references) =>
        token is JObject obj ? Build<JsonSchema>(obj, built, references) : null;

    private static void Fill(JsonSchema schema, JObject source, Dictionary<JObject, JsonSchema> built, List<(JsonSchema, string)> references)
    {
        built[source] = schema;
        foreach (var (key, value) in source)
        {
            switch (key)
            {
                case "$ref" when value is JValue { Type: JTokenType.String } pointer:
                    references.Add((schema, (string)pointer!));
                    break;
                case "type":
                    schema.Type = value is JArray types
                        ? types.Aggregate(JsonObjectType.None, (all, t) => all | TypeOf(t.ToString()))
                        : TypeOf(value?.Type == JTokenType.String ? (string?)value : null);
                    break;
                case "$schema": schema.SchemaVersion = Text(value); break;
                case "id": schema.Id = Text(value); break;
                case "title": schema.Title = Text(value); break;
                case "description": schema.Description = Text(value); break;
                case "format": schema.Format = Text(value); break;
                case "pattern": schema.Pattern = Text(value); break;
                case "default": schema.Default = Plain(value); break;
                case "minLength": schema.MinLength = Int(value); break;
                case "maxLength": schema.MaxLength = Int(value); break;
                case "minItems": schema.MinItems = Int(value) ?? 0; break;
                case "maxItems": schema.MaxItems = Int(value) ?? 0; break;
                case "minProperties": schema.MinProperties = Int(value) ?? 0; break;
                case "maxProperties": schema.MaxProperties = Int(value) ?? 0; break;
                case "uniqueItems": schema.UniqueItems = value?.Type == JTokenType.Boolean && (bool)value; break;
                case "minimum": schema.Minimum = Decimal(value); break;
                case "maximum": schema.Maximum = Decimal(value); break;
                case "multipleOf": schema.MultipleOf = Decimal(value); break;
                case "exclusiveMinimum":
                    if (Flag(value) is { } exclusiveMin) schema.IsExclusiveMinimum = exclusiveMin;
                    else schema.ExclusiveMinimum = Decimal(value);
                    break;
                case "exclusiveMaximum":
                    if (Flag(value) is { } exclusiveMax) schema.IsExclusiveMaximum = exclusiveMax;
                    else schema.ExclusiveMaximum = Decimal(value);
                    break;
                case "enum" when value is JArray values:
                    foreach (var item in values) schema.Enumeration.Add(Plain(item));
                    break;
                case "required" when value is JArray names:
                    foreach (var name in names) schema.RequiredProperties.Add(name.ToString());
                    break;
                case "properties" when value is JObject properties:
                    foreach (var (name, property) in properties)
                        if (property is JObject p) schema.Properties[name] = Build<JsonSchemaProperty>(p, built, references);
                    break;
                case "patternProperties" when value is JObject patterns:
                    foreach (var (pattern, property) in patterns)
                        if (property is JObject p) schema.PatternProperties[pattern] = Build<JsonSchemaProperty>(p, built, references);
                    break;
                case "definitions" when value is JObject definitions:
                    foreach (var (name, definition) in definitions)
                        if (definition is JObject d) schema.Definitions[name] = Build<JsonSchema>(d, built, references);
                    break;
                case "additionalProperties":
                    if (Flag(value) is { } allowProperties) schema.AllowAdditionalProperties = allowProperties;
                    else if (Child(value, built, references) is { } additional) schema.AdditionalPropertiesSchema = additional;
                    break;
                case "additionalItems":
                    if (Flag(value) is { } allowItems) schema.AllowAdditionalItems = allowItems;
                    else if (Child(value, built, references) is { } additionalItems) schema.AdditionalItemsSchema = additionalItems;
                    break;
                case "items":
                    if (value is JArray tuple)
                    {
                        foreach (var item in tuple)
                            if (Child(item, built, references) is { } itemSchema) schema.Items.Add(itemSchema);
                    }
                    else if (Child(value, built, references) is { } single) schema.Item = single;
                    break;
                case "allOf" when value is JArray all:
                    foreach (var branch in all)
                        if (Child(branch, built, references) is { } s) schema.AllOf.Add(s);
                    break;
                case "anyOf" when value is JArray any:
                    foreach (var branch in any)
                        if (Child(branch, built, references) is { } s) schema.AnyOf.Add(s);
                    break;
                case "oneOf" when value is JArray one:
                    foreach (var branch in one)
                        if (Child(branch, built, references) is { } s) schema.OneOf.Add(s);
                    break;
                case "not":
                    schema.Not = Child(value, built, references);
                    break;
                default:
                    // Kept as NJsonSchema keeps them (CloudFormation's insertionOrder, requiredXor, ...): its validator
                    // does not read them.
                    (schema.ExtensionData ??= new Dictionary<string, object?>(StringComparer.Ordinal))[key] = Plain(value);
                    break;
            }
        }
    }

    /// <summary>A JSON pointer of the document itself (<c>#/definitions/Tag</c>); null when it names nothing there.</summary>
    private static JToken? Resolve(JObject document, string pointer)
    {
        if (!pointer.StartsWith('#')) return null;
        JToken? current = document;
        foreach (var raw in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                JObject obj => obj[segment],
                JArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (current is null) return null;
        }
        return current;
    }

    private static JsonObjectType TypeOf(string? name) => name switch
    {
        "array" => JsonObjectType.Array,
        "boolean" => JsonObjectType.Boolean,
        "integer" => JsonObjectType.Integer,
        "number" => JsonObjectType.Number,
        "null" => JsonObjectType.Null,
        "object" => JsonObjectType.Object,
        "string" => JsonObjectType.String,
        "file" => JsonObjectType.File,
        _ => JsonObjectType.None,
    };

    private static string? Text(JToken? value) => value is JValue { Value: { } v } ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static bool? Flag(JToken? value) => value switch
    {
        JValue { Type: JTokenType.Boolean } b => (bool)b,
        JValue { Type: JTokenType.String } s when (string?)s is "true" or "false" => (string?)s == "true",
        _ => null,
    };

    private static int? Int(JToken? value) => value is JValue { Type: JTokenType.Integer or JTokenType.Float } n ? (int)Convert.ToDecimal(n.Value, CultureInfo.InvariantCulture) : null;

    private static decimal? Decimal(JToken? value) => value is JValue { Type: JTokenType.Integer or JTokenType.Float or JTokenType.String } n && n.Value is not null
        ? Convert.ToDecimal(n.Value, CultureInfo.InvariantCulture)
        : null;

    /// <summary>A value as Newtonsoft's serializer gives it for <c>object</c>: a CLR scalar, or the token for a map or list.</summary>
    private static object? Plain(JToken? value) => value switch
    {
        null => null,
        JValue scalar => scalar.Value,
        _ => value.DeepClone(),
    };
}
