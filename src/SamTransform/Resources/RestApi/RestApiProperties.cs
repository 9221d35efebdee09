using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.RestApi;

/// <summary>The shapes a property of <c>AWS::Serverless::Api</c> may take, and how the reference words a wrong one.</summary>
internal enum ApiPropertyShape
{
    /// <summary>A string or a map (an intrinsic function is a map): "Type of property 'X' is invalid."</summary>
    StringOrMap,
    /// <summary>A boolean or an intrinsic function: "Type of property 'X' is invalid."</summary>
    Boolean,
    /// <summary>A boolean only.</summary>
    StrictBoolean,
    /// <summary>An integer (Python counts a boolean as one) or an intrinsic function.</summary>
    Integer,
    /// <summary>A list or a map.</summary>
    ListOrMap,
    /// <summary>A map: "Property 'X' should be a map."</summary>
    Map,
    /// <summary>A string or an intrinsic function: "Property 'X' should be a string."</summary>
    String,
    /// <summary>A string, a float (<c>3.0</c>) or an intrinsic function: "Property 'X' should be a string."</summary>
    StringOrNumber,
}

/// <param name="Supported">False while this tool does not implement the property ("not supported yet").</param>
internal sealed record ApiProperty(string Name, ApiPropertyShape Shape, bool Supported, bool Required = false);

/// <summary>
/// Every property SAM accepts on <c>AWS::Serverless::Api</c>, in the order the reference checks them: first the
/// "Type of property" checks, then the "should be a ..." ones. The one place to declare a property; the expander reads
/// the supported ones, and a property not implemented yet is reported as such.
/// </summary>
internal static class RestApiProperties
{
    public static readonly ApiProperty[] All =
    [
        new("Name", ApiPropertyShape.StringOrMap, Supported: true),
        new("StageName", ApiPropertyShape.StringOrMap, Supported: true, Required: true),
        new("PropagateTags", ApiPropertyShape.Boolean, Supported: false),
        new("DefinitionUri", ApiPropertyShape.StringOrMap, Supported: true),
        new("MergeDefinitions", ApiPropertyShape.StrictBoolean, Supported: false),
        new("CacheClusterEnabled", ApiPropertyShape.Boolean, Supported: false),
        new("EndpointConfiguration", ApiPropertyShape.StringOrMap, Supported: false),
        new("MethodSettings", ApiPropertyShape.ListOrMap, Supported: false),
        new("BinaryMediaTypes", ApiPropertyShape.ListOrMap, Supported: false),
        new("MinimumCompressionSize", ApiPropertyShape.Integer, Supported: false),
        new("Cors", ApiPropertyShape.StringOrMap, Supported: false),
        new("TracingEnabled", ApiPropertyShape.Boolean, Supported: false),
        new("FailOnWarnings", ApiPropertyShape.Boolean, Supported: false),
        new("DisableExecuteApiEndpoint", ApiPropertyShape.Boolean, Supported: false),
        new("AlwaysDeploy", ApiPropertyShape.StrictBoolean, Supported: false),
        new("Policy", ApiPropertyShape.StringOrMap, Supported: false),
        new("DefinitionBody", ApiPropertyShape.Map, Supported: true),
        new("Variables", ApiPropertyShape.Map, Supported: false),
        new("Tags", ApiPropertyShape.Map, Supported: false),
        new("AccessLogSetting", ApiPropertyShape.Map, Supported: false),
        new("CanarySetting", ApiPropertyShape.Map, Supported: false),
        new("Auth", ApiPropertyShape.Map, Supported: false),
        new("GatewayResponses", ApiPropertyShape.Map, Supported: false),
        new("Models", ApiPropertyShape.Map, Supported: false),
        new("Domain", ApiPropertyShape.Map, Supported: false),
        new("Description", ApiPropertyShape.String, Supported: false),
        new("Mode", ApiPropertyShape.String, Supported: false),
        new("OpenApiVersion", ApiPropertyShape.StringOrNumber, Supported: false),
        new("CacheClusterSize", ApiPropertyShape.String, Supported: false),
        new("ApiKeySourceType", ApiPropertyShape.String, Supported: false),
        new("SecurityPolicy", ApiPropertyShape.String, Supported: false),
        new("EndpointAccessMode", ApiPropertyShape.String, Supported: false),
    ];

    public static readonly IReadOnlySet<string> Names = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The reference's checks of the properties' presence and shapes (null values count as absent).</summary>
    public static void Check(SamResource api)
    {
        foreach (var property in All)
        {
            var value = api.Get(property.Name);
            if (value is null)
            {
                if (property.Required) throw api.Invalid($"Missing required property '{property.Name}'.");
                continue;
            }
            if (!Matches(value, property.Shape))
                throw api.Invalid(property.Shape switch
                {
                    ApiPropertyShape.Map => $"Property '{property.Name}' should be a map.",
                    ApiPropertyShape.String or ApiPropertyShape.StringOrNumber => $"Property '{property.Name}' should be a string.",
                    _ => $"Type of property '{property.Name}' is invalid.",
                }, value);
        }
    }

    /// <summary>A property set (even to a false or empty value) that this tool does not implement yet is its own error, at the property.</summary>
    public static void RejectUnsupported(SamResource api)
    {
        foreach (var property in All)
        {
            if (property.Supported || api.Get(property.Name) is null) continue;
            var name = property.Name;
            throw new SamDiagnosticException((id, at, path) => DiagnosticCatalog.PropertyNotSupported(id, name, RestApiKind.SamResourceType, at, path),
                api.Properties.Property(name, StringComparison.Ordinal));
        }
    }

    private static bool Matches(JToken value, ApiPropertyShape shape) => shape switch
    {
        ApiPropertyShape.StringOrMap => value.Type is JTokenType.String or JTokenType.Object,
        ApiPropertyShape.Boolean => value.Type == JTokenType.Boolean || Intrinsics.IsIntrinsic(value),
        ApiPropertyShape.StrictBoolean => value.Type == JTokenType.Boolean,
        ApiPropertyShape.Integer => value.Type is JTokenType.Integer or JTokenType.Boolean || Intrinsics.IsIntrinsic(value),
        ApiPropertyShape.ListOrMap => value.Type is JTokenType.Array or JTokenType.Object,
        ApiPropertyShape.Map => value.Type == JTokenType.Object,
        ApiPropertyShape.String => value.Type == JTokenType.String || Intrinsics.IsIntrinsic(value),
        ApiPropertyShape.StringOrNumber => value.Type is JTokenType.String or JTokenType.Float || Intrinsics.IsIntrinsic(value),
        _ => false,
    };
}
