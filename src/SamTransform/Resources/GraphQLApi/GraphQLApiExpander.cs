using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>AWS::Serverless::GraphQLApi</c> → <c>AWS::AppSync::GraphQLApi</c> and its schema, plus what its properties ask
/// for: the logging role, API keys, cache, data sources (with roles and connector policies), custom domain, functions
/// and pipeline resolvers, and Lambda permissions for Lambda authorizers. Checks come in the reference's order: the
/// property types, the typed model (first problem only), then the rules across fields.
/// </summary>
public sealed class GraphQLApiExpander : IResourceExpander
{
    public const string Type = "AWS::Serverless::GraphQLApi";
    public const string CreatedByKey = "graphqlapi:createdBy";

    public string ResourceType => Type;

    public IReadOnlySet<string> Properties => SamSpecs.GraphQLApi.Names;

    /// <summary>Unknown properties are accepted (and ignored), and the properties map has a message of its own.</summary>
    public bool ValidatesOwnProperties => true;

    /// <summary>The typed model: the properties the specification gives one, in its order.</summary>
    private static readonly IReadOnlyList<Field> Model =
        [.. SamSpecs.GraphQLApi.Properties.Where(p => p.Model is not null).Select(p => new Field(p.Name, p.Model!, p.Required))];

    public void Expand(SamResource api, TransformContext context)
    {
        Validate(api);
        var build = new GraphQLApiBuild(api, context);
        var properties = new JObject
        {
            ["Name"] = GraphQLApiBuild.TruthyValue(api.Properties, "Name") ?? api.LogicalId,
            ["Tags"] = BuildTags(api.Get("Tags") as JObject),
        };
        var authorizers = GraphQLAuth.Apply(api, (JObject)api.Get("Auth")!, properties);
        GraphQLSchema.Check(api);
        var logRoleId = GraphQLLogging.Apply(build, properties);
        if (api.Get("XrayEnabled") is { } xray) properties["XrayEnabled"] = PropertyModel.LenientBoolean(xray);
        SamSpecs.GraphQLApi.CopyPassThrough(api, properties);

        build.Emit(api.LogicalId, "AWS::AppSync::GraphQLApi", properties);
        GraphQLSchema.Emit(build);
        GraphQLAuth.EmitPermissions(build, authorizers);
        if (logRoleId is not null) GraphQLLogging.EmitRole(build, logRoleId);
        GraphQLApiKeys.Emit(build);
        GraphQLCache.Emit(build);
        var dataSources = GraphQLDataSources.Emit(build);
        GraphQLDomain.Emit(build);
        var functions = GraphQLFunctions.Emit(build, dataSources);
        GraphQLResolvers.Emit(build, functions);
    }

    private static void Validate(SamResource api)
    {
        if (api.Definition.Property("Properties", StringComparison.Ordinal) is { Value: not JObject } notAMap)
            throw api.Invalid(GraphQL.PropertiesNotAnObject, notAMap.Value);
        // The required properties come before the type checks.
        foreach (var required in SamSpecs.GraphQLApi.Properties.Where(p => p.Required))
            if (api.Get(required.Name) is null) throw api.Invalid(MissingRequiredProperty(required.Name));
        SamSpecs.GraphQLApi.Validate(api);
        if (GraphQLModel.FirstError(api.Properties, Model) is { } error)
            throw api.Invalid(GraphQL.InvalidProperty(error.Path), error.Node);
    }

    /// <summary>The template's tags (any map, an intrinsic function's too; a null value is empty text), then SAM's (which wins over a tag of its key).</summary>
    private static JArray BuildTags(JObject? tags)
    {
        var byKey = new Dictionary<string, JToken>(StringComparer.Ordinal);
        if (tags is not null)
            foreach (var (key, value) in tags) byKey[key] = value!.Type == JTokenType.Null ? "" : value.DeepClone();
        // SAM's tag overrides one the template gives under its key.
        byKey[CreatedByKey] = "SAM";
        return new JArray(byKey.Select(t => new JObject { ["Key"] = t.Key, ["Value"] = t.Value }));
    }
}
