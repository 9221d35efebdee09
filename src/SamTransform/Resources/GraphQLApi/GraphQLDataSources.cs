using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>DataSources</c>: each DynamoDB table → <c>&lt;Api&gt;&lt;Name&gt;DynamoDBDataSource</c>, each Lambda function →
/// <c>&lt;Api&gt;&lt;Name&gt;LambdaDataSource</c>. Without a <c>ServiceRoleArn</c> a data source gets a role
/// (<c>...DataSourceRole</c>) and a connector policy on it (<c>...ToTableConnectorPolicy</c>: the <c>Permissions</c>
/// asked, Read and Write by default; <c>...ToLambdaConnectorPolicy</c>: invoke).
/// </summary>
public static class GraphQLDataSources
{
    private static readonly string[] TableCategories = ["Read", "Write"];

    /// <summary>Emits the data sources; returns, by the name functions use, the logical id of each.</summary>
    public static Dictionary<string, string> Emit(GraphQLApiBuild build)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        if (build.Api.Get("DataSources") is not JObject sources) return byName;
        // Table sources first, then functions: a function source of the same name is the one functions refer to.
        if (sources["DynamoDb"] is JObject tables)
            foreach (var (name, value) in tables) byName[name] = EmitTable(build, name, (JObject)value!);
        if (sources["Lambda"] is JObject functions)
            foreach (var (name, value) in functions) byName[name] = EmitFunction(build, name, (JObject)value!);
        return byName;
    }

    private static string EmitTable(GraphQLApiBuild build, string name, JObject table)
    {
        var id = $"{build.Id}{name}DynamoDBDataSource";
        var region = GraphQLApiBuild.TruthyValue(table, "Region") ?? Intrinsics.Ref("AWS::Region");
        var config = new JObject { ["AwsRegion"] = region.DeepClone(), ["TableName"] = table["TableName"]!.DeepClone() };
        config.SetIf("UseCallerCredentials", GraphQLApiBuild.TruthyValue(table, "UseCallerCredentials"));
        config.SetIf("Versioned", GraphQLApiBuild.TruthyValue(table, "Versioned"));
        if (table["DeltaSync"] is JObject deltaSync) config["DeltaSyncConfig"] = GraphQLApiBuild.Settings(deltaSync);

        var roleId = EmitDataSource(build, id, name, table, "AMAZON_DYNAMODB", "DynamoDBConfig", config);
        if (roleId is null) return id;
        var tableArn = GraphQLApiBuild.TruthyValue(table, "TableArn") ?? Intrinsics.Sub(
            "arn:${AWS::Partition}:dynamodb:${__Region__}:${AWS::AccountId}:table/${__TableName__}",
            new JObject { ["__Region__"] = region, ["__TableName__"] = table["TableName"]!.DeepClone() });
        var permissions = table["Permissions"] is JArray { Count: > 0 } asked ? asked.Select(p => (string)p!).ToList() : [.. TableCategories];
        GraphQLConnectors.Emit(build, id + "ToTableConnector", GraphQLConnectors.DataSource(id, roleId),
            GraphQLConnectors.Destination("AWS::DynamoDB::Table", tableArn), permissions);
        return id;
    }

    private static string EmitFunction(GraphQLApiBuild build, string name, JObject function)
    {
        var id = $"{build.Id}{name}LambdaDataSource";
        var config = new JObject { ["LambdaFunctionArn"] = function["FunctionArn"]!.DeepClone() };
        var roleId = EmitDataSource(build, id, name, function, "AWS_LAMBDA", "LambdaConfig", config);
        if (roleId is not null)
        {
            GraphQLConnectors.Emit(build, id + "ToLambdaConnector", GraphQLConnectors.DataSource(id, roleId),
                GraphQLConnectors.Destination("AWS::Lambda::Function", function["FunctionArn"]!.DeepClone()), ["Write"]);
        }
        return id;
    }

    /// <summary>Emits the data source (and its role when it has none); returns the generated role's id, or null.</summary>
    private static string? EmitDataSource(GraphQLApiBuild build, string id, string name, JObject source, string type, string configName, JObject config)
    {
        var roleArn = GraphQLApiBuild.TruthyValue(source, "ServiceRoleArn");
        var roleId = roleArn is null ? id + "Role" : null;
        var properties = new JObject
        {
            ["ApiId"] = build.ApiIdRef,
            ["Name"] = GraphQLApiBuild.TruthyValue(source, "Name") ?? name,
            ["Type"] = type,
            ["ServiceRoleArn"] = roleArn ?? Intrinsics.GetAtt(roleId!, "Arn"),
            [configName] = config,
        };
        properties.SetIf("Description", GraphQLApiBuild.Value(source, "Description"));
        build.Emit(id, "AWS::AppSync::DataSource", properties);
        if (roleId is not null) build.EmitRole(roleId);
        return roleId;
    }

    /// <summary>The data source of type <c>NONE</c> the functions that name <c>NONE</c> share: <c>&lt;Api&gt;NoneDataSource</c>.</summary>
    public static void EmitNone(GraphQLApiBuild build, string id) =>
        build.Emit(id, "AWS::AppSync::DataSource", new JObject { ["ApiId"] = build.ApiIdRef, ["Name"] = id, ["Type"] = "NONE" });
}
