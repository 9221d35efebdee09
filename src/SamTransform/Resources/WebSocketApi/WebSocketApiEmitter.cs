using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.WebSocketApi;

/// <summary>
/// Emits a WebSocket API's resources. Two routes whose keys differ only in case (<c>send</c>, <c>Send</c>) make the
/// same ids: as in the reference, the later one replaces the earlier (a clash with any other resource is an error).
/// </summary>
internal sealed class WebSocketApiEmitter(SamResource api, TransformContext context)
{
    private readonly HashSet<string> _emitted = new(StringComparer.Ordinal);

    public void Emit(string logicalId, JObject resource)
    {
        if (_emitted.Contains(logicalId)) context.SetOutput(logicalId, resource);
        else context.Emit(api, logicalId, resource);
        _emitted.Add(logicalId);
    }
}
