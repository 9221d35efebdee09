using Newtonsoft.Json.Linq;
using SamTransform.Data;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// When the caller passes an <see cref="ILocalArtifactResolver"/>, replaces local artifact paths with the S3 locations
/// the packaging step would write, for the properties listed in <c>Data/local_artifacts.json</c>. Runs after Globals
/// so a <c>CodeUri</c> given there is seen too.
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
            foreach (var entry in properties.Properties())
            {
                if (props[entry.Name] is not JValue { Type: JTokenType.String } value) continue;
                var form = Enum.Parse<LocalArtifactForm>((string)entry.Value!);
                if (resolver.Resolve(resource.Type, entry.Name, value, form) is { } replacement) props[entry.Name] = replacement;
            }
        }
    }
}
