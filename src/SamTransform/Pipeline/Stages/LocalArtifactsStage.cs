using Newtonsoft.Json.Linq;
using SamTransform.Data;
using SamTransform.Reading;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// When the caller passes an <see cref="ILocalArtifactResolver"/>, replaces local artifact paths with the S3 locations
/// the packaging step would write, for the properties listed in <c>Data/local_artifacts.json</c> (a dotted path reaches
/// into maps, <c>*</c> standing for every entry: <c>Functions.*.CodeUri</c>). Runs after Globals so a <c>CodeUri</c>
/// given there is seen too. A zip function without a <c>CodeUri</c>, or with an empty one, is packaged from the
/// template's folder, as <c>sam package</c> and AWS's .NET tooling (<c>"CodeUri": ""</c> in its project templates) read it.
/// </summary>
public sealed class LocalArtifactsStage : ITransformStage
{
    public string Name => "local-artifacts";

    public void Run(TransformContext context)
    {
        if (context.Options.LocalArtifacts is not { } resolver) return;
        var table = (JObject)EmbeddedData.Load("local_artifacts.json");
        foreach (var resource in context.Resources)
        {
            if (table[resource.Type] is not JObject properties || resource.Definition["Properties"] is not JObject props) continue;
            if (resource.Type == "AWS::Serverless::Function") DefaultCodeUri(props);
            foreach (var entry in properties.Properties())
            {
                // An image function's CodeUri is not read by the transform (AWS's ignores it too).
                if (entry.Name == "CodeUri" && resource.Type == "AWS::Serverless::Function" && props["PackageType"] is JValue { Type: JTokenType.String } packageType && (string)packageType! == "Image") continue;
                var form = Enum.Parse<LocalArtifactForm>((string)entry.Value!);
                var path = entry.Name.Split('.');
                foreach (var (owner, name) in Owners(props, path, 0))
                {
                    if (owner[name] is not JValue { Type: JTokenType.String } value) continue;
                    if (resolver.Resolve(resource.Type, name, value, form) is { } replacement) owner[name] = replacement;
                }
            }
        }
    }

    private static void DefaultCodeUri(JObject properties)
    {
        if (properties["InlineCode"] is not null || properties["ImageUri"] is not null) return;
        if (properties["PackageType"] is { } packageType && !IsString(packageType, "Zip")) return;
        var written = properties["CodeUri"];
        if (written is not null && !IsString(written, "")) return;
        var folder = new JValue(".");
        if (SourceLocation.Nearest(written ?? properties) is { } at) SourceAnnotation.Attach(folder, at);
        properties["CodeUri"] = folder;
    }

    private static bool IsString(JToken token, string text) => token is JValue { Type: JTokenType.String } value && (string)value! == text;

    /// <summary>The maps that hold the last segment of <paramref name="path"/>, with that name.</summary>
    private static IEnumerable<(JObject Owner, string Name)> Owners(JObject map, string[] path, int at)
    {
        if (at == path.Length - 1)
        {
            yield return (map, path[at]);
            yield break;
        }
        IEnumerable<JToken> children = path[at] == "*" ? map.PropertyValues() : map[path[at]] is { } child ? [child] : [];
        foreach (var next in children.OfType<JObject>())
            foreach (var owner in Owners(next, path, at + 1)) yield return owner;
    }
}
