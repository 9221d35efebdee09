using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.Reading;

namespace SamTransform.Pipeline;

/// <summary>
/// The intrinsic resolution SAM itself performs on a few properties: a <c>Ref</c> to a template parameter (or to
/// <c>AWS::Region</c> / <c>AWS::Partition</c>) becomes its value; in an <c>Fn::Sub</c> text, each <c>${Name}</c> naming
/// one of them is replaced by its value and the <c>Fn::Sub</c> stays (<c>${!Literal}</c>, <c>${Res.Attr}</c> and other
/// names are left, even a name the list form's variables define). Everything else stays for CloudFormation.
/// </summary>
public static class ParameterResolver
{
    /// <summary>
    /// Returns a resolved copy of <paramref name="value"/> (the input is not changed). Every token of the copy keeps
    /// the source position of the token it replaces, so an error about the resolved value still points at the line.
    /// </summary>
    public static JToken Resolve(JToken value, IReadOnlyDictionary<string, JToken> parameters)
    {
        var resolved = ResolveToken(value, parameters);
        if (SourceLocation.Of(resolved) is null && SourceLocation.Of(value) is { } at) SourceAnnotation.Attach(resolved, at);
        return resolved;
    }

    private static JToken ResolveToken(JToken value, IReadOnlyDictionary<string, JToken> parameters)
    {
        switch (value)
        {
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Ref") && obj["Ref"]!.Type == JTokenType.String:
                return parameters.TryGetValue((string)obj["Ref"]!, out var v) ? v.DeepClone() : obj.DeepClone();
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Fn::Sub") && obj["Fn::Sub"] is JValue { Type: JTokenType.String } text:
                return new JObject { ["Fn::Sub"] = Keep(text, new JValue(Substitute(text, parameters))) };
            case JObject obj when Intrinsics.IsIntrinsic(obj, "Fn::Sub") && obj["Fn::Sub"] is JArray { Count: > 0 } list && list[0] is JValue { Type: JTokenType.String } first:
                var arguments = new JArray(Keep(first, new JValue(Substitute(first, parameters))));
                foreach (var argument in list.Skip(1)) arguments.Add(Resolve(argument, parameters));
                return new JObject { ["Fn::Sub"] = arguments };
            case JObject obj:
                var copy = new JObject();
                foreach (var p in obj.Properties()) copy[p.Name] = Resolve(p.Value, parameters);
                return copy;
            case JArray array:
                return new JArray(array.Select(x => Resolve(x, parameters)));
            default:
                return value.DeepClone();
        }
    }

    /// <summary>
    /// Replaces each <c>${Name}</c> of a <c>Fn::Sub</c> text that names a parameter with its value, which must be a
    /// string: any other value fails the whole document, alone (the reference's check).
    /// </summary>
    private static string Substitute(JValue token, IReadOnlyDictionary<string, JToken> parameters)
    {
        var text = (string)token!;
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (end < 0) { sb.Append(text, i, text.Length - i); break; }
            var name = text[(start + 2)..end];
            sb.Append(text, i, start - i);
            if (parameters.TryGetValue(name, out var value))
            {
                if (value.Type != JTokenType.String)
                    throw new SamDocumentException("Structure of the SAM template is invalid. " + DiagnosticCatalog.SubVariableNotAString(PythonRepr.Repr(value, PythonRepr.Python3)), token) { Halts = true };
                sb.Append((string)value!);
            }
            else sb.Append(text, start, end + 1 - start);
            i = end + 1;
        }
        return sb.ToString();
    }

    /// <summary>A replacement token with the source position of the token it replaces.</summary>
    private static JToken Keep(JToken original, JToken replacement)
    {
        if (SourceLocation.Of(original) is { } at) SourceAnnotation.Attach(replacement, at);
        return replacement;
    }
}
