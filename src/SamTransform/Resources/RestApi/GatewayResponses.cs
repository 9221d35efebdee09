using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>GatewayResponses</c> of an <c>AWS::Serverless::Api</c> → the document's
/// <c>x-amazon-apigateway-gateway-responses</c> (entries set into any the document has): per response type its
/// <c>responseParameters</c> (<c>gatewayresponse.header.*</c> from <c>Headers</c>, then <c>.path.*</c> from
/// <c>Paths</c>, then <c>.querystring.*</c> from <c>QueryStrings</c>), its <c>responseTemplates</c> (as written, <c>{}</c>
/// when empty) and, unless empty, its <c>statusCode</c> as a text. The reference reads every response (type, keys,
/// parameter keys, status code) before it checks the parameter maps while writing them.
/// </summary>
internal static partial class GatewayResponses
{
    public const string Extension = "x-amazon-apigateway-gateway-responses";

    private static readonly HashSet<string> ResponseKeys = new(StringComparer.Ordinal) { "ResponseParameters", "ResponseTemplates", "StatusCode" };

    /// <summary>The parameter maps in the order they are written, with the location each names.</summary>
    private static readonly (string Key, string Location)[] ParameterMaps = [("Headers", "header"), ("Paths", "path"), ("QueryStrings", "querystring")];

    /// <summary>Applies the API's <c>GatewayResponses</c> to its definition (null for a <c>DefinitionUri</c>), or fails as the reference does.</summary>
    public static void Apply(SamResource api, JToken? body)
    {
        var written = api.Get("GatewayResponses");
        if (!Scalars.IsTruthy(written)) return;
        if (body is null) throw api.Invalid(GatewayResponseDetails.OnlyInlineSwagger, written);
        // The reference words this one as for Auth.
        if (RestApiDefinition.TryOpen(body) is not { } document) throw api.Invalid(RestAuthDetails.InvalidSwagger, written);
        var responses = Py27Repr.DictOrder((JObject)written!).ToList();
        foreach (var response in responses) Read(api, response);

        ApiKind.Rest.RecordCopies(document.Root);
        var generated = responses.Select(r => (r.Name, Response: Generate(api, r))).ToList();
        var extension = OpenApiDialect.Section(document.Root, Extension);
        // SAM collects the generated responses in a dict of its own, then sets them in that dict's 2.7 order.
        var byName = generated.ToDictionary(g => g.Name, g => g.Response, StringComparer.Ordinal);
        foreach (var name in Py27Dict.IterationOrder(generated.Select(g => g.Name).ToList()))
        {
            var response = byName[name];
            extension[name] = response;
            Py27Strings.MarkUnicodeName(extension.Property(name, StringComparison.Ordinal)!);
        }
        ApiKind.Rest.RecordCopies(document.Root);
    }

    /// <summary>The checks made when the reference reads a response: its type, its keys, its parameter keys, its status code.</summary>
    private static void Read(SamResource api, JProperty response)
    {
        if (Intrinsics.IsIntrinsic(response.Value)) throw api.Invalid(GatewayResponseDetails.IntrinsicNotSupported, response.Value);
        if (response.Value is not JObject settings)
            throw api.Invalid(GatewayResponseDetails.InvalidType(TypeName(response.Value)), response.Value);
        foreach (var key in Py27Repr.DictOrder(settings))
            if (!ResponseKeys.Contains(key.Name)) throw api.Invalid(GatewayResponseDetails.InvalidProperty(key.Name, response.Name), key);
        if (settings["ResponseParameters"] is JObject parameters)
            foreach (var key in Py27Repr.DictOrder(parameters))
                if (!ParameterMaps.Any(m => m.Key == key.Name)) throw api.Invalid(GatewayResponseDetails.InvalidParameter(key.Name), key);
        // Only a set (truthy) status code is checked: up to three digits, once turned into a text.
        if (settings["StatusCode"] is { } code && Scalars.IsTruthy(code) && !StatusCodeFormat().IsMatch(PythonValues.Str(code)))
            throw api.Invalid(GatewayResponseDetails.StatusCodeNotNumeric, code);
    }

    /// <summary>The reference's name for the type of a response that is not a map (a template string is its own kind of text).</summary>
    private static string TypeName(JToken value) => value.Type == JTokenType.String ? "Py27UniStr" : PythonValues.TypeName(value);

    private static JObject Generate(SamResource api, JProperty response)
    {
        var settings = (JObject)response.Value;
        var parametersToken = settings["ResponseParameters"];
        var parameters = new JObject();
        if (parametersToken is not null && parametersToken.Type != JTokenType.Null)
        {
            if (parametersToken is not JObject written) throw api.Invalid(GatewayResponseDetails.ParametersNotAMap(response.Name), parametersToken);
            foreach (var (key, location) in ParameterMaps)
            {
                if (written.Property(key, StringComparison.Ordinal) is not { } map) continue;
                if (map.Value is not JObject values) throw api.Invalid(GatewayResponseDetails.ParameterMapNotAMap(key), map.Value);
                foreach (var value in Py27Repr.DictOrder(values))
                {
                    var name = "gatewayresponse." + location + "." + value.Name;
                    parameters[name] = value.Value.DeepClone();
                    Py27Strings.MarkUnicodeName(parameters.Property(name, StringComparison.Ordinal)!);
                }
            }
        }
        var templates = settings["ResponseTemplates"];
        var generated = new JObject
        {
            ["responseParameters"] = parameters,
            ["responseTemplates"] = Scalars.IsTruthy(templates) ? templates!.DeepClone() : new JObject(),
        };
        if (settings["StatusCode"] is { } code && code.Type != JTokenType.Null && PythonValues.Str(code) is { Length: > 0 } text)
            generated["statusCode"] = Py27Strings.MarkNative(new JValue(text));
        return generated;
    }

    [GeneratedRegex(@"\A[0-9]{1,3}\n?\z")]
    private static partial Regex StatusCodeFormat();
}
