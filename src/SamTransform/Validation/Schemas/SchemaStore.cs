using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace SamTransform.Validation.Schemas;

/// <summary>A loaded resource schema and the names CloudFormation treats specially.</summary>
public sealed record ResourceSchema(JsonSchema Schema, IReadOnlySet<string> ReadOnly, IReadOnlyList<string> PropertyNames);

/// <summary>
/// CloudFormation resource schemas by type: the bundled ones (generated into <c>schemas/cfn/</c> for the types SAM
/// emits) or a folder of official per-type files. Each schema is prepared and loaded once per process.
/// </summary>
public sealed class SchemaStore
{
    private static readonly ConcurrentDictionary<string, SchemaStore> Stores = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ResourceSchema?>> _byType = new(StringComparer.Ordinal);
    private readonly Func<string, string?> _load;

    private SchemaStore(Func<string, string?> load, Func<IEnumerable<string>> types)
    {
        _load = load;
        KnownTypes = new Lazy<IReadOnlyList<string>>(() => [.. types()]);
    }

    /// <summary>The schemas compiled into the library.</summary>
    public static SchemaStore Bundled { get; } = new(BundledText, BundledTypes);

    /// <summary>Official schemas in <paramref name="directory"/> (file <c>aws-lambda-function.json</c> for <c>AWS::Lambda::Function</c>).</summary>
    public static SchemaStore FromDirectory(string directory) => Stores.GetOrAdd(Path.GetFullPath(directory), dir => new SchemaStore(
        type => File.Exists(Path.Combine(dir, FileName(type))) ? File.ReadAllText(Path.Combine(dir, FileName(type))) : null,
        () => Directory.EnumerateFiles(dir, "*.json").Select(f => TypeNameOf(f)).OfType<string>()));

    /// <summary>Every type this store knows (for suggestions).</summary>
    public Lazy<IReadOnlyList<string>> KnownTypes { get; }

    public ResourceSchema? Find(string type) =>
        _byType.GetOrAdd(type, t => new Lazy<ResourceSchema?>(() => _load(t) is { } text ? Prepare(JObject.Parse(text)) : null)).Value;

    public static string FileName(string type) => type.ToLowerInvariant().Replace("::", "-", StringComparison.Ordinal) + ".json";

    /// <summary>Loads a schema the project makes (SAM input), prepared the same way.</summary>
    public static JsonSchema Load(JObject schema) => Prepare(schema).Schema;

    private static string? BundledText(string type) => Embedded("cfn/" + FileName(type));

    private static IEnumerable<string> BundledTypes()
    {
        const string prefix = "SamTransform.Schemas.cfn/";
        foreach (var name in typeof(SchemaStore).Assembly.GetManifestResourceNames())
            if (name.StartsWith(prefix, StringComparison.Ordinal) && Embedded(name[("SamTransform.Schemas.".Length)..]) is { } text && JObject.Parse(text)["typeName"] is JValue t)
                yield return (string)t!;
    }

    private static string? TypeNameOf(string file)
    {
        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(file));
            // typeName is near the top of the official files; read only until it is found.
            while (reader.Read())
                if (reader.TokenType == Newtonsoft.Json.JsonToken.PropertyName && (string?)reader.Value == "typeName" && reader.Depth == 1)
                    return reader.ReadAsString();
        }
        catch (Newtonsoft.Json.JsonException)
        {
        }
        return null;
    }

    private static string? Embedded(string name)
    {
        using var stream = typeof(SchemaStore).Assembly.GetManifestResourceStream("SamTransform.Schemas." + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Makes a resource schema fit for checking templates: read-only properties are taken out of the inputs, keywords
    /// the check does not judge (a <c>format</c> other than those of <see cref="StringFormats"/>) are dropped, and patterns .NET cannot compile are dropped.
    /// </summary>
    private static ResourceSchema Prepare(JObject schema)
    {
        var readOnly = new HashSet<string>(StringComparer.Ordinal);
        if (schema["readOnlyProperties"] is JArray list)
            foreach (var pointer in list.Values<string>())
                if (pointer is not null && pointer.StartsWith("/properties/", StringComparison.Ordinal) && pointer.IndexOf('/', 12) < 0)
                    readOnly.Add(pointer[12..]);
        var properties = schema["properties"] as JObject;
        foreach (var name in readOnly) properties?.Remove(name);
        if (schema["required"] is JArray required)
            foreach (var r in required.Where(r => r.Type == JTokenType.String && readOnly.Contains((string)r!)).ToList()) r.Remove();
        Clean(schema);
        return new ResourceSchema(SchemaLoader.Load(schema), readOnly, properties?.Properties().Select(p => p.Name).ToList() ?? []);
    }

    private static void Clean(JToken token)
    {
        if (token is JObject obj)
        {
            if (obj["format"] is not JValue { Type: JTokenType.String } format || !StringFormats.IsChecked((string)format!)) obj.Remove("format");
            obj.Remove("$schema");
            obj.Remove("$id");
            if (obj["pattern"] is JValue { Type: JTokenType.String } pattern && !Compiles((string)pattern!)) obj.Remove("pattern");
            if (obj["patternProperties"] is JObject pp)
                foreach (var p in pp.Properties().Where(p => !Compiles(p.Name)).ToList()) p.Remove();
            foreach (var property in obj.Properties())
                if (property.Name is not ("enum" or "const" or "examples" or "default")) Clean(property.Value);
        }
        else if (token is JArray array)
        {
            foreach (var item in array) Clean(item);
        }
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
