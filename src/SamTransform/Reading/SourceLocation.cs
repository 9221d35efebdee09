using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Reading;

/// <summary>A 1-based line and column in the template the user wrote.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";

    /// <summary>
    /// The position a token was read from: our own annotation (YAML reader) or Newtonsoft's line info (JSON reader).
    /// Tokens created by the transform carry the annotation of the SAM node they came from.
    /// </summary>
    public static SourceLocation? Of(JToken? token)
    {
        if (token is null) return null;
        var annotation = token.Annotation<SourceAnnotation>();
        if (annotation is not null) return annotation.Location;
        if (token is IJsonLineInfo info && info.HasLineInfo()) return new SourceLocation(info.LineNumber, info.LinePosition);
        return null;
    }

    /// <summary>Position of the token, or of the nearest ancestor that has one.</summary>
    public static SourceLocation? Nearest(JToken? token)
    {
        for (var t = token; t is not null; t = t.Parent)
        {
            var loc = Of(t);
            if (loc is not null) return loc;
        }
        return null;
    }
}

/// <summary>Annotation that ties a JSON token to its place in the source document.</summary>
public sealed class SourceAnnotation(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    public static void Attach(JToken token, SourceLocation location)
    {
        token.RemoveAnnotations<SourceAnnotation>();
        token.AddAnnotation(new SourceAnnotation(location));
    }
}

/// <summary>
/// Marks a mapping key that YAML reads as a number, boolean or null (<c>0:</c>) rather than text. The JSON model keeps
/// every key as a string; rules that require text keys (logical ids) look for this mark.
/// </summary>
public sealed class NonStringKeyAnnotation
{
    public static readonly NonStringKeyAnnotation Instance = new();

    private NonStringKeyAnnotation() { }

    public static bool IsOn(JProperty property) => property.Annotation<NonStringKeyAnnotation>() is not null;
}

/// <summary>
/// The text a number was written with, when its value would print differently (<c>4.0</c>, <c>1e3</c>, <c>0o17</c>):
/// a property of type string receives the text as written, as CloudFormation reads the template.
/// </summary>
public sealed class WrittenNumberAnnotation(string text)
{
    public string Text { get; } = text;

    public static string? Of(JToken? token) => token?.Annotation<WrittenNumberAnnotation>()?.Text;

    /// <summary>A number's text: as written when it was marked, else its invariant form.</summary>
    public static string? TextOf(JValue number) => Of(number) ?? System.Convert.ToString(number.Value, System.Globalization.CultureInfo.InvariantCulture);
}
