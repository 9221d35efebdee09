using Newtonsoft.Json.Linq;
using SamTransform.Reading;

namespace SamTransform.Model.Python27;

/// <summary>
/// Whether a string of a document is, in the reference transform, a Python 2 <c>unicode</c> (rendered <c>u'...'</c>)
/// or a native <c>str</c> (<c>'...'</c>).
/// <para>
/// The default: a string value or a property name that carries a source position (read from the template: YAML
/// annotation or JSON line info, kept by <c>DeepClone</c>) is <c>unicode</c>; one the transform creates is <c>str</c>.
/// Every string of the user's template is unicode, keys included (<c>Ref</c>/<c>Fn::*</c> keys written as
/// <c>!Ref</c>/<c>!Sub</c> tags, the items of a <c>!GetAtt A.B</c>, keys written <c>200:</c> — the reference reads
/// the template as JSON).
/// </para>
/// <para>
/// What the reference builds from the template's strings keeps their kind when it formats or concatenates them
/// (a method lower-cased from the template stays <c>u'get'</c>, an integration uri formatted with the function's
/// logical id is <c>u'arn:...${Fn.Arn}...'</c>), while fixed texts it writes itself are <c>str</c>
/// (<c>'x-amazon-apigateway-integration'</c>, <c>'POST'</c>, <c>'aws_proxy'</c>, <c>{'Ref': 'AWS::StackName'}</c>).
/// Code that builds such a value from template text marks it with <see cref="MarkUnicode{T}"/>; a template value
/// the reference replaces by its own text is marked <see cref="MarkNative{T}"/>. A mark applies to the strings
/// present when it is made (values and property names, at any depth); it is copied by <c>DeepClone</c>.
/// </para>
/// </summary>
public static class Py27Strings
{
    /// <summary>True when the string value renders <c>u'...'</c>.</summary>
    public static bool IsUnicode(JValue value) =>
        value.Annotation<Kind>() is { } kind ? kind.Unicode : SourceLocation.Of(value) is not null;

    /// <summary>True when the property name renders <c>u'...'</c>.</summary>
    public static bool IsUnicode(JProperty property) =>
        property.Annotation<Kind>() is { } kind ? kind.Unicode : SourceLocation.Of(property) is not null;

    /// <summary>Marks every string in <paramref name="token"/> (values and property names, deep) as <c>unicode</c>.</summary>
    public static T MarkUnicode<T>(T token) where T : JToken => Mark(token, Kind.UnicodeKind);

    /// <summary>Marks every string in <paramref name="token"/> (values and property names, deep) as native <c>str</c>.</summary>
    public static T MarkNative<T>(T token) where T : JToken => Mark(token, Kind.NativeKind);

    /// <summary>Marks only the name of <paramref name="property"/> as <c>unicode</c> (a key made from template text).</summary>
    public static JProperty MarkUnicodeName(JProperty property) => MarkName(property, Kind.UnicodeKind);

    /// <summary>Marks only the name of <paramref name="property"/> as native <c>str</c>.</summary>
    public static JProperty MarkNativeName(JProperty property) => MarkName(property, Kind.NativeKind);

    private static JProperty MarkName(JProperty property, Kind kind)
    {
        property.RemoveAnnotations<Kind>();
        property.AddAnnotation(kind);
        return property;
    }

    private static T Mark<T>(T token, Kind kind) where T : JToken
    {
        IEnumerable<JToken> tokens = token is JContainer container ? container.DescendantsAndSelf() : [token];
        foreach (var t in tokens)
        {
            if (t is JProperty or JValue { Type: JTokenType.String })
            {
                t.RemoveAnnotations<Kind>();
                t.AddAnnotation(kind);
            }
        }
        return token;
    }

    /// <summary>An explicit mark; immutable and shared, so copying annotations copies the mark.</summary>
    private sealed class Kind
    {
        public static readonly Kind UnicodeKind = new(true);
        public static readonly Kind NativeKind = new(false);

        private Kind(bool unicode) => Unicode = unicode;

        public bool Unicode { get; }
    }
}
