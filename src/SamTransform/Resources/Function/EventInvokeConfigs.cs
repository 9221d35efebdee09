using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources;

/// <summary><c>EventInvokeConfig</c>: an <c>AWS::Lambda::EventInvokeConfig</c>, destinations and the role policies they need.</summary>
public static class EventInvokeConfigs
{
    public static void Apply(SamResource fn, TransformContext context, JObject? role, AliasInfo? alias)
    {
        if (fn.Get("EventInvokeConfig") is not { } config) return;
        throw fn.Invalid("EventInvokeConfig is not supported yet.", config);
    }
}
