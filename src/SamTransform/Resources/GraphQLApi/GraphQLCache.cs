using Newtonsoft.Json.Linq;

namespace SamTransform.Resources.GraphQLApi;

/// <summary><c>Cache</c> → <c>AWS::AppSync::ApiCache</c> <c>&lt;Api&gt;ApiCache</c>, its settings as written.</summary>
public static class GraphQLCache
{
    private static readonly string[] Settings = ["ApiCachingBehavior", "Ttl", "Type", "AtRestEncryptionEnabled", "TransitEncryptionEnabled"];

    public static void Emit(GraphQLApiBuild build)
    {
        if (build.Api.Get("Cache") is not JObject cache) return;
        var properties = new JObject { ["ApiId"] = build.ApiIdRef };
        foreach (var name in Settings) properties.SetIf(name, GraphQLApiBuild.Value(cache, name));
        build.Emit(build.Id + "ApiCache", "AWS::AppSync::ApiCache", properties);
    }
}
