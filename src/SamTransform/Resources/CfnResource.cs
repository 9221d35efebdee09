using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Resources;

/// <summary>Builds CloudFormation resource objects and carries SAM resource attributes onto them.</summary>
public static class CfnResource
{
    public static JObject Create(string type, JObject? properties = null)
    {
        var resource = new JObject { ["Type"] = type };
        if (properties is not null) resource["Properties"] = properties;
        return resource;
    }

    /// <summary>The resource's <c>Type</c> when it is a string (a template may hold anything there).</summary>
    public static string? TypeOf(JObject resource) => resource["Type"] is JValue { Type: JTokenType.String } type ? (string)type! : null;

    /// <summary>
    /// A resource type in words, for people: its last part split at capitals (<c>AWS::Lambda::EventSourceMapping</c>:
    /// "event source mapping").
    /// </summary>
    public static string Noun(string? type)
    {
        var name = type is null ? "resource" : type[(type.LastIndexOf(':') + 1)..];
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || i + 1 < name.Length && char.IsLower(name[i + 1]))) words.Append(' ');
            words.Append(i + 1 < name.Length && char.IsUpper(name[i + 1]) && char.IsUpper(c) ? c : char.ToLowerInvariant(c));
        }
        return words.ToString();
    }

    public static JObject Props(JObject resource)
    {
        if (resource["Properties"] is JObject p) return p;
        var created = new JObject();
        resource["Properties"] = created;
        return created;
    }

    /// <summary>Copies <c>Condition</c>, <c>DeletionPolicy</c> and <c>UpdateReplacePolicy</c>: what SAM passes to every generated resource.</summary>
    public static JObject WithPassThrough(this JObject resource, SamResource source)
    {
        foreach (var name in (string[])["Condition", "DeletionPolicy", "UpdateReplacePolicy"])
            if (source.Definition[name] is { } value) resource[name] = value.DeepClone();
        return resource;
    }

    /// <summary>Sets a property when the value is present.</summary>
    public static void SetIf(this JObject properties, string name, JToken? value)
    {
        if (value is not null && value.Type != JTokenType.Null) properties[name] = value;
    }

    /// <summary>Adds a logical id to a resource's <c>DependsOn</c>, keeping it a list.</summary>
    public static void AddDependsOn(this JObject resource, string logicalId)
    {
        var existing = resource["DependsOn"];
        JArray list = existing switch
        {
            JArray a => a,
            JValue { Type: JTokenType.String } s => new JArray(s.Value<string>()!),
            _ => new JArray(),
        };
        if (!list.Any(x => x.Type == JTokenType.String && (string)x! == logicalId)) list.Add(logicalId);
        resource["DependsOn"] = list;
    }
}
