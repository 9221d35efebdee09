using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources.CapacityProvider;
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

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(GraphQLApiShape.Documented, StringComparer.Ordinal);

    /// <summary>Unknown properties are accepted (and ignored), and the properties map has a message of its own.</summary>
    public bool ValidatesOwnProperties => true;

    /// <summary>Properties CloudFormation takes as written (when set to something Python reads as true).</summary>
    private static readonly string[] PassThrough = ["Visibility", "OwnerContact", "IntrospectionConfig", "QueryDepthLimit", "ResolverCountLimit"];

    /// <summary>The first check of each property, in the reference's order: maps, strings, or (Logging) a boolean or a map.</summary>
    private static readonly (string Name, Kind Kind)[] PropertyTypes =
    [
        ("Tags", Kind.Map), ("Auth", Kind.Map), ("SchemaInline", Kind.String), ("SchemaUri", Kind.String), ("Logging", Kind.BooleanOrMap),
        ("DataSources", Kind.Map), ("Functions", Kind.Map), ("Resolvers", Kind.Map), ("ApiKeys", Kind.Map), ("DomainName", Kind.Map),
        ("Cache", Kind.Map),
    ];

    private enum Kind { Map, String, BooleanOrMap }

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
        foreach (var name in PassThrough) properties.SetIf(name, GraphQLApiBuild.TruthyValue(api.Properties, name));

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
        if (api.Get("Auth") is null) throw api.Invalid(GraphQL.MissingRequired("Auth"));
        foreach (var (name, kind) in PropertyTypes)
        {
            if (api.Get(name) is not { } value) continue;
            var ok = kind switch
            {
                Kind.Map => value is JObject,
                Kind.String => value.Type == JTokenType.String,
                _ => value is JObject || value.Type == JTokenType.Boolean,
            };
            if (ok) continue;
            throw api.Invalid(kind switch
            {
                Kind.Map => GraphQL.ShouldBeMap(name),
                Kind.String => GraphQL.ShouldBeString(name),
                _ => GraphQL.InvalidType(name),
            }, value);
        }
        if (GraphQLModel.FirstError(api.Properties, GraphQLApiShape.Properties) is { } error)
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
