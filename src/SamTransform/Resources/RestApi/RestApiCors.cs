using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;
using SamTransform.OpenApi;

namespace SamTransform.Resources.RestApi;

/// <summary>
/// <c>Cors</c> of an <c>AWS::Serverless::Api</c> (or <c>Globals.Api</c>): a string or an intrinsic function is the
/// allowed origin; a map gives <c>AllowOrigin</c> (default <c>'*'</c>), <c>AllowHeaders</c>, <c>AllowMethods</c>
/// (default: computed per path), <c>MaxAge</c> and <c>AllowCredentials</c>. Every path of the inline definition gets
/// the preflight <c>options</c> method (see <see cref="OpenApiDocument.AddCorsPreflight"/>). Values are not resolved:
/// they are header values written as they are.
/// </summary>
internal static class RestApiCors
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials",
    };

    private const string AnyOrigin = "'*'";

    /// <summary>Adds the preflight methods to <paramref name="body"/>, or fails as the reference does.</summary>
    /// <param name="body">The inline definition (null when the API has a <c>DefinitionUri</c>).</param>
    public static void Apply(SamResource api, JToken? body)
    {
        var written = api.Get("Cors");
        if (!Scalars.IsTruthy(written)) return;
        if (body is null) throw api.Invalid("Cors works only with inline Swagger specified in 'DefinitionBody' property.", written);
        var cors = Read(api, written!);
        var document = RestApiDefinition.TryOpen(body)
            ?? throw api.Invalid("Unable to add Cors configuration because 'DefinitionBody' does not contain a valid Swagger definition.", written);
        if (cors.AllowCredentials && cors.AllowOrigin is JValue { Type: JTokenType.String } origin && (string)origin! == AnyOrigin)
            throw api.Invalid("Unable to add Cors configuration because 'AllowCredentials' can not be true when 'AllowOrigin' is \"'*'\" or not set", written);

        // SAM edits the document in a session of its own, which copies it when opened and when written back.
        Py27Dict.Copy(document.Root);
        document.ValidatePathItems();
        var originNode = written is JObject map ? map["AllowOrigin"] ?? written : written;
        foreach (var path in document.PathNames.ToList())
            document.AddCorsPreflight(path, cors, () => api.Invalid("Structure of the SAM template is invalid. Invalid input. Value for AllowedOrigins is required", originNode));
        Py27Dict.Copy(document.Root);
    }

    /// <summary>The settings: a string or intrinsic is the origin; a map may hold only SAM's keys.</summary>
    private static CorsPreflight Read(SamResource api, JToken written)
    {
        if (written is not JObject map || Intrinsics.IsIntrinsic(written))
            return new CorsPreflight(written, null, null, null, false);
        // The reference names the first wrong key in its (Python 2.7) dict order.
        var names = map.Properties().Select(p => p.Name).ToList();
        if (Py27Dict.IterationOrder(names).FirstOrDefault(name => !Keys.Contains(name)) is { } wrong)
            throw api.Invalid($"Invalid key '{wrong}' for 'Cors' property.", map.Property(wrong, StringComparison.Ordinal));
        var origin = map.Property("AllowOrigin", StringComparison.Ordinal) is { } given ? given.Value : new JValue(AnyOrigin);
        var credentials = map["AllowCredentials"] is JValue { Type: JTokenType.Boolean } flag && (bool)flag!;
        return new CorsPreflight(origin, map["AllowHeaders"], map["AllowMethods"], map["MaxAge"], credentials);
    }
}
