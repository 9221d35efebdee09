using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Schemas;

/// <summary>Turns NJsonSchema's errors into diagnostics that name the property, the actual value and the limit.</summary>
internal static class SchemaMessages
{
    /// <summary>The diagnostic for an error, and the token it is about (for the position).</summary>
    public static (Diagnostic Diagnostic, JToken At)? Describe(ValidationError error, string type, IReadOnlySet<string> readOnly, bool samInput)
    {
        var token = error.Token;
        if (token is null) return null;
        var schema = error.Schema;
        var what = What(token);
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
            {
                var name = error.Property ?? (token.Parent as JProperty)?.Name ?? "?";
                var at = token.Parent is JProperty p && p.Name == name ? (JToken)p : token;
                var parent = at.Parent as JObject;
                var known = schema?.ActualSchema.ActualProperties.Keys ?? (IEnumerable<string>)[];
                var suggestion = Suggestions.Closest(name, known.Where(k => parent?[k] is null));
                var label = IsRoot(parent) ? name : $"{What(parent!)[1..^1]}.{name}";
                if (IsRoot(parent) && readOnly.Contains(name)) return (DiagnosticCatalog.ReadOnlyProperty(name, type), at);
                return (samInput ? DiagnosticCatalog.UnknownSamProperty(label, type, suggestion) : DiagnosticCatalog.SchemaUnknownProperty(label, type, suggestion), at);
            }
            case ValidationErrorKind.PropertyRequired:
            {
                var where = IsRoot(token) ? null : what;
                return (DiagnosticCatalog.SchemaRequired(error.Property ?? "?", where, type), token);
            }
            case ValidationErrorKind.NotInEnumeration:
            {
                var allowed = schema?.ActualSchema.Enumeration.Select(e => Convert.ToString(e, CultureInfo.InvariantCulture) ?? "null").ToList() ?? [];
                var actual = Describe(token);
                var suggestion = token.Type == JTokenType.String ? Suggestions.Closest((string)token!, allowed) : null;
                var list = allowed.Count <= 12 ? string.Join(", ", allowed) : string.Join(", ", allowed.Take(12)) + $", ... ({allowed.Count} values)";
                return (DiagnosticCatalog.SchemaEnum(what, type, actual, list, suggestion), token);
            }
            case ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"is {Describe(token)}, above the maximum of {Number(schema?.Maximum)}"), token);
            case ValidationErrorKind.NumberTooSmall:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"is {Describe(token)}, below the minimum of {Number(schema?.Minimum)}"), token);
            case ValidationErrorKind.StringTooLong:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"is {((string)token!).Length} characters long, above the maximum of {schema?.MaxLength}"), token);
            case ValidationErrorKind.StringTooShort:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"is {((string)token!).Length} characters long, below the minimum of {schema?.MinLength}"), token);
            case ValidationErrorKind.PatternMismatch:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"is {Describe(token)}, which does not match the pattern {schema?.Pattern}"), token);
            case ValidationErrorKind.Unknown when StringFormats.Describe(schema?.Format) is { } format:
                return (DiagnosticCatalog.SchemaFormat(what, type, Describe(token), format), token);
            case ValidationErrorKind.TooManyItems:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"has {Count(token)} items, above the maximum of {schema?.MaxItems}"), token);
            case ValidationErrorKind.TooFewItems:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"has {Count(token)} items, below the minimum of {schema?.MinItems}"), token);
            case ValidationErrorKind.TooManyProperties:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"has {Count(token)} entries, above the maximum of {schema?.MaxProperties}"), token);
            case ValidationErrorKind.TooFewProperties:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"has {Count(token)} entries, below the minimum of {schema?.MinProperties}"), token);
            case ValidationErrorKind.ItemsNotUnique:
                return (DiagnosticCatalog.SchemaConstraint(what, type, "lists the same item more than once"), token);
            case ValidationErrorKind.NumberNotMultipleOf or ValidationErrorKind.IntegerNotMultipleOf:
                return (DiagnosticCatalog.SchemaConstraint(what, type, $"is {Describe(token)}, not a multiple of {Number(schema?.MultipleOf)}"), token);
            case ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NullExpected or ValidationErrorKind.NoTypeValidates:
            {
                var expected = Expected(error.Kind, schema);
                return (samInput ? DiagnosticCatalog.SamPropertyType(what[1..^1], type, expected, Kind(token)) : DiagnosticCatalog.SchemaType(what, type, expected, Kind(token)), token);
            }
            default:
                return (DiagnosticCatalog.SchemaOther(what, type, Humanize(error.Kind)), token);
        }
    }

    private static bool IsRoot(JToken? token) => token is not null && token.Parent is null;

    /// <summary>The property path relative to the resource's properties, quoted: <c>'VpcConfig.SubnetIds[0]'</c>.</summary>
    private static string What(JToken token)
    {
        var path = token is JProperty p ? p.Path : token.Path;
        return path.Length == 0 ? "'Properties'" : $"'{path}'";
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"'{Shorten((string)token!)}'",
        JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture)!,
        JTokenType.Boolean => (bool)token! ? "true" : "false",
        _ => Kind(token),
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static string Kind(JToken token) => token.Type switch
    {
        JTokenType.Object => "a map",
        JTokenType.Array => "a list",
        JTokenType.String => $"the string '{Shorten((string)token!)}'",
        JTokenType.Integer or JTokenType.Float => $"the number {Describe(token)}",
        JTokenType.Boolean => $"the boolean {Describe(token)}",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Expected(ValidationErrorKind kind, JsonSchema? schema)
    {
        var type = schema?.ActualSchema.Type ?? JsonObjectType.None;
        if (kind == ValidationErrorKind.NoTypeValidates || type.ToString().Contains(',', StringComparison.Ordinal))
        {
            var names = Enum.GetValues<JsonObjectType>().Where(t => t != JsonObjectType.None && type.HasFlag(t)).Select(Article).ToList();
            if (names.Count > 0) return string.Join(" or ", names);
        }
        return kind switch
        {
            ValidationErrorKind.StringExpected => "a string",
            ValidationErrorKind.NumberExpected => "a number",
            ValidationErrorKind.IntegerExpected => "an integer",
            ValidationErrorKind.BooleanExpected => "a boolean",
            ValidationErrorKind.ObjectExpected => "a map",
            ValidationErrorKind.ArrayExpected => "a list",
            ValidationErrorKind.NullExpected => "null",
            _ => "another type",
        };
    }

    private static string Article(JsonObjectType type) => type switch
    {
        JsonObjectType.String => "a string",
        JsonObjectType.Integer => "an integer",
        JsonObjectType.Number => "a number",
        JsonObjectType.Boolean => "a boolean",
        JsonObjectType.Object => "a map",
        JsonObjectType.Array => "a list",
        JsonObjectType.Null => "null",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static int Count(JToken token) => token is JContainer c ? c.Count : 0;

    private static string Humanize(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.NotOneOf => "it must match exactly one of the allowed shapes",
        ValidationErrorKind.NotAnyOf => "it matches none of the allowed shapes",
        ValidationErrorKind.NotAllOf => "it does not match every required shape",
        _ => kind.ToString(),
    };
}
