using Newtonsoft.Json.Linq;

namespace SamTransform.Resources.GraphQLApi;

/// <summary><c>ApiKeys</c>: each entry → <c>AWS::AppSync::ApiKey</c> <c>&lt;Api&gt;&lt;Name&gt;</c> (<c>ExpiresOn</c> is <c>Expires</c>).</summary>
public static class GraphQLApiKeys
{
    public static void Emit(GraphQLApiBuild build)
    {
        if (build.Api.Get("ApiKeys") is not JObject keys) return;
        foreach (var (name, value) in keys)
        {
            var key = (JObject)value!;
            var properties = new JObject { ["ApiId"] = build.ApiIdRef };
            properties.SetIf("ApiKeyId", GraphQLApiBuild.Value(key, "ApiKeyId"));
            properties.SetIf("Description", GraphQLApiBuild.Value(key, "Description"));
            properties.SetIf("Expires", GraphQLApiBuild.Value(key, "ExpiresOn"));
            build.Emit(build.Id + name, "AWS::AppSync::ApiKey", properties);
        }
    }
}
