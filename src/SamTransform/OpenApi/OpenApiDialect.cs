using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.OpenApi;

/// <summary>
/// The two document formats API Gateway imports: Swagger 2.0 (REST APIs; security schemes under
/// <c>securityDefinitions</c>) and OpenAPI 3 (REST and HTTP APIs; under <c>components.securitySchemes</c>). What differs
/// between them lives here; paths, methods and integrations are the same in both (<see cref="OpenApiDocument"/>).
/// </summary>
public abstract partial class OpenApiDialect
{
    public static readonly OpenApiDialect Swagger2 = new Swagger2Dialect();
    public static readonly OpenApiDialect OpenApi3 = new OpenApi3Dialect();

    /// <summary>The top-level key holding the version (<c>swagger</c> or <c>openapi</c>).</summary>
    public abstract string VersionKey { get; }

    /// <summary>The version SAM writes in the documents it generates.</summary>
    public abstract string DefaultVersion { get; }

    /// <summary>The map that holds the document's security schemes (created when missing).</summary>
    public abstract JObject SecuritySchemes(JObject root);

    /// <summary>
    /// The document SAM generates for an API without a definition: the version, <c>info</c> titled after the stack,
    /// and no paths.
    /// </summary>
    public JObject Skeleton() => new()
    {
        [VersionKey] = DefaultVersion,
        ["info"] = new JObject { ["version"] = "1.0", ["title"] = Intrinsics.Ref("AWS::StackName") },
        ["paths"] = new JObject(),
    };

    /// <summary>A document with an <c>openapi</c> version 3.x (a string, or a number such as <c>3.0</c>).</summary>
    public static bool IsOpenApi3(JObject root) =>
        Scalars.IsTruthy(root["openapi"]) && root["openapi"] is JValue version && Version3().IsMatch(Scalars.ToText(version));

    /// <summary>The dialect of a document: OpenAPI 3 when it says so, else Swagger 2.0.</summary>
    public static OpenApiDialect Of(JObject root) => IsOpenApi3(root) ? OpenApi3 : Swagger2;

    internal static JObject Section(JObject parent, string name)
    {
        if (parent[name] is JObject existing) return existing;
        var created = new JObject();
        parent[name] = created;
        return created;
    }

    [GeneratedRegex(@"\A3(\.\d)(\.\d)?$")]
    private static partial Regex Version3();

    private sealed class Swagger2Dialect : OpenApiDialect
    {
        public override string VersionKey => "swagger";
        public override string DefaultVersion => "2.0";
        public override JObject SecuritySchemes(JObject root) => Section(root, "securityDefinitions");
    }

    private sealed class OpenApi3Dialect : OpenApiDialect
    {
        public override string VersionKey => "openapi";
        public override string DefaultVersion => "3.0.1";
        public override JObject SecuritySchemes(JObject root) => Section(Section(root, "components"), "securitySchemes");
    }
}
