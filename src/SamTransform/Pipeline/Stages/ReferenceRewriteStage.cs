using Newtonsoft.Json.Linq;
using SamTransform.Resources;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Points <c>Ref</c>s at SAM resources whose generated id differs from the SAM id (layers) to the generated id,
/// in one walk over the output resources and outputs.
/// </summary>
public sealed class ReferenceRewriteStage : ITransformStage
{
    public string Name => "references";

    public void Run(TransformContext context)
    {
        var renames = context.State<LayerVersionExpander.Renames>();
        if (renames.Count == 0) return;
        Rewrite(context.Output, renames);
        if (context.Template["Outputs"] is { } outputs) Rewrite(outputs, renames);
    }

    private static void Rewrite(JToken root, Dictionary<string, string> renames)
    {
        var stack = new Stack<JToken>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            if (token is JObject obj)
            {
                if (obj.Count == 1 && obj["Ref"] is JValue { Type: JTokenType.String } r && renames.TryGetValue((string)r!, out var renamed))
                {
                    obj["Ref"] = renamed;
                    continue;
                }
                foreach (var p in obj.Properties()) stack.Push(p.Value);
            }
            else if (token is JArray array)
            {
                foreach (var item in array) stack.Push(item);
            }
        }
    }
}
