using Newtonsoft.Json.Linq;
using SamTransform.Model;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>Resolvers</c>: for each type (<c>Query</c>, <c>Mutation</c>, ...) and field, a pipeline
/// <c>AWS::AppSync::Resolver</c> <c>&lt;Api&gt;&lt;Type&gt;&lt;Name&gt;</c> that waits for the schema. Without code it
/// gets SAM's pass-through JavaScript (request returns <c>{}</c>, response the last function's result).
/// </summary>
public static class GraphQLResolvers
{
    private const string DefaultCode = "\nexport function request(ctx) {\n    return {};\n}\n\nexport function response(ctx) {\n    return ctx.prev.result;\n}\n";

    public static void Emit(GraphQLApiBuild build, Dictionary<string, JToken> functions)
    {
        if (build.Api.Get("Resolvers") is not JObject types) return;
        foreach (var (typeName, fields) in types)
        {
            foreach (var (name, value) in (JObject)fields!)
            {
                var resolver = (JObject)value!;
                var code = GraphQLCode.Optional(resolver, name);
                var runtime = resolver["Runtime"] as JObject;
                if (code is not null && runtime is null) throw GraphQLFunctions.Invalid(name, GraphQL.RuntimeRequired(name), resolver);
                if (resolver["Pipeline"] is not JArray { Count: > 0 } pipeline)
                    throw GraphQLFunctions.Invalid(name, GraphQL.PipelineRequired(name), (JToken?)resolver["Pipeline"] ?? resolver);
                var steps = new JArray();
                foreach (var step in pipeline)
                {
                    var function = GraphQLModel.Text(step)!;
                    steps.Add(functions.TryGetValue(function, out var reference)
                        ? reference.DeepClone()
                        : throw GraphQLFunctions.Invalid(name, GraphQL.UnknownFunction(function), step));
                }

                var properties = new JObject
                {
                    ["ApiId"] = build.ApiIdRef,
                    ["TypeName"] = typeName,
                    ["FieldName"] = Scalars.IsTruthy(resolver["FieldName"]) ? GraphQLModel.AsText(resolver["FieldName"]!) : name,
                    ["Kind"] = "PIPELINE",
                    ["PipelineConfig"] = new JObject { ["Functions"] = steps },
                };
                if (code is null)
                {
                    properties["Code"] = DefaultCode;
                    properties["Runtime"] = new JObject { ["Name"] = "APPSYNC_JS", ["RuntimeVersion"] = "1.0.0" };
                }
                else
                {
                    code.WriteTo(properties);
                    properties["Runtime"] = GraphQLCode.Runtime(runtime!);
                }
                if (resolver["Caching"] is JObject caching) properties["CachingConfig"] = GraphQLApiBuild.Settings(caching);
                properties.SetIf("MaxBatchSize", GraphQLApiBuild.TruthyValue(resolver, "MaxBatchSize"));
                var resource = build.Emit(build.Id + typeName + name, "AWS::AppSync::Resolver", properties);
                resource["DependsOn"] = new JArray(build.SchemaId);
            }
        }
    }
}
