using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>AWS::Serverless::Api</c> → <c>AWS::ApiGateway::RestApi</c> (its definition: the Swagger document with the routes
/// of the functions' <c>Api</c> events, a <c>DefinitionBody</c> as written, or a <c>DefinitionUri</c> in S3), the
/// <c>AWS::ApiGateway::Deployment</c> named after the hash of that definition, and the <c>AWS::ApiGateway::Stage</c>.
/// The properties SAM accepts are declared in <see cref="SamSpecs.Api"/>.
/// </summary>
public sealed class RestApiExpander : IResourceExpander
{
    public string ResourceType => RestApiKind.SamResourceType;

    public IReadOnlySet<string> Properties => SamSpecs.Api.Names;

    public void Expand(SamResource api, TransformContext context)
    {
        SamSpecs.Api.Validate(api);
        RestApiSettings.CheckMergeWithUri(api);
        var stageName = api.Get("StageName")!;

        var definition = Definition(api);
        RestApiSettings.SetGeneratedVersion(api, definition.Body, context);
        RestApiCors.Apply(api, definition.Body);
        Auth.RestApiAuth.Apply(api, context, definition.Body);
        // SAM gives the document its OpenAPI 3 form after Auth and after Models (when set) and again at the end: the
        // form is not idempotent (the preflight's headers are wrapped in "schema" each time).
        if (definition.Body is JObject authored && Auth.RestApiAuth.Of(api) is not null) OpenApi3Form.Apply(authored);
        GatewayResponses.Apply(api, definition.Body);
        RestApiModels.Apply(api, definition.Body);
        if (definition.Body is JObject modelled && Scalars.IsTruthy(api.Get("Models"))) OpenApi3Form.Apply(modelled);
        RestApiSettings.ValidateAfterModels(api, hasBody: definition.Body is not null);
        // SAM reads the S3 location only now: the settings that need a DefinitionBody fail first.
        var s3Location = definition.Body is null ? ApiDefinitionUris.BodyS3Location(api, definition.Uri!) : null;
        var properties = new JObject();
        var hashed = definition.Body ?? s3Location!;
        if (definition.Body is not null) RestApiSettings.EditDocument(api, definition.Body, context);
        if (definition.Body is JObject body) OpenApi3Form.Apply(body);
        if (definition.Body is not null) properties["Body"] = definition.Body;
        else properties["BodyS3Location"] = s3Location;
        if (Scalars.IsTruthy(api.Get("Name"))) properties["Name"] = api.Get("Name");
        RestApiSettings.RestApiProperties(api, properties, context);
        // An empty ApiKeySourceType counts as none.
        if (Scalars.IsTruthy(api.Get("ApiKeySourceType"))) properties["ApiKeySourceType"] = api.Get("ApiKeySourceType")!.DeepClone();

        var restApi = CfnResource.Create("AWS::ApiGateway::RestApi", properties).WithPassThrough(api);
        foreach (var attribute in (string[])["DependsOn", "UpdatePolicy", "Metadata"])
            if (api.Definition[attribute] is { } value) restApi[attribute] = value.DeepClone();
        context.Emit(api, api.LogicalId, restApi);

        var stageId = ApiKind.StageLogicalId(api.LogicalId, stageName);
        var domain = RestApiDomain.Apply(api, context, stageId);
        var hash = RestApiSettings.DeploymentHash(api, context, hashed, domain);
        var deploymentId = RestApiDeployments.LogicalId(api.LogicalId, hash);
        var deployment = new JObject
        {
            ["Description"] = RestApiDeployments.Description(hash),
            ["RestApiId"] = Intrinsics.Ref(api.LogicalId),
        };
        if (RestApiSettings.DeploymentHasStageName(api)) deployment["StageName"] = "Stage";
        context.Emit(api, deploymentId, CfnResource.Create("AWS::ApiGateway::Deployment", deployment).WithPassThrough(api), new EmitReason("deployment of the API", HashedId: true));

        var stage = new JObject
        {
            ["DeploymentId"] = Intrinsics.Ref(deploymentId),
            ["RestApiId"] = Intrinsics.Ref(api.LogicalId),
            ["StageName"] = stageName.DeepClone(),
        };
        RestApiSettings.StageProperties(api, stage);
        context.Emit(api, stageId, CfnResource.Create("AWS::ApiGateway::Stage", stage).WithPassThrough(api));

        UsagePlans.Apply(api, context, stageId);

        var references = context.State<ResourceReferences>();
        references.AddProperty(api.LogicalId, "Stage", stageId);
        references.AddProperty(api.LogicalId, "Deployment", deploymentId);
    }

    /// <summary>
    /// The API's definition: the inline document (moved, not copied, into the output) or the S3 location of
    /// <c>DefinitionUri</c>. Empty definitions count as none.
    /// </summary>
    /// <summary>The API's document, or its <c>DefinitionUri</c> (read after the settings are checked, as SAM reads it).</summary>
    private static (JToken? Body, JToken? Uri) Definition(SamResource api)
    {
        var body = Scalars.IsTruthy(api.Get("DefinitionBody")) ? api.Get("DefinitionBody") : null;
        var uri = Scalars.IsTruthy(api.Get("DefinitionUri")) ? api.Get("DefinitionUri") : null;
        if (body is not null && uri is not null) throw api.Invalid("Specify either 'DefinitionUri' or 'DefinitionBody' property and not both.");
        RestApiSettings.Validate(api);
        if (uri is not null) return (null, uri);
        if (body is null) throw api.Invalid("'DefinitionUri' or 'DefinitionBody' are required properties of an 'AWS::Serverless::Api'. Add a value for one of these properties or add a 'Api' event to an 'AWS::Serverless::Function'.");
        (body.Parent as JProperty)?.Remove();
        return (body, null);
    }
}
