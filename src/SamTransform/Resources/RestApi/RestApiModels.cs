using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>Models</c> of an <c>AWS::Serverless::Api</c> and the <c>RequestModel</c> of its <c>Api</c> events. Each model
/// becomes a schema under <c>definitions</c> named in lower case (set into what the document has; the OpenAPI 3 form
/// then moves them to <c>components.schemas</c>). An event's model (looked up as written, case and all) becomes the
/// method's body parameter — or, when the API's <c>OpenApiVersion</c> is 3.x, its <c>requestBody</c> — with
/// <c>Required</c> when set; <c>ValidateBody</c>/<c>ValidateParameters</c> (either set) name the method's request
/// validator (<c>body-and-params</c>, <c>body-only</c>, <c>params-only</c>, <c>no-validation</c>), declared in the
/// document's <c>x-amazon-apigateway-request-validators</c>. Events edit only documents SAM generates.
/// </summary>
internal static class RestApiModels
{
    public const string ValidatorsExtension = "x-amazon-apigateway-request-validators";
    public const string ValidatorExtension = "x-amazon-apigateway-request-validator";

    /// <summary>Adds the API's <c>Models</c> to its definition (null for a <c>DefinitionUri</c>), or fails as the reference does.</summary>
    public static void Apply(SamResource api, JToken? body)
    {
        var models = api.Get("Models");
        if (!Scalars.IsTruthy(models)) return;
        if (body is null) throw api.Invalid(ModelDetails.OnlyInlineSwagger, models);
        if (RestApiDefinition.TryOpen(body) is not { } document) throw api.Invalid(ModelDetails.InvalidSwagger, models);
        if (models is not JObject map || map.Properties().Any(p => p.Value is not JObject)) throw api.Invalid(ModelDetails.InvalidModels, models);
        // A document-level error: it stops the transform.
        if (map.Properties().FirstOrDefault(p => ((JObject)p.Value)["type"] is null) is { } untyped) throw OpenApiDocument.Invalid(ModelDetails.MissingType, untyped.Value);

        ApiKind.Rest.RecordCopies(document.Root);
        var definitions = OpenApiDialect.Section(document.Root, "definitions");
        foreach (var model in Py27Repr.DictOrder(map))
        {
            var name = model.Name.ToLowerInvariant();
            definitions[name] = model.Value.DeepClone();
            Py27Strings.MarkUnicodeName(definitions.Property(name, StringComparison.Ordinal)!);
        }
        ApiKind.Rest.RecordCopies(document.Root);
    }

    /// <summary>What an event's <c>RequestModel</c> adds to its method.</summary>
    internal sealed record RequestModel(string Name, JToken? Required, (bool Body, bool Parameters)? Validator, bool OpenApi3);

    /// <summary>
    /// The event's <c>RequestModel</c> checked against its API's <c>Models</c> (null when it names no model), or the
    /// reference's error for the event.
    /// </summary>
    public static RequestModel? Read(ApiRoute route, JObject apiProperties)
    {
        if (route.Properties["RequestModel"] is not JObject settings || settings.Count == 0) return null;
        var model = settings["Model"];
        if (!Scalars.IsTruthy(model)) return null;
        var (text, method, path) = (PythonValues.Str(model), route.Method, route.Path);
        var models = apiProperties["Models"];
        if (!Scalars.IsTruthy(models)) throw ApiKind.EventError(route, ModelDetails.NoModels(text, method, path), model);
        if (models is not JObject map) throw ApiKind.EventError(route, ModelDetails.ModelsOfInvalidType(text, method, path), model);
        if (model is not JValue { Type: JTokenType.String }) throw ApiKind.EventError(route, ModelDetails.NoValidModels(text, method, path), model);
        if (map.Property(text, StringComparison.Ordinal) is null) throw ApiKind.EventError(route, ModelDetails.UndefinedModel(text, method, path), model);

        (bool, bool)? validator = null;
        var validateBody = settings["ValidateBody"];
        var validateParameters = settings["ValidateParameters"];
        if (IsSet(validateBody) || IsSet(validateParameters))
        {
            if (!IsBooleanOrUnset(validateBody) || !IsBooleanOrUnset(validateParameters))
                throw ApiKind.EventError(route, ModelDetails.ValidatorNotBoolean(text, method, path), IsBooleanOrUnset(validateBody) ? validateParameters : validateBody);
            validator = (IsSet(validateBody) && (bool)validateBody!, IsSet(validateParameters) && (bool)validateParameters!);
        }
        var required = settings["Required"] is { Type: not JTokenType.Null } r ? r : null;
        return new RequestModel(text, required, validator, IsOpenApi3(apiProperties["OpenApiVersion"]));
    }

    /// <summary>The body parameter (or request body) and the validator of the model, on the route's method.</summary>
    public static void Add(ApiRoute route, OpenApiDocument document, RequestModel model)
    {
        var name = model.Name.ToLowerInvariant();
        foreach (var definition in document.MethodDefinitions(route.Path, route.Method))
        {
            if (model.OpenApi3)
            {
                var body = new JObject
                {
                    ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = new JObject { ["$ref"] = "#/components/schemas/" + name } } },
                };
                if (model.Required is not null) body["required"] = model.Required.DeepClone();
                definition["requestBody"] = body;
            }
            else
            {
                var parameter = new JObject
                {
                    ["in"] = "body",
                    ["name"] = Py27Strings.MarkUnicode(new JValue(name)),
                    ["schema"] = new JObject { ["$ref"] = "#/definitions/" + name },
                };
                if (model.Required is not null) parameter["required"] = model.Required.DeepClone();
                if (definition["parameters"] is not JArray parameters)
                {
                    parameters = [];
                    definition["parameters"] = parameters;
                }
                parameters.Add(parameter);
            }
        }
        if (model.Validator is not { } validator) return;
        var validatorName = validator switch
        {
            (true, true) => "body-and-params",
            (true, false) => "body-only",
            (false, true) => "params-only",
            _ => "no-validation",
        };
        OpenApiDialect.Section(document.Root, ValidatorsExtension)[validatorName] = new JObject
        {
            ["validateRequestBody"] = validator.Body,
            ["validateRequestParameters"] = validator.Parameters,
        };
        foreach (var definition in document.MethodDefinitions(route.Path, route.Method))
            definition[ValidatorExtension] = validatorName;
    }

    private static bool IsSet(JToken? value) => value is not null && value.Type != JTokenType.Null;

    private static bool IsBooleanOrUnset(JToken? value) => !IsSet(value) || value!.Type == JTokenType.Boolean;

    /// <summary>An <c>OpenApiVersion</c> of 3.x (text or number), as the API's own settings read it.</summary>
    private static bool IsOpenApi3(JToken? version) =>
        version is JValue value && Scalars.IsTruthy(value) && OpenApiDialect.IsOpenApi3(new JObject { ["openapi"] = value.DeepClone() });
}
