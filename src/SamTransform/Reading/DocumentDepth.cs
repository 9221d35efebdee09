using Newtonsoft.Json.Linq;

namespace SamTransform.Reading;

/// <summary>
/// Measures nesting without recursion. The reader already refuses documents deeper than
/// <see cref="TemplateReader.MaxDepth"/>; this guards documents a library caller builds in code, before anything
/// recursive (cloning, writing) touches them.
/// </summary>
public static class DocumentDepth
{
    /// <summary>The first container nested deeper than <paramref name="maxDepth"/>, or null.</summary>
    public static JContainer? FirstTooDeep(JContainer root, int maxDepth)
    {
        var stack = new Stack<(JContainer Container, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (container, depth) = stack.Pop();
            if (depth > maxDepth) return container;
            foreach (var child in container.Children())
            {
                var value = child is JProperty property ? property.Value : child;
                if (value is JContainer nested) stack.Push((nested, depth + 1));
            }
        }
        return null;
    }
}
