using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Points references at the ids SAM generated (see <see cref="ResourceReferences"/>): <c>Ref</c>,
/// <c>Fn::GetAtt</c> and <c>${...}</c> in <c>Fn::Sub</c>, in one walk over the output resources and outputs.
/// </summary>
public sealed class ReferenceRewriteStage : ITransformStage
{
    public string Name => "references";

    public void Run(TransformContext context)
    {
        var references = context.State<ResourceReferences>();
        if (references.IsEmpty) return;
        Rewrite(context.Output, references);
        foreach (var resource in context.Output.Properties())
            if (resource.Value is JObject definition && definition["DependsOn"] is { } dependsOn)
                definition["DependsOn"] = RewriteDependsOn(dependsOn, references);
        if (context.Template["Outputs"] is { } outputs) Rewrite(outputs, references);
    }

    private static void Rewrite(JToken root, ResourceReferences references)
    {
        var stack = new Stack<JToken>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            if (token is JObject obj)
            {
                if (obj.Count == 1 && RewriteIntrinsic(obj, references)) continue;
                foreach (var p in obj.Properties()) stack.Push(p.Value);
            }
            else if (token is JArray array)
            {
                foreach (var item in array) stack.Push(item);
            }
        }
    }

    /// <summary>A <c>DependsOn</c> naming a renamed SAM resource depends on its generated id instead.</summary>
    private static JToken RewriteDependsOn(JToken dependsOn, ResourceReferences references) => dependsOn switch
    {
        JValue { Type: JTokenType.String } id => references.Renamed((string)id!) ?? (string)id!,
        JArray ids => new JArray(ids.Select(id => RewriteDependsOn(id, references))),
        _ => dependsOn,
    };

    /// <summary>Rewrites a one-key intrinsic in place; true when nothing inside it needs a visit.</summary>
    private static bool RewriteIntrinsic(JObject obj, ResourceReferences references)
    {
        if (obj["Ref"] is JValue { Type: JTokenType.String } r)
        {
            if (references.ForRef((string)r!) is { } id) obj["Ref"] = id;
            return true;
        }
        if (obj["Fn::GetAtt"] is JArray { Count: >= 2 } getAtt && getAtt[0].Type == JTokenType.String && getAtt[1].Type == JTokenType.String)
        {
            var target = (string)getAtt[0]!;
            var attribute = (string)getAtt[1]!;
            var rest = getAtt.Skip(2).ToList();
            if (references.ForProperty(target) is { } id)
            {
                obj["Fn::GetAtt"] = new JArray([id, attribute, .. rest]);
            }
            else if (references.ForProperty(target + "." + attribute) is { } whole)
            {
                // [MyApi, Stage] names the generated resource itself: SAM leaves [id] and the items after.
                obj["Fn::GetAtt"] = new JArray([whole, .. rest]);
            }
            else if (attribute.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && references.ForProperty(target + "." + attribute[..dot]) is { } nested)
            {
                // !GetAtt Fn.Alias.Arn reads as ["Fn", "Alias.Arn"].
                obj["Fn::GetAtt"] = new JArray([nested, attribute[(dot + 1)..], .. rest]);
            }
            else if (references.Renamed(target) is { } renamed)
            {
                obj["Fn::GetAtt"] = new JArray([renamed, attribute, .. rest]);
            }
            return true;
        }
        if (obj["Fn::Sub"] is { } sub)
        {
            if (sub.Type == JTokenType.String) obj["Fn::Sub"] = RewriteSub((string)sub!, references);
            else if (sub is JArray { Count: >= 1 } pair && pair[0].Type == JTokenType.String) pair[0] = RewriteSub((string)pair[0]!, references);
        }
        return false;
    }

    /// <summary>Rewrites <c>${Id.Property}</c>, <c>${Id.Property.Attribute}</c> and <c>${RenamedId}</c> variables.</summary>
    private static string RewriteSub(string text, ResourceReferences references) =>
        SubText.MapVariables(text, name => RewriteVariable(name, references), replaceWhole: false);

    private static string? RewriteVariable(string name, ResourceReferences references)
    {
        if (references.ForRef(name) is { } whole) return whole;
        var firstDot = name.IndexOf('.', StringComparison.Ordinal);
        if (firstDot <= 0) return null;
        var secondDot = name.IndexOf('.', firstDot + 1);
        if (secondDot > 0 && references.ForProperty(name[..secondDot]) is { } withAttribute) return withAttribute + name[secondDot..];
        if (references.Renamed(name[..firstDot]) is { } renamed) return renamed + name[firstDot..];
        return null;
    }
}
