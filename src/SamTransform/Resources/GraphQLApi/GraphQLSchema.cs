using Newtonsoft.Json.Linq;
using SamTransform.Model;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// <c>SchemaInline</c> (the <c>Definition</c>) or <c>SchemaUri</c> (<c>DefinitionS3Location</c>, a local path once
/// <c>sam package</c> has uploaded it) → <c>AWS::AppSync::GraphQLSchema</c> <c>&lt;Api&gt;Schema</c>.
/// </summary>
public static class GraphQLSchema
{
    /// <summary>Exactly one of the two must be set (an empty text counts as unset).</summary>
    public static void Check(SamResource api)
    {
        var inline = api.Get("SchemaInline");
        var uri = api.Get("SchemaUri");
        if (Scalars.IsTruthy(inline) && Scalars.IsTruthy(uri)) throw api.Invalid(GraphQL.BothSchemas, uri);
        if (!Scalars.IsTruthy(inline) && !Scalars.IsTruthy(uri)) throw api.Invalid(GraphQL.NoSchema);
    }

    public static void Emit(GraphQLApiBuild build)
    {
        var properties = new JObject { ["ApiId"] = build.ApiIdRef };
        // Each one set is written, even an empty one beside the other.
        properties.SetIf("Definition", build.Api.Get("SchemaInline")?.DeepClone());
        properties.SetIf("DefinitionS3Location", build.Api.Get("SchemaUri")?.DeepClone());
        build.Emit(build.SchemaId, "AWS::AppSync::GraphQLSchema", properties);
    }
}
