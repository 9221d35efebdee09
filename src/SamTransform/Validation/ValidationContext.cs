using System.Globalization;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Validation;

/// <summary>
/// What rules read: the transformed template, where each generated resource came from, the limits; and the one way
/// to report a problem, at the token it is about (which carries the position the user wrote).
/// </summary>
public sealed class ValidationContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly IReadOnlyDictionary<string, string> _origins;

    private readonly IReadOnlyDictionary<SourceLocation, SourceLocation> _keyOfValue;

    internal ValidationContext(JObject template, IReadOnlyDictionary<string, string> origins, ValidationOptions options, List<Diagnostic> sink, IReadOnlyDictionary<SourceLocation, SourceLocation>? keyOfValue = null)
    {
        _keyOfValue = keyOfValue ?? new Dictionary<SourceLocation, SourceLocation>();
        Template = template;
        Resources = template["Resources"] as JObject ?? new JObject();
        _origins = origins;
        Options = options;
        _diagnostics = sink;
    }

    public JObject Template { get; }

    public JObject Resources { get; }

    private List<Reference>? _references;

    /// <summary>Every reference of the template (collected once for all rules).</summary>
    public IReadOnlyList<Reference> References => _references ??= Validation.References.Collect(Template);

    public ValidationOptions Options { get; }

    public RuleSettings Settings => Options.Settings;

    /// <summary>The resources of a CloudFormation type with their logical ids.</summary>
    public IEnumerable<(string Id, JObject Resource, JObject Properties)> OfType(string type)
    {
        foreach (var property in Resources.Properties())
            if (property.Value is JObject resource && resource["Type"]?.Type == JTokenType.String && (string)resource["Type"]! == type)
                yield return (property.Name, resource, resource["Properties"] as JObject ?? new JObject());
    }

    /// <summary>The SAM resource a generated resource came from; the id itself for resources written in CloudFormation.</summary>
    public string SourceId(string logicalId) => _origins.GetValueOrDefault(logicalId) ?? logicalId;

    /// <summary>Reports at <paramref name="at"/>: position of the token or its nearest positioned ancestor.</summary>
    public void Report(Diagnostic diagnostic, JToken at) =>
        Add(diagnostic, Position(at), ResourceOf(at), at.Path);

    /// <summary>
    /// Where a token was written. A map or list value is reported at its key (where the user sees it start), also when
    /// the transform copied the value under a key of its own.
    /// </summary>
    public SourceLocation? Position(JToken token)
    {
        if (token is JContainer and not JProperty)
        {
            if (token.Parent is JProperty p && SourceLocation.Of(p) is { } key) return key;
            if (SourceLocation.Of(token) is { } at && _keyOfValue.TryGetValue(at, out var written)) return written;
        }
        return SourceLocation.Nearest(token);
    }

    /// <summary>For every map or list in the input written under a key, the key's position by the value's position.</summary>
    internal static Dictionary<SourceLocation, SourceLocation> KeysOfContainers(JObject input)
    {
        var map = new Dictionary<SourceLocation, SourceLocation>();
        foreach (var property in input.Descendants().OfType<JProperty>())
            if (property.Value is JContainer value && SourceLocation.Of(value) is { } at && SourceLocation.Of(property) is { } key)
                map.TryAdd(at, key);
        return map;
    }

    internal void Add(Diagnostic diagnostic, SourceLocation? location, string? logicalId, string? path)
    {
        var level = Settings.Level(diagnostic.Code, diagnostic.Level);
        if (level is null) return;
        _diagnostics.Add(diagnostic with
        {
            Level = level.Value,
            Location = location,
            ResourceId = logicalId is null ? null : SourceId(logicalId),
            Path = path,
        });
    }

    /// <summary>The logical id of the output resource a token belongs to.</summary>
    public string? ResourceOf(JToken token)
    {
        for (var t = token; t is not null; t = t.Parent)
            if (t is JProperty p && ReferenceEquals(p.Parent, Resources)) return p.Name;
        return null;
    }

    /// <summary>The resource a <c>Ref</c> or <c>Fn::GetAtt</c> names, when it is in this template.</summary>
    public (string Id, JObject Resource)? Referenced(JToken? value)
    {
        string? id = null;
        if (value is JObject obj && obj.Count == 1)
        {
            if (obj["Ref"] is JValue { Type: JTokenType.String } r) id = (string)r!;
            else if (obj["Fn::GetAtt"] is JArray { Count: > 0 } a && a[0].Type == JTokenType.String) id = (string)a[0]!;
            else if (obj["Fn::GetAtt"] is JValue { Type: JTokenType.String } s) id = ((string)s!).Split('.')[0];
        }
        return id is not null && Resources[id] is JObject resource ? (id, resource) : null;
    }

    /// <summary>A whole number written as a number or a numeric string; null for intrinsics and anything else.</summary>
    public static long? Integer(JToken? value) => value switch
    {
        JValue { Type: JTokenType.Integer } v => Convert.ToInt64(v.Value, CultureInfo.InvariantCulture),
        JValue { Type: JTokenType.Float } v when Convert.ToDouble(v.Value, CultureInfo.InvariantCulture) is var d && d == Math.Floor(d) && Math.Abs(d) < 1e15 => (long)d,
        JValue { Type: JTokenType.String } v when long.TryParse((string)v!, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>A literal string (numbers and booleans as CloudFormation reads them); null for intrinsics.</summary>
    public static string? Text(JToken? value) => value switch
    {
        JValue { Type: JTokenType.String } v => (string)v!,
        JValue { Type: JTokenType.Integer or JTokenType.Float } v => WrittenNumberAnnotation.TextOf(v),
        JValue { Type: JTokenType.Boolean } v => (bool)v! ? "true" : "false",
        _ => null,
    };

    /// <summary>
    /// The values a token may take at deployment: itself, or each branch of an <c>Fn::If</c> (recursively), leaving out
    /// <c>AWS::NoValue</c>.
    /// </summary>
    public static IEnumerable<JToken> Branches(JToken? value)
    {
        if (value is null || value.Type == JTokenType.Null) yield break;
        if (value is JObject obj && Intrinsics.IsIntrinsic(obj, "Fn::If") && obj["Fn::If"] is JArray { Count: 3 } args)
        {
            foreach (var branch in Branches(args[1])) yield return branch;
            foreach (var branch in Branches(args[2])) yield return branch;
            yield break;
        }
        if (value is JObject r && Intrinsics.IsIntrinsic(r, "Ref") && r["Ref"]?.Type == JTokenType.String && (string)r["Ref"]! == "AWS::NoValue") yield break;
        yield return value;
    }
}
