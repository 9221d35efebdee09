using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>Logging</c>: absent, <c>true</c> or a map means a <c>LogConfig</c> (level <c>ALL</c> unless given, and a generated
/// <c>&lt;Api&gt;CloudWatchRole</c> unless <c>CloudWatchLogsRoleArn</c> is given); <c>false</c> turns logging off.
/// </summary>
public static class GraphQLLogging
{
    private const string PushToCloudWatchLogs = "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSAppSyncPushToCloudWatchLogs";

    /// <summary>Writes <c>LogConfig</c>; returns the id of the role to generate, or null.</summary>
    public static string? Apply(GraphQLApiBuild build, JObject properties)
    {
        var logging = build.Api.Get("Logging");
        if (logging is JValue { Type: JTokenType.Boolean } enabled && !(bool)enabled!) return null;
        var settings = logging as JObject ?? [];

        var roleId = Scalars.IsTruthy(settings["CloudWatchLogsRoleArn"]) ? null : build.Id + "CloudWatchRole";
        var config = new JObject
        {
            ["FieldLogLevel"] = GraphQLApiBuild.TruthyValue(settings, "FieldLogLevel") ?? "ALL",
            ["CloudWatchLogsRoleArn"] = roleId is null ? settings["CloudWatchLogsRoleArn"]!.DeepClone() : Intrinsics.GetAtt(roleId, "Arn"),
        };
        config.SetIf("ExcludeVerboseContent", GraphQLApiBuild.TruthyValue(settings, "ExcludeVerboseContent"));
        properties["LogConfig"] = config;
        return roleId;
    }

    public static void EmitRole(GraphQLApiBuild build, string roleId) => build.EmitRole(roleId, Intrinsics.Sub(PushToCloudWatchLogs));
}
