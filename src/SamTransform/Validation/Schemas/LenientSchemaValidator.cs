using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Validation.Schemas;

/// <summary>
/// JSON Schema validation (NJsonSchema) with CloudFormation's leniency: an intrinsic function or a dynamic reference
/// (<c>{{resolve:...}}</c>) stands for any value, <c>"300"</c> is an integer, <c>"true"</c> a boolean, and a number or
/// boolean is accepted where a string is expected. Works on a copy it changes in place (the caller passes one).
/// </summary>
public static class LenientSchemaValidator
{
    private const int MaxDepth = 64;
    private static readonly JsonSchemaValidator Validator = new(new JsonSchemaValidatorSettings { FormatValidators = StringFormats.Validators });

    /// <summary>Validates <paramref name="copy"/> (a detached copy: scalars are rewritten) and returns the errors that remain.</summary>
    public static List<ValidationError> Validate(JToken copy, JsonSchema schema)
    {
        var skipped = new HashSet<JToken>(ReferenceEqualityComparer.Instance);
        Normalize(copy, schema, skipped, 0);
        var errors = Validator.Validate(copy, schema, SchemaType.JsonSchema);
        var result = new List<ValidationError>();
        Filter(errors, skipped, result);
        return result;
    }

    /// <summary>An intrinsic function (or a condition reference) or a string with a dynamic reference.</summary>
    public static bool IsDeployTimeValue(JToken token) =>
        Intrinsics.IsIntrinsic(token) || (token.Type == JTokenType.String && ((string)token!).Contains("{{resolve:", StringComparison.Ordinal));

    private static void Normalize(JToken value, JsonSchema schema, HashSet<JToken> skipped, int depth)
    {
        if (depth > MaxDepth) return;
        if (IsDeployTimeValue(value))
        {
            skipped.Add(value);
            return;
        }
        var candidates = Candidates(schema);
        var types = JsonObjectType.None;
        foreach (var c in candidates) types |= c.Type;
        switch (value)
        {
            case JValue scalar:
                if (Coerce(scalar, types) is { } replacement)
                {
                    if (SourceLocation.Of(scalar) is { } at) SourceAnnotation.Attach(replacement, at);
                    scalar.Replace(replacement);
                }
                break;
            case JObject obj:
                foreach (var property in obj.Properties().ToList())
                    if (ChildSchema(candidates, property.Name) is { } child) Normalize(property.Value, child, skipped, depth + 1);
                break;
            case JArray array:
                var itemSchema = candidates.Select(c => c.Item ?? c.Items.FirstOrDefault()).FirstOrDefault(s => s is not null);
                foreach (var item in array.ToList())
                    if (itemSchema is not null) Normalize(item, itemSchema, skipped, depth + 1);
                    else if (IsDeployTimeValue(item)) skipped.Add(item);
                break;
        }
    }

    /// <summary>The scalar as CloudFormation would read it for the types the schema allows; null to keep it.</summary>
    private static JValue? Coerce(JValue scalar, JsonObjectType types)
    {
        if (types == JsonObjectType.None) return null;
        bool Allows(JsonObjectType t) => (types & t) != 0;
        switch (scalar.Type)
        {
            case JTokenType.String when !Allows(JsonObjectType.String):
                var text = (string)scalar!;
                if (Allows(JsonObjectType.Integer) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)) return new JValue(l);
                if ((Allows(JsonObjectType.Number) || Allows(JsonObjectType.Integer)) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
                    return d == Math.Floor(d) && Math.Abs(d) < 1e15 ? new JValue((long)d) : new JValue(d);
                if (Allows(JsonObjectType.Boolean) && bool.TryParse(text, out var b)) return new JValue(b);
                return null;
            case JTokenType.Integer or JTokenType.Float when Allows(JsonObjectType.String) && !Allows(JsonObjectType.Number) && !Allows(JsonObjectType.Integer):
                return new JValue(Reading.WrittenNumberAnnotation.TextOf(scalar));
            case JTokenType.Float when Allows(JsonObjectType.Integer) && !Allows(JsonObjectType.Number) && Convert.ToDouble(scalar.Value, CultureInfo.InvariantCulture) is var f && f == Math.Floor(f) && Math.Abs(f) < 1e15:
                return new JValue((long)f);
            case JTokenType.Boolean when Allows(JsonObjectType.String) && !Allows(JsonObjectType.Boolean):
                return new JValue((bool)scalar! ? "true" : "false");
            default:
                return null;
        }
    }

    /// <summary>The schema and the branches of its allOf/anyOf/oneOf, references followed.</summary>
    private static List<JsonSchema> Candidates(JsonSchema schema)
    {
        var result = new List<JsonSchema>();
        var stack = new Stack<(JsonSchema Schema, int Depth)>();
        stack.Push((schema, 0));
        while (stack.Count > 0 && result.Count < 64)
        {
            var (s, depth) = stack.Pop();
            var actual = s.ActualSchema;
            if (result.Contains(actual)) continue;
            result.Add(actual);
            if (depth > 4) continue;
            foreach (var branch in actual.AllOf.Concat(actual.AnyOf).Concat(actual.OneOf)) stack.Push((branch, depth + 1));
        }
        return result;
    }

    private static JsonSchema? ChildSchema(List<JsonSchema> candidates, string name)
    {
        foreach (var c in candidates)
            if (c.ActualProperties.TryGetValue(name, out var p)) return p;
        foreach (var c in candidates)
            foreach (var (pattern, schema) in c.PatternProperties)
                if (Regex.IsMatch(name, pattern, RegexOptions.None, TimeSpan.FromSeconds(1))) return schema;
        foreach (var c in candidates)
            if (c.AdditionalPropertiesSchema is { } additional) return additional;
        return null;
    }

    /// <summary>
    /// Drops errors about deploy-time values; a failed anyOf/oneOf is fine when one branch has no error left, and
    /// otherwise is reported as the errors of the branch that came closest.
    /// </summary>
    private static void Filter(IEnumerable<ValidationError> errors, HashSet<JToken> skipped, List<ValidationError> result)
    {
        foreach (var error in errors)
        {
            if (Under(error.Token, skipped)) continue;
            switch (error)
            {
                // allOf, and the one schema of an array's items or of additional properties: every error counts.
                case ChildSchemaValidationError child when error.Kind is ValidationErrorKind.NotAllOf or ValidationErrorKind.ArrayItemNotValid
                    or ValidationErrorKind.AdditionalItemNotValid or ValidationErrorKind.AdditionalPropertiesNotValid:
                    foreach (var branch in child.Errors.Values) Filter(branch, skipped, result);
                    break;
                case ChildSchemaValidationError child:
                    ReportClosest(child.Errors.Values, skipped, result, error);
                    break;
                case MultiTypeValidationError multi:
                    ReportClosest(multi.Errors.Values, skipped, result, error);
                    break;
                default:
                    if (error.Kind == ValidationErrorKind.ExcludedSchemaValidates || ReadableAs(error)) break;
                    result.Add(error);
                    break;
            }
        }
    }

    private static void ReportClosest(IEnumerable<ICollection<ValidationError>> branches, HashSet<JToken> skipped, List<ValidationError> result, ValidationError whole)
    {
        List<ValidationError>? best = null;
        foreach (var branch in branches)
        {
            var remaining = new List<ValidationError>();
            Filter(branch, skipped, remaining);
            if (remaining.Count == 0) return;
            if (best is null || Score(remaining) < Score(best)) best = remaining;
        }
        if (best is null) return;
        // A branch that fails only on its type is not the one the author meant: report the whole anyOf.
        if (best.All(e => e.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal)) && whole.Kind != ValidationErrorKind.NoTypeValidates) result.Add(whole);
        else result.AddRange(best);
    }

    /// <summary>A type error CloudFormation would not raise: the scalar converts to the type expected.</summary>
    private static bool ReadableAs(ValidationError error)
    {
        if (error.Token is not JValue scalar) return false;
        var text = Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? "";
        return error.Kind switch
        {
            ValidationErrorKind.IntegerExpected => scalar.Type == JTokenType.String && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            ValidationErrorKind.NumberExpected => scalar.Type == JTokenType.String && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            ValidationErrorKind.BooleanExpected => scalar.Type == JTokenType.String && bool.TryParse(text, out _),
            ValidationErrorKind.StringExpected => scalar.Type is JTokenType.Integer or JTokenType.Float or JTokenType.Boolean,
            _ => false,
        };
    }

    private static int Score(List<ValidationError> errors) =>
        errors.Sum(e => e.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal) ? 10 : 1);

    private static bool Under(JToken? token, HashSet<JToken> skipped)
    {
        for (var t = token; t is not null; t = t.Parent)
            if (skipped.Contains(t)) return true;
        return false;
    }
}
