namespace SamTransform.Diagnostics;

/// <summary>The reference's messages about the settings of an <c>AWS::Serverless::Api</c> (see <c>Resources/RestApi/RestApiSettings.cs</c>).</summary>
public static partial class DiagnosticCatalog
{
    public const string RestApiStageNameEmpty = "StageName cannot be empty.";

    public const string RestApiOpenApiVersionFormat = "The OpenApiVersion value must be of the format '3.0.0'.";

    public const string RestApiBothVpcEndpointIds = "'VPCEndpointIds' and 'VpcEndpointIds' cannot be used together in EndpointConfiguration.";

    public const string RestApiMergeDefinitionsWithUri = "Cannot set 'MergeDefinitions' to True when using `DefinitionUri`.";

    public const string RestApiDisableExecuteApiEndpointNeedsBody = "DisableExecuteApiEndpoint works only within 'DefinitionBody' property.";

    /// <summary>A document-level detail: the definition an API setting edits is not a document SAM can edit.</summary>
    public const string RestApiSwaggerNotExplicit = "Invalid Swagger document or the Swagger document is not explicitly defined in 'DefinitionBody'.";

    /// <summary>A document-level detail: an OpenAPI extension SAM writes into is not a map.</summary>
    public static string RestApiExtensionShouldBeMap(string extension) => $"Invalid OpenAPI definition: The value of '{extension}' should be a map.";
}

// The reference's detail texts for GatewayResponses, Models and RequestModel of REST APIs, word for word.
public static partial class DiagnosticCatalog
{
    /// <summary>The API's <c>GatewayResponses</c> (see <c>Resources/RestApi/GatewayResponses.cs</c>).</summary>
    public static class GatewayResponseDetails
    {
        public const string OnlyInlineSwagger = "GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property.";
        public const string IntrinsicNotSupported = "Unable to set GatewayResponses attribute because intrinsic functions are not supported for this field.";
        public const string StatusCodeNotNumeric = "Property 'StatusCode' must be numeric";

        public static string InvalidType(string pythonType) => $"Invalid property type '{pythonType}' for GatewayResponses. Expected an object of type 'GatewayResponse'.";

        public static string InvalidProperty(string key, string response) => $"Invalid property '{key}' in 'GatewayResponses' property '{response}'.";

        public static string InvalidParameter(string key) => $"Invalid gateway response parameter '{key}'";

        public static string ParametersNotAMap(string response) => $"Property 'GatewayResponses.{response}.ResponseParameters' should be a map.";

        public static string ParameterMapNotAMap(string key) => $"Property 'ResponseParameters.{key}' should be a map.";
    }

    /// <summary>The API's <c>Models</c> and the <c>RequestModel</c> of its events (see <c>Resources/RestApi/RestApiModels.cs</c>).</summary>
    public static class ModelDetails
    {
        public const string OnlyInlineSwagger = "Models works only with inline Swagger specified in 'DefinitionBody' property.";
        public const string InvalidSwagger = "Unable to add Models definitions because 'DefinitionBody' does not contain a valid Swagger definition.";
        public const string InvalidModels = "Invalid value for 'Models' property";

        /// <summary>A document-level detail ("Structure of the SAM template is invalid. ...").</summary>
        public const string MissingType = "'Models' schema is missing 'type'.";

        private static string Unable(string model, string method, string path) => $"Unable to set RequestModel [{model}] on API method [{method}] for path [{path}] because ";

        public static string NoModels(string model, string method, string path) => Unable(model, method, path) + "the related API does not define any Models.";

        public static string ModelsOfInvalidType(string model, string method, string path) => Unable(model, method, path) + "the related API Models defined is of invalid type.";

        public static string NoValidModels(string model, string method, string path) => Unable(model, method, path) + "the related API does not contain valid Models.";

        public static string UndefinedModel(string model, string method, string path) => Unable(model, method, path) + "it wasn't defined in the API's Models.";

        public static string ValidatorNotBoolean(string model, string method, string path) =>
            $"Unable to set Validator to RequestModel [{model}] on API method [{method}] for path [{path}] ValidateBody and ValidateParameters must be a boolean type, strings or intrinsics are not supported.";
    }
}

// The reference's detail texts for MergeDefinitions (see Resources/RestApi/MergedDefinitions.cs).
public static partial class DiagnosticCatalog
{
    public static class MergeDefinitionsDetails
    {
        public const string PathsNotAMap = "Property 'DefinitionBody' is invalid: It should be a map";

        public static string PathItemNotAMap(string path) => $"Property 'DefinitionBody' is invalid: The value of '{path}' should be a map";

        public static string MethodNotAMap(string path, string method) => $"Property 'DefinitionBody.paths.{path}.{method}' should be a map.";
    }
}
