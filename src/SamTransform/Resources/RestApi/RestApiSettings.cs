using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// The settings of an <c>AWS::Serverless::Api</c> (declared in <see cref="Specification.SamSpecs.Api"/>) as the reference applies
/// them: its checks, its edits of the Swagger/OpenAPI document (made before the document is hashed, in SAM's order),
/// and the properties of the generated <c>AWS::ApiGateway::RestApi</c>, <c>Deployment</c> and <c>Stage</c>.
/// </summary>
internal static partial class RestApiSettings
{
    public const string BinaryMediaTypesExtension = "x-amazon-apigateway-binary-media-types";
    public const string EndpointConfigurationExtension = "x-amazon-apigateway-endpoint-configuration";

    /// <summary>
    /// An event's API must name its stage: an empty <c>StageName</c> fails the whole document, about the API, when an
    /// event of that API is read (an API no event uses may have one; its stage is then named "").
    /// </summary>
    public static void CheckStageNameForEvent(string apiLogicalId, JObject? api)
    {
        if (EmptyStageName(api) is { } name)
            throw new SamException(DiagnosticCatalog.RestApiStageNameEmpty, name) { ResourceIdOverride = apiLogicalId };
    }

    /// <summary>The API's <c>StageName</c> when it is the empty text, else null.</summary>
    public static JValue? EmptyStageName(JObject? api) =>
        api?["Properties"] is JObject properties && properties["StageName"] is JValue { Type: JTokenType.String } name && ((string)name!).Length == 0 ? name : null;

    /// <summary>The checks SAM makes of the settings before it builds anything.</summary>
    public static void Validate(SamResource api)
    {
        if (OpenApiVersion(api) is { } version && !(version is JValue v && VersionFormat().IsMatch(Scalars.ToText(v))))
            throw api.Invalid(DiagnosticCatalog.RestApiOpenApiVersionFormat, version);
    }

    /// <summary>The checks SAM makes once Cors, Auth, GatewayResponses and Models are in the document.</summary>
    public static void ValidateAfterModels(SamResource api, bool hasBody)
    {
        if (api.Get("DisableExecuteApiEndpoint") is { } disable && !hasBody)
            throw api.Invalid(DiagnosticCatalog.RestApiDisableExecuteApiEndpointNeedsBody, disable);
        if (api.Get("EndpointConfiguration") is JObject endpoint && endpoint["VPCEndpointIds"] is not null && endpoint["VpcEndpointIds"] is not null)
            throw api.Invalid(DiagnosticCatalog.RestApiBothVpcEndpointIds, endpoint);
    }

    /// <summary>Merging needs an inline definition: checked before anything else of the API.</summary>
    public static void CheckMergeWithUri(SamResource api)
    {
        if (api.Get("MergeDefinitions") is JValue { Type: JTokenType.Boolean } merge && (bool)merge! && Scalars.IsTruthy(api.Get("DefinitionUri")))
            throw api.Invalid(DiagnosticCatalog.RestApiMergeDefinitionsWithUri, merge);
    }

    /// <summary><c>OpenApiVersion</c> when set (an empty value counts as unset).</summary>
    public static JToken? OpenApiVersion(SamResource api) => Scalars.IsTruthy(api.Get("OpenApiVersion")) ? api.Get("OpenApiVersion") : null;

    /// <summary>
    /// The settings written into the definition: on a document SAM generated, the OpenAPI 3 version; then
    /// <c>BinaryMediaTypes</c> (with <c>~1</c> read as <c>/</c>) and <c>DisableExecuteApiEndpoint</c>.
    /// </summary>
    public static void EditDocument(SamResource api, JToken body, TransformContext context)
    {
        var binary = BinaryMediaTypes(api, context);
        var disable = api.Get("DisableExecuteApiEndpoint");
        var editsBinary = Scalars.IsTruthy(binary);
        if (!editsBinary && disable is null) return;
        if (!RestApiDefinition.IsValid(body)) throw OpenApiDocument.Invalid(DiagnosticCatalog.RestApiSwaggerNotExplicit, body);
        var document = (JObject)body;
        if (editsBinary) Edit(document, root => root[BinaryMediaTypesExtension] = Py27Strings.MarkUnicode(Unescaped(binary!)));
        if (disable is not null) Edit(document, root => DisableExecuteApiEndpoint(root, disable));
    }

    /// <summary>A document SAM generated takes the API's <c>OpenApiVersion</c> when it is 3.x (in place, no copy).</summary>
    public static void SetGeneratedVersion(SamResource api, JToken? body, TransformContext context)
    {
        if (body is JObject root && Generated(api, context) && OpenApiVersion(api) is JValue version && OpenApiDialect.IsOpenApi3(new JObject { ["openapi"] = version.DeepClone() }))
            ToOpenApi3(root, version);
    }

    /// <summary>One edit of the document in a session of its own (SAM copies the document when it opens it and when it writes it back).</summary>
    private static void Edit(JObject root, Action<JObject> edit)
    {
        ApiKind.Rest.RecordCopies(root);
        edit(root);
        ApiKind.Rest.RecordCopies(root);
    }

    /// <summary>Whether the API's document is the one SAM generated (from its events), not the template's.</summary>
    private static bool Generated(SamResource api, TransformContext context) => ApiKind.Rest.Routes(context).ManagedApis.Contains(api.LogicalId);

    /// <summary>The generated Swagger 2.0 document as OpenAPI <paramref name="version"/>: <c>openapi</c> replaces <c>swagger</c>.</summary>
    private static void ToOpenApi3(JObject root, JValue version)
    {
        Py27Dict.Remove(root, "swagger");
        // A number (3.0) is rendered by str(), a native string; a string keeps the template's.
        root["openapi"] = version.Type == JTokenType.String ? version.DeepClone() : Py27Strings.MarkNative(new JValue(Scalars.ToText(version)));
    }

    /// <summary>
    /// <c>disableExecuteApiEndpoint</c> in the endpoint-configuration extension: at the top of a Swagger document, in
    /// the first server of an OpenAPI 3 one.
    /// </summary>
    private static void DisableExecuteApiEndpoint(JObject root, JToken disable)
    {
        var holder = root;
        if (OpenApiDialect.IsOpenApi3(root))
        {
            if (root["servers"] is not JArray { Count: > 0 } servers || servers[0] is not JObject first)
            {
                first = new JObject();
                root["servers"] = new JArray(first);
            }
            holder = (JObject)root["servers"]![0]!;
        }
        var extension = holder[EndpointConfigurationExtension];
        if (extension is null)
        {
            extension = new JObject();
            holder[EndpointConfigurationExtension] = extension;
        }
        if (extension is not JObject map) throw OpenApiDocument.Invalid(DiagnosticCatalog.RestApiExtensionShouldBeMap(EndpointConfigurationExtension), extension);
        map["disableExecuteApiEndpoint"] = disable.DeepClone();
    }

    /// <summary>A copy of <paramref name="value"/> with <c>~1</c> read as <c>/</c> in every string.</summary>
    private static JToken Unescaped(JToken value)
    {
        var copy = value.DeepClone();
        IEnumerable<JValue> values = copy is JContainer container ? container.Descendants().OfType<JValue>() : [(JValue)copy];
        foreach (var text in values.Where(t => t.Type == JTokenType.String).ToList())
            text.Value = ((string)text.Value!).Replace("~1", "/", StringComparison.Ordinal);
        return copy;
    }

    /// <summary><c>BinaryMediaTypes</c>, the one setting SAM resolves template parameters in (a copy).</summary>
    private static JToken? BinaryMediaTypes(SamResource api, TransformContext context) =>
        api.Get("BinaryMediaTypes") is { } written ? ParameterResolver.Resolve(written, context.ParameterValues) : null;

    /// <summary>The properties of the <c>AWS::ApiGateway::RestApi</c> besides its definition and <c>Name</c>.</summary>
    public static void RestApiProperties(SamResource api, JObject properties, TransformContext context)
    {
        if (Scalars.IsTruthy(api.Get("Description"))) properties["Description"] = api.Get("Description")!.DeepClone();
        if (Scalars.IsTruthy(api.Get("FailOnWarnings"))) properties["FailOnWarnings"] = api.Get("FailOnWarnings")!.DeepClone();
        EndpointConfiguration(api, properties, context);
        properties.SetIf("BinaryMediaTypes", BinaryMediaTypes(api, context));
        properties.SetIf("MinimumCompressionSize", api.Get("MinimumCompressionSize")?.DeepClone());
        if (Scalars.IsTruthy(api.Get("Mode"))) properties["Mode"] = api.Get("Mode")!.DeepClone();
        if (PropagatedTags(api) is { } tags) properties["Tags"] = tags;
        // The API's own resource policy, TLS policy and endpoint access mode, when set (not empty).
        foreach (var name in (string[])["Policy", "SecurityPolicy", "EndpointAccessMode"])
            if (Scalars.IsTruthy(api.Get(name))) properties[name] = api.Get(name)!.DeepClone();
    }

    /// <summary>The tags the API's other resources (the RestApi, its custom domain) get with <c>PropagateTags</c>.</summary>
    public static JArray? PropagatedTags(SamResource api) => Scalars.IsTruthy(api.Get("PropagateTags")) ? StageTags(api) : null;

    /// <summary>
    /// <c>EndpointConfiguration</c>: its <c>Type</c> (or, without one, the whole value) as the one type and as the
    /// <c>endpointConfigurationTypes</c> parameter, the VPC endpoint ids under either spelling, the IP address type.
    /// Outside the standard partition (the partition of the region, as SAM reads it) a REST API is <c>REGIONAL</c>
    /// unless it says otherwise.
    /// </summary>
    private static void EndpointConfiguration(SamResource api, JObject properties, TransformContext context)
    {
        var value = api.Get("EndpointConfiguration");
        if (!Scalars.IsTruthy(value))
        {
            if (!OutsideStandardPartition(context.Options.Region)) return;
            value = new JValue("REGIONAL");
        }
        // Only a map with a Type is read field by field; any other value is the type itself.
        var map = value is JObject written && Scalars.IsTruthy(written["Type"]) ? written : null;
        var type = map?["Type"] ?? value!;
        properties["Parameters"] = new JObject { ["endpointConfigurationTypes"] = type.DeepClone() };
        var configuration = new JObject { ["Types"] = new JArray(type.DeepClone()) };
        if (map is not null)
        {
            configuration.SetIf("VpcEndpointIds", (map["VPCEndpointIds"] ?? map["VpcEndpointIds"])?.DeepClone());
            configuration.SetIf("IpAddressType", map["IpAddressType"]?.DeepClone());
        }
        properties["EndpointConfiguration"] = configuration;
    }

    /// <summary>A region of aws-cn, aws-us-gov or an isolated partition (<c>cn-</c>, <c>us-gov-</c>, <c>us-iso-</c>, <c>us-isob-</c>, <c>us-isof-</c>, <c>eu-isoe-</c>).</summary>
    public static bool OutsideStandardPartition(string region) => NonStandardRegion().IsMatch(region);

    [GeneratedRegex(@"\A(cn|us-gov|us-iso[bf]?|eu-isoe)-\w+-\d+\z")]
    private static partial Regex NonStandardRegion();

    /// <summary>The properties of the <c>AWS::ApiGateway::Stage</c> besides its ids and name.</summary>
    public static void StageProperties(SamResource api, JObject stage)
    {
        foreach (var name in SamSpecs.Api.StageProperties)
            stage.SetIf(name, api.Get(name)?.DeepClone());
        if (StageTags(api) is { } tags) stage["Tags"] = tags;
    }

    /// <summary>The API's tags as a tag list, in the order the reference reads the map (Python 2.7 dict order).</summary>
    private static JArray? StageTags(SamResource api)
    {
        if (api.Get("Tags") is not JObject map) return null;
        var byName = map.Properties().ToDictionary(p => p.Name, StringComparer.Ordinal);
        return new JArray(Py27Dict.IterationOrder(byName.Keys.ToList())
            .Select(name => Tags.Tag(name, byName[name].Value)));
    }

    /// <summary>
    /// The hash behind the deployment's id: the definition's, or with <c>AlwaysDeploy</c> the time of the transform
    /// (in whole seconds), so every transform deploys anew.
    /// </summary>
    public static string DeploymentHash(SamResource api, TransformContext context, JToken definition, JToken? domain = null)
    {
        if (api.Get("AlwaysDeploy") is JValue { Type: JTokenType.Boolean } always && (bool)always!)
        {
            var seconds = context.Options.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            context.Options.HashedTextObserver?.Invoke(seconds);
            return LogicalIdHasher.Sha1Hex(seconds);
        }
        return RestApiDeployments.Hash(context, definition, OpenApiVersion(api), domain, functionNames: RestApiDeployments.FunctionNames(context, api.LogicalId));
    }

    /// <summary>A deployment names its stage (<c>Stage</c>) unless the API sets <c>OpenApiVersion</c>.</summary>
    public static bool DeploymentHasStageName(SamResource api) => OpenApiVersion(api) is null;

    [GeneratedRegex(@"\A[23]\.\d(\.\d)?\z")]
    private static partial Regex VersionFormat();
}
