using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;

namespace SamTransform.Resources.WebSocketApi;

/// <summary>
/// The properties of <c>AWS::Serverless::WebSocketApi</c> and their kinds, in the order the reference checks them: the
/// first wrong or missing one is the error. A null value counts as absent.
/// </summary>
internal static class WebSocketApiProperties
{
    private enum Kind
    {
        /// <summary>A string or a one-key map (an intrinsic function): "Property 'X' should be a string."</summary>
        String,
        /// <summary>A map: "Property 'X' should be a map."</summary>
        Map,
        /// <summary>A boolean or a one-key map: "Type of property 'X' is invalid."</summary>
        Boolean,
        /// <summary>A string or any map: "Type of property 'X' is invalid."</summary>
        StringOrMap,
    }

    private static readonly (string Name, Kind Kind, bool Required)[] Declared =
    [
        ("ApiKeySelectionExpression", Kind.String, false),
        ("AccessLogSettings", Kind.Map, false),
        ("Auth", Kind.Map, false),
        ("DefaultRouteSettings", Kind.Map, false),
        ("Description", Kind.String, false),
        ("DisableExecuteApiEndpoint", Kind.Boolean, false),
        ("Domain", Kind.Map, false),
        ("DisableSchemaValidation", Kind.Boolean, false),
        ("FailOnWarnings", Kind.Boolean, false),
        ("IpAddressType", Kind.String, false),
        ("Name", Kind.String, false),
        ("PropagateTags", Kind.Boolean, false),
        ("Routes", Kind.Map, true),
        ("RouteSettings", Kind.Map, false),
        ("RouteSelectionExpression", Kind.String, true),
        ("StageName", Kind.StringOrMap, false),
        ("StageVariables", Kind.Map, false),
        ("Tags", Kind.Map, false),
    ];

    public static IReadOnlySet<string> Names { get; } = Declared.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Raises the reference's error for the first property of the wrong kind, or required and missing.</summary>
    public static void Check(SamResource api)
    {
        foreach (var (name, kind, required) in Declared)
        {
            var value = api.Get(name);
            if (value is null)
            {
                if (required) throw api.Invalid(DiagnosticCatalog.PropertyDetails.Missing(name));
                continue;
            }
            var ok = kind switch
            {
                Kind.String => value.Type == JTokenType.String || value is JObject { Count: 1 },
                Kind.Map => value is JObject,
                Kind.Boolean => value.Type == JTokenType.Boolean || value is JObject { Count: 1 },
                _ => value.Type == JTokenType.String || value is JObject,
            };
            if (ok) continue;
            throw api.Invalid(kind switch
            {
                Kind.String => DiagnosticCatalog.PropertyDetails.ShouldBeString(name),
                Kind.Map => DiagnosticCatalog.PropertyDetails.ShouldBeMap(name),
                _ => DiagnosticCatalog.PropertyDetails.InvalidType(name),
            }, value);
        }
    }
}
