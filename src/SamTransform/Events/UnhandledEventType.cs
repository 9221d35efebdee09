using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.Pipeline;
using SamTransform.Resources.RestApi;

namespace SamTransform.Events;

/// <summary>The error for an event whose <c>Type</c> no registered event source handles.</summary>
public static class UnhandledEventType
{
    /// <param name="resourceType">The SAM type the event belongs to.</param>
    /// <param name="samEventTypes">The event types SAM accepts on that type (from <see cref="SamTypes"/>).</param>
    /// <param name="context">The transform, to know whether the template has a REST API (see <see cref="TypeText"/>).</param>
    public static SamException For(string resourceType, string eventId, JObject definition, IReadOnlyList<string> samEventTypes, TransformContext context)
    {
        var type = definition["Type"];
        // A type SAM has and this tool lacks: say so, the template is not at fault.
        if (type is JValue { Type: JTokenType.String } name && samEventTypes.Contains((string)name!, StringComparer.Ordinal))
            return new SamDiagnosticException((id, at, path) => DiagnosticCatalog.EventTypeNotSupported(id, resourceType, eventId, (string)name!, at, path), name) { EventId = eventId };
        // SAM's own words for a type it does not know on this resource (None when the key is missing).
        return new SamException($"Resource dict has missing or invalid value for key Type. Event Type is: {TypeText(type, HasRestApi(context))}.", (JToken?)type ?? definition) { EventId = eventId };
    }

    /// <summary>
    /// The <c>str()</c> of the Type as the reference writes it. A text is itself; a map or a list is a Python literal:
    /// Python 3's, unless the template has a REST API (an <c>AWS::Serverless::Api</c> or the implicit one), when it is
    /// Python 2.7's — dicts in 2.7 order, and each string <c>u'...'</c> unless it is empty or only ASCII letters and
    /// digits (<c>{u'Fn::If': ['C', 'Api', {'Ref': u'AWS::NoValue'}]}</c>).
    /// </summary>
    public static string TypeText(JToken? type, bool restApi) =>
        restApi && type is JContainer ? PythonRepr.Repr(type, Py27Dialect) : PythonValues.Str(type);

    private static readonly PythonRepr.Dialect Py27Dialect =
        new(Py27Dict.Order, (sb, s, _) => Py27Repr.WriteString(sb, s, unicode: !s.All(char.IsAsciiLetterOrDigit)), LongSuffix: true);

    private static bool HasRestApi(TransformContext context) =>
        context.Resources.Any(r => r.Type == RestApiKind.SamResourceType);
}
