using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>Functions</c>: each entry → <c>AWS::AppSync::FunctionConfiguration</c> <c>&lt;Api&gt;&lt;Name&gt;</c>, unless it
/// only names an existing function by <c>Id</c>. <c>DataSource</c> is one of the API's data sources, <c>NONE</c> (any
/// case: the shared <c>NoneDataSource</c>) or an intrinsic function for one defined elsewhere. Errors name the entry.
/// </summary>
public static class GraphQLFunctions
{
    /// <summary>Emits the functions; returns, by name, what a resolver's pipeline puts for each.</summary>
    public static Dictionary<string, JToken> Emit(GraphQLApiBuild build, Dictionary<string, string> dataSources)
    {
        var byName = new Dictionary<string, JToken>(StringComparer.Ordinal);
        if (build.Api.Get("Functions") is not JObject functions) return byName;
        var noneId = build.Id + "NoneDataSource";
        var noneUsed = false;
        foreach (var (name, value) in functions)
        {
            var function = (JObject)value!;
            if (function["Id"] is { } existing && Scalars.IsTruthy(existing))
            {
                if (function.Properties().Any(p => p.Name != "Id" && p.Value.Type != JTokenType.Null))
                    throw Invalid(name, GraphQL.FunctionIdWithOthers, function);
                byName[name] = existing.DeepClone();
                continue;
            }

            var code = GraphQLCode.Read(function, name);
            var dataSource = Scalars.IsTruthy(function["DataSource"]) ? function["DataSource"]! : throw Invalid(name, GraphQL.DataSourceRequired, function);
            JToken dataSourceName;
            if (dataSource is JObject intrinsic) dataSourceName = intrinsic.DeepClone();
            else
            {
                var text = GraphQLModel.Text(dataSource)!;
                string dataSourceId;
                if (text.Equals("NONE", StringComparison.OrdinalIgnoreCase))
                {
                    dataSourceId = noneId;
                    noneUsed = true;
                }
                else if (!dataSources.TryGetValue(text, out dataSourceId!))
                {
                    throw Invalid(name, GraphQL.UnknownDataSource(text), dataSource);
                }
                dataSourceName = Intrinsics.GetAtt(dataSourceId, "Name");
            }
            var runtime = function["Runtime"] as JObject ?? throw Invalid(name, GraphQL.RuntimeRequired(name), function);

            var id = build.Id + name;
            var properties = new JObject
            {
                ["ApiId"] = build.ApiIdRef,
                ["Name"] = Scalars.IsTruthy(function["Name"]) ? GraphQLModel.AsText(function["Name"]!) : name,
                ["DataSourceName"] = dataSourceName,
                ["Runtime"] = GraphQLCode.Runtime(runtime),
            };
            code.WriteTo(properties);
            properties.SetIf("Description", GraphQLApiBuild.Value(function, "Description"));
            properties.SetIf("MaxBatchSize", GraphQLApiBuild.Value(function, "MaxBatchSize"));
            if (function["Sync"] is JObject sync) properties["SyncConfig"] = GraphQLApiBuild.Settings(sync);
            build.Emit(id, "AWS::AppSync::FunctionConfiguration", properties);
            byName[name] = Intrinsics.GetAtt(id, "FunctionId");
        }
        if (noneUsed) GraphQLDataSources.EmitNone(build, noneId);
        return byName;
    }

    /// <summary>An error about one function or resolver of the API: the reference names the entry, not the API.</summary>
    public static SamException Invalid(string entry, string message, JToken node) =>
        new(message, node) { ResourceIdOverride = entry };
}
