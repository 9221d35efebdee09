namespace SamTransform.Diagnostics;

/// <summary>The reference's messages about the settings of an <c>AWS::Serverless::Api</c> (see <c>Resources/RestApi/RestApiSettings.cs</c>).</summary>
public static partial class DiagnosticCatalog
{
    public const string RestApiStageNameEmpty = "StageName cannot be empty.";

    public const string RestApiOpenApiVersionFormat = "The OpenApiVersion value must be of the format '3.0.0'.";

    public const string RestApiBothVpcEndpointIds = "'VPCEndpointIds' and 'VpcEndpointIds' cannot be used together in EndpointConfiguration.";

    public const string RestApiDisableExecuteApiEndpointNeedsBody = "DisableExecuteApiEndpoint works only within 'DefinitionBody' property.";

    /// <summary>A document-level detail: the definition an API setting edits is not a document SAM can edit.</summary>
    public const string RestApiSwaggerNotExplicit = "Invalid Swagger document or the Swagger document is not explicitly defined in 'DefinitionBody'.";

    /// <summary>A document-level detail: an OpenAPI extension SAM writes into is not a map.</summary>
    public static string RestApiExtensionShouldBeMap(string extension) => $"Invalid OpenAPI definition: The value of '{extension}' should be a map.";
}
