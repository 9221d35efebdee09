using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Connectors;

/// <summary>
/// Fills a profile's statements or permission properties with the endpoints' values. A string that is exactly
/// <c>%{Source.Arn}</c> becomes the value itself; a string with other text around placeholders becomes
/// <c>Fn::Sub</c> with one variable per placeholder (<c>${SourceArn}</c>); a string with only <c>${AWS::...}</c>
/// becomes a plain <c>Fn::Sub</c>.
/// </summary>
public static partial class ProfileTemplate
{
    [GeneratedRegex(@"%\{(Source|Destination)\.(\w+)\}")]
    private static partial Regex Placeholder();

    /// <summary>A filled copy of <paramref name="template"/>; the first placeholder without a value is an error.</summary>
    public static JToken Render(JToken template, ConnectorEndpoint source, ConnectorEndpoint destination, SamResource connector) =>
        template switch
        {
            JObject obj => new JObject(obj.Properties().Select(p => new JProperty(p.Name, Render(p.Value, source, destination, connector)))),
            JArray array => new JArray(array.Select(item => Render(item, source, destination, connector))),
            JValue { Type: JTokenType.String } text => RenderString((string)text!, source, destination, connector),
            _ => template.DeepClone(),
        };

    private static JToken RenderString(string text, ConnectorEndpoint source, ConnectorEndpoint destination, SamResource connector)
    {
        var matches = Placeholder().Matches(text);
        if (matches.Count == 0) return text.Contains("${", StringComparison.Ordinal) ? Intrinsics.Sub(text) : text;

        var variables = new JObject();
        var sub = new StringBuilder();
        var at = 0;
        foreach (Match match in matches)
        {
            var side = match.Groups[1].Value;
            var property = match.Groups[2].Value;
            var endpoint = side == "Source" ? source : destination;
            var value = endpoint[property] ?? throw connector.Invalid($"{side}.{property} is missing.", endpoint.Node);
            if (matches.Count == 1 && match.Length == text.Length) return value.DeepClone();
            var variable = side + property;
            variables[variable] = value.DeepClone();
            sub.Append(text, at, match.Index - at).Append("${").Append(variable).Append('}');
            at = match.Index + match.Length;
        }
        sub.Append(text, at, text.Length - at);
        return Intrinsics.Sub(sub.ToString(), variables);
    }
}
