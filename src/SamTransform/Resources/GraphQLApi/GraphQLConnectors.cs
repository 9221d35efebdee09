using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Resources.Connectors;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// The permissions a GraphQL API grants through connectors SAM creates on its behalf (a data source's role to its table
/// or function, the API to its Lambda authorizers): the same policies and Lambda permissions as an
/// <c>AWS::Serverless::Connector</c> with that source and destination, named after the connector's id. Unlike the
/// API's other resources they carry none of its attributes.
/// </summary>
public static class GraphQLConnectors
{
    public const string DataSourceType = "AWS::AppSync::DataSource";
    public const string GraphQLApiType = "AWS::AppSync::GraphQLApi";

    /// <summary>Emits connector <paramref name="connectorId"/> from the source to the destination, with the categories given (profile order).</summary>
    public static void Emit(GraphQLApiBuild build, string connectorId, ConnectorEndpoint source, ConnectorEndpoint destination, IReadOnlyCollection<string> categories)
    {
        var profile = ConnectorProfiles.Default.Find(source.ProfileType, destination.ProfileType)
            ?? throw new InvalidOperationException($"No connector profile from {source.ProfileType} to {destination.ProfileType}.");
        var selected = profile.Access.Where(a => categories.Contains(a.Key)).ToList();
        var connector = new SamResource(connectorId, new JObject { ["Type"] = ConnectorExpander.Type });
        List<string> emitted;
        try
        {
            emitted = new ConnectorEmitter(build.Context, connector, profile, source, destination, "").Emit(selected);
        }
        catch (SamException ex) when (ex.ResourceIdOverride is null)
        {
            // The reference reports a connector's problem (an empty ARN) under the connector's id.
            throw new SamException(ex.Message, ex.Node ?? build.Api.Definition) { ResourceIdOverride = connectorId };
        }
        foreach (var id in emitted) build.Context.Origins[id] = build.Id;
    }

    /// <summary>A data source whose generated role gets the policy.</summary>
    public static ConnectorEndpoint DataSource(string dataSourceId, string roleId) =>
        new("Source", dataSourceId, DataSourceType, DataSourceType, new Dictionary<string, JToken> { ["RoleName"] = Intrinsics.Ref(roleId) });

    /// <summary>The API itself, as the source of its authorizers' permissions.</summary>
    public static ConnectorEndpoint Api(GraphQLApiBuild build) =>
        new("Source", build.Id, GraphQLApiType, GraphQLApiType, new Dictionary<string, JToken> { ["ResourceId"] = build.ApiIdRef });

    /// <summary>A destination known by its ARN only; with <paramref name="emptyIsMissing"/> an empty ARN counts as none.</summary>
    public static ConnectorEndpoint Destination(string type, JToken arn, bool emptyIsMissing = false) =>
        new("Destination", null, type, type, Scalars.IsTruthy(arn) || !emptyIsMissing ? new Dictionary<string, JToken> { ["Arn"] = arn } : [], arn);
}
