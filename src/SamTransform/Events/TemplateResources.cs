using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Events;

/// <summary>Helpers for events that merge into another resource of the template (an S3 bucket, a Cognito user pool).</summary>
internal static class TemplateResources
{
    /// <summary>
    /// The resource a <c>{"Ref": id}</c> names, as it will be written to the output, or null when the value is no
    /// <c>Ref</c> or the id is not in the template. A <c>Ref</c> to something other than a string is
    /// <paramref name="notAString"/>'s error.
    /// </summary>
    public static (string Id, JObject Resource)? Referenced(FunctionEventContext context, JToken? value, Func<JToken, SamException> notAString)
    {
        if (value is not JObject reference || reference["Ref"] is not { } target) return null;
        if (target.Type != JTokenType.String) throw notAString(target);
        var id = (string)target!;
        if (context.Transform.FindResource(id) is not { } resource) return null;
        return (id, context.Transform.Output[id] as JObject ?? resource.Definition);
    }

    /// <summary>
    /// The value of <paramref name="name"/>, first set to <paramref name="create"/>'s value when absent or null; a
    /// value of another type than <typeparamref name="T"/> is <paramref name="wrongType"/>'s error about
    /// <paramref name="resourceId"/>.
    /// </summary>
    public static T Child<T>(JObject parent, string name, string resourceId, string wrongType) where T : JToken, new()
    {
        var value = parent[name];
        if (value is null || value.Type == JTokenType.Null)
        {
            value = new T();
            parent[name] = value;
        }
        return value as T ?? throw new SamException(wrongType, value) { ResourceIdOverride = resourceId };
    }
}
