using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources;

/// <summary>
/// <c>AWS::Serverless::HttpApi</c> → <c>AWS::ApiGatewayV2::Api</c> (its OpenAPI document completed with CORS,
/// authorizers, tags, endpoint settings, description and title), its stage, the custom domain with its mappings and
/// Route 53 records, and invoke permissions for Lambda authorizers that ask for them. The routes of the functions'
/// <c>HttpApi</c> events are already in the document (see the HttpApi stages).
/// </summary>
public sealed class HttpApiExpander : IResourceExpander
{
    public const string DefaultStageName = "$default";
    private const string SamTagName = "httpapi:createdBy";

    public string ResourceType => HttpApiKind.SamResourceType;

    public IReadOnlySet<string> Properties => SamSpecs.HttpApi.Names;

    private static readonly HashSet<string> CorsKeys = new(StringComparer.Ordinal)
    {
        "AllowMethods", "AllowHeaders", "AllowOrigins", "ExposeHeaders", "MaxAge", "AllowCredentials",
    };

    private static readonly HashSet<string> AuthKeys = new(StringComparer.Ordinal) { "Authorizers", "DefaultAuthorizer", "EnableIamAuthorizer" };

    public void Expand(SamResource api, TransformContext context)
    {
        SamSpecs.HttpApi.Validate(api);
        // Empty definitions count as none.
        var body = Scalars.IsTruthy(api.Get("DefinitionBody")) ? api.Get("DefinitionBody") : null;
        var uri = Scalars.IsTruthy(api.Get("DefinitionUri")) ? api.Get("DefinitionUri") : null;
        if (body is not null && uri is not null) throw api.Invalid("Specify either 'DefinitionUri' or 'DefinitionBody' property and not both.");

        AddCors(api, context, body);
        var authorizers = AddAuth(api, context, body);
        var tags = AddTags(api, body);
        var properties = new JObject();
        if (Scalars.IsTruthy(api.Get("FailOnWarnings"))) properties["FailOnWarnings"] = api.Get("FailOnWarnings");
        if (api.Get("DisableExecuteApiEndpoint") is { } disable)
        {
            if (body is null) throw api.Invalid("DisableExecuteApiEndpoint works only within 'DefinitionBody' property.", disable);
            HttpApiDefinition.Open(body).SetDisableExecuteApiEndpoint(disable, disable);
        }
        // The title can only replace the generated one; the document's own description wins.
        SetInfo(api, body, "Name", "title", title => !JToken.DeepEquals(title, Intrinsics.Ref("AWS::StackName")));
        SetInfo(api, body, "Description", "description", Scalars.IsTruthy);
        // API Gateway warns about a path without a leading slash, which fails the import under FailOnWarnings.
        if (Scalars.IsTruthy(api.Get("FailOnWarnings")) && body?["paths"] is JObject paths) RenameDefaultPath(paths);
        if (uri is not null) properties["BodyS3Location"] = ApiDefinitionUris.BodyS3Location(api, uri);
        else if (body is not null) properties["Body"] = Detach(body);
        else throw api.Invalid("'DefinitionUri' or 'DefinitionBody' are required properties of an 'AWS::Serverless::HttpApi'. Add a value for one of these properties or add a 'HttpApi' event to an 'AWS::Serverless::Function'.");

        var httpApi = CfnResource.Create("AWS::ApiGatewayV2::Api", properties).WithPassThrough(api);
        foreach (var attribute in (string[])["DependsOn", "UpdatePolicy", "Metadata"])
            if (api.Definition[attribute] is { } value) httpApi[attribute] = value.DeepClone();
        context.Emit(api, api.LogicalId, httpApi);

        var stageName = Scalars.IsTruthy(api.Get("StageName")) ? api.Get("StageName")! : DefaultStageName;
        var stageId = StageLogicalId(api.LogicalId, stageName);
        if (api.Get("Domain") is { } domain)
            ApiGatewayV2Domain.Apply(api, context, domain, ParameterResolver.Resolve(domain, context.ParameterValues), DomainTags(tags), stageId);
        context.Emit(api, stageId, ApiGatewayV2Stage.Create(api, stageName, tags, passThrough: true));

        foreach (var authorizer in authorizers)
        {
            if (authorizer.FunctionNeedingPermission is not { } functionArn) continue;
            context.Emit(api, api.LogicalId + authorizer.Name + "AuthorizerPermission", AuthorizerPermission.Create(api.LogicalId, functionArn).WithPassThrough(api), $"permission for authorizer {authorizer.Name}");
        }
    }

    /// <summary>
    /// <c>CorsConfiguration</c> (true, an intrinsic giving the origins, or a map of CORS settings) is merged into the
    /// document's CORS extension, its settings winning.
    /// </summary>
    private static void AddCors(SamResource api, TransformContext context, JToken? body)
    {
        var written = api.Get("CorsConfiguration");
        if (written is null) return;
        var cors = ParameterResolver.Resolve(written, context.ParameterValues);
        if (!Scalars.IsTruthy(cors)) return;
        if (body is null) throw api.Invalid("Cors works only with inline OpenApi specified in 'DefinitionBody' property.", written);
        JObject settings;
        if (cors.Type == JTokenType.Boolean) settings = new JObject { ["AllowOrigins"] = new JArray("*") };
        else if (Intrinsics.IsIntrinsic(cors)) settings = new JObject { ["AllowOrigins"] = cors };
        else if (cors is JObject map)
        {
            foreach (var key in map.Properties())
                if (!CorsKeys.Contains(key.Name))
                    throw api.Invalid($"Invalid key '{key.Name}' for 'Cors' property.", (written as JObject)?.Property(key.Name, StringComparison.Ordinal) ?? written);
            settings = map;
        }
        else throw api.Invalid("Invalid value for 'Cors' property.", written);
        if (!HttpApiDefinition.IsValid(body))
            throw api.Invalid("Unable to add Cors configuration because 'DefinitionBody' does not contain a valid OpenApi definition.", written);
        if (settings["AllowCredentials"] is JValue { Type: JTokenType.Boolean } credentials && (bool)credentials!
            && JToken.DeepEquals(settings["AllowOrigins"], new JArray("*")))
            throw api.Invalid("Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set.", written);
        HttpApiDefinition.Open(body).AddCors(settings, written);
    }

    /// <summary><c>Auth</c>: security schemes for the authorizers, and the default authorizer on every route without one.</summary>
    private static List<HttpApiAuthorizer> AddAuth(SamResource api, TransformContext context, JToken? body)
    {
        if (api.Get("Auth") is not JObject auth || auth.Count == 0) return [];
        if (body is null) throw api.Invalid("Auth works only with inline OpenApi specified in the 'DefinitionBody' property.", auth);
        foreach (var key in auth.Properties())
            if (!AuthKeys.Contains(key.Name)) throw api.Invalid("Invalid value for 'Auth' property", key);
        var document = HttpApiDefinition.TryOpen(body)
            ?? throw api.Invalid("Unable to add Auth configuration because 'DefinitionBody' does not contain a valid OpenApi definition.", auth);

        var authorizers = new List<HttpApiAuthorizer>();
        if (auth["EnableIamAuthorizer"] is JValue { Type: JTokenType.Boolean } iam && (bool)iam!) authorizers.Add(HttpApiAuthorizer.Iam(api));
        var configured = auth["Authorizers"];
        if (Scalars.IsTruthy(configured))
        {
            if (configured is not JObject map) throw api.Invalid("Property 'Auth.Authorizers' should be a map.", configured);
            foreach (var entry in map.Properties())
            {
                if (entry.Value is not JObject config) throw api.Invalid($"Property 'Auth.Authorizers.{entry.Name}' should be a map.", entry.Value);
                if (config.ContainsKey("OpenIdConnectUrl"))
                    throw api.Invalid($"'OpenIdConnectUrl' is no longer a supported property for authorizer '{entry.Name}'. Please refer to the AWS SAM documentation.", config["OpenIdConnectUrl"]!.Parent);
                // A configured authorizer named AWS_IAM takes the place of the built-in one.
                authorizers.RemoveAll(a => a.Name == entry.Name);
                authorizers.Add(HttpApiAuthorizer.Read(api, entry.Name, config));
            }
        }
        document.AddSecuritySchemes(authorizers.Select(a => KeyValuePair.Create(a.Name, a.SecurityScheme(context.Arns.Partition))).ToList());

        var defaultAuthorizer = auth["DefaultAuthorizer"];
        if (!Scalars.IsTruthy(defaultAuthorizer) || Intrinsics.IsNoValue(defaultAuthorizer)) return authorizers;
        if (defaultAuthorizer is not JValue { Type: JTokenType.String } nameToken) throw api.Invalid("Property 'Auth.DefaultAuthorizer' should be a string.", defaultAuthorizer);
        var name = (string)nameToken!;
        var chosen = authorizers.Find(a => a.Name == name)
            ?? throw api.Invalid($"Unable to set DefaultAuthorizer because '{name}' was not defined in 'Authorizers'.", defaultAuthorizer);
        var scopes = chosen.DefaultScopes;
        foreach (var path in document.PathNames.ToList())
            document.SetPathDefaultAuthorizer(path, name, scopes);
        return authorizers;
    }

    /// <summary>
    /// The API's tags plus SAM's own go into the document (and onto the stage and domain). Tags need an inline
    /// OpenAPI document; without one, or when it is not OpenAPI, the API has no tags.
    /// </summary>
    private static JObject? AddTags(SamResource api, JToken? body)
    {
        var written = api.Get("Tags");
        var tags = written as JObject;
        var hasTags = tags is { Count: > 0 };
        if (hasTags && body is null) throw api.Invalid("Tags works only with inline OpenApi specified in the 'DefinitionBody' property.", written);
        // Tags written empty where there is no document to tag are the stage's as they are.
        if (body is null) return (JObject?)tags?.DeepClone();
        if (HttpApiDefinition.TryOpen(body) is not { } document)
        {
            if (hasTags) throw api.Invalid("Unable to add `Tags` because 'DefinitionBody' does not contain a valid OpenApi definition.", written);
            return (JObject?)tags?.DeepClone();
        }
        var all = tags is null ? new JObject() : (JObject)tags.DeepClone();
        all[SamTagName] = "SAM";
        // With a default authorizer, AWS's transform writes the tags (document, stage, domain) in the iteration order
        // of a Python 2.7 dict of them.
        if (api.Get("Auth") is JObject auth && Scalars.IsTruthy(auth["DefaultAuthorizer"]))
            all = new JObject(Py27Dict.Order(all).Select(p => new JProperty(p.Name, p.Value)).ToList());
        document.AddTags(all.Properties().Select(p => KeyValuePair.Create(p.Name, (JToken?)p.Value)).ToList());
        return all;
    }

    /// <summary>Sets an <c>info</c> field of the document from a property, unless the document already sets it.</summary>
    private static void SetInfo(SamResource api, JToken? body, string property, string field, Func<JToken?, bool> alreadySet)
    {
        var value = api.Get(property);
        if (!Scalars.IsTruthy(value)) return;
        if (body is null) throw api.Invalid($"{property} works only with inline OpenApi specified in the 'DefinitionBody' property.", value);
        if (alreadySet((body["info"] as JObject)?[field]))
            throw api.Invalid($"Unable to set {property} because it is already defined within inline OpenAPI specified in the 'DefinitionBody' property.", value);
        HttpApiDefinition.Open(body).Info[field] = value!.DeepClone();
    }

    /// <summary>The <c>$default</c> route becomes <c>/$default</c> (replacing one already spelled so).</summary>
    private static void RenameDefaultPath(JObject paths)
    {
        if (paths.Property(HttpApiDefinition.DefaultPath, StringComparison.Ordinal) is not { } route) return;
        var value = route.Value;
        route.Remove();
        paths["/" + HttpApiDefinition.DefaultPath] = value;
    }

    /// <summary>
    /// The domain name carries the stage's tags (the API's own, then SAM's, whether or not the API propagates tags),
    /// as AWS's transform writes them; SAM's tag alone when the API's tags are an intrinsic.
    /// </summary>
    private static JObject DomainTags(JObject? stageTags)
    {
        var tags = stageTags is null || Intrinsics.IsIntrinsic(stageTags) ? new JObject() : (JObject)stageTags.DeepClone();
        tags[SamTagName] = "SAM";
        return tags;
    }

    /// <summary>
    /// Moves the finished document out of the SAM resource into the output, so a large document is not copied
    /// (Newtonsoft copies a token that already has a parent).
    /// </summary>
    private static JToken Detach(JToken body)
    {
        (body.Parent as JProperty)?.Remove();
        return body;
    }

    /// <summary><c>{Api}ApiGatewayDefaultStage</c> for <c>$default</c>, else as for every API (<see cref="ApiKind.StageLogicalId"/>).</summary>
    public static string StageLogicalId(string apiId, JToken stageName) =>
        stageName is JValue { Type: JTokenType.String } s && (string)s! == DefaultStageName ? apiId + "ApiGatewayDefaultStage" : ApiKind.StageLogicalId(apiId, stageName);
}
