using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Model;

/// <summary>
/// One entry of the template's <c>Resources</c> section, with typed access to its attributes and properties.
/// Property readers validate types and raise the reference transform's messages, so expanders stay declarative.
/// </summary>
public sealed class SamResource
{
    public static readonly string[] PassThroughAttributes = ["Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy", "Metadata", "UpdatePolicy", "CreationPolicy", "IgnoreGlobals"];

    public SamResource(string logicalId, JObject definition)
    {
        LogicalId = logicalId;
        Definition = definition;
        Type = definition["Type"]?.Type == JTokenType.String ? definition.Value<string>("Type")! : "";
    }

    public string LogicalId { get; }
    public string Type { get; }

    /// <summary>The template wrote the id as a key that is not text (<c>0:</c> in YAML): SAM does not take it as an id.</summary>
    public bool KeyIsNotText { get; init; }

    /// <summary>CloudFormation's rule for a written logical id: 1 to 255 ASCII letters and digits, written as text.</summary>
    public bool HasValidLogicalId => !KeyIsNotText && LogicalId.Length <= 255 && IsAlphanumericId(LogicalId);

    /// <summary>SAM's rule for the ids of the resources it handles and generates: ASCII letters and digits only.</summary>
    public static bool IsAlphanumericId(string id) => id.Length > 0 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>The resource as written (after Globals are merged).</summary>
    public JObject Definition { get; }

    /// <summary>The <c>Properties</c> map; created empty on first use when the resource has none.</summary>
    public JObject Properties
    {
        get
        {
            if (Definition["Properties"] is JObject p) return p;
            var created = new JObject();
            if (Definition["Properties"] is null || Definition["Properties"]!.Type == JTokenType.Null) Definition["Properties"] = created;
            return created;
        }
    }

    public JToken? Condition => Definition["Condition"];
    public JToken? DependsOn => Definition["DependsOn"];
    public JToken? DeletionPolicy => Definition["DeletionPolicy"];
    public JToken? UpdateReplacePolicy => Definition["UpdateReplacePolicy"];
    public JToken? Metadata => Definition["Metadata"];

    public JToken? this[string property] => Properties[property];

    public bool Has(string property) => Properties[property] is { } t && t.Type != JTokenType.Null;

    public SamException Invalid(string message, JToken? node = null) => new(message, node ?? (JToken?)Definition.Parent ?? Definition);

    /// <summary>A property that must be a string when present.</summary>
    public string? GetString(string property)
    {
        var token = Properties[property];
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token.Type != JTokenType.String) throw Invalid($"Type of property '{property}' is invalid.", token);
        return token.Value<string>();
    }

    /// <summary>A property that may be a string or an intrinsic function.</summary>
    public JToken? GetStringOrIntrinsic(string property)
    {
        var token = Properties[property];
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token.Type == JTokenType.String || Intrinsics.IsIntrinsic(token)) return token;
        throw Invalid($"Type of property '{property}' is invalid.", token);
    }

    public JObject? GetMap(string property)
    {
        var token = Properties[property];
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token is JObject obj) return obj;
        throw Invalid($"Type of property '{property}' is invalid.", token);
    }

    public JToken? Get(string property)
    {
        var token = Properties[property];
        return token is null || token.Type == JTokenType.Null ? null : token;
    }

    public IEnumerable<string> PropertyNames => Properties.Properties().Select(p => p.Name);
}
