using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;

namespace SamTransform.Model.Python27;

/// <summary>
/// The hash behind a REST API's <c>AWS::ApiGateway::Deployment</c>: the logical id is <c>&lt;ApiId&gt;Deployment</c>
/// followed by its first 10 hex digits, the <c>Description</c> is <c>RestApi deployment id: &lt;40 hex&gt;</c>.
/// <para>
/// The hashed text joins with <c>||</c>: the Python 2.7 <c>str()</c> of the definition (<see cref="Py27Repr"/>; the
/// OpenAPI/Swagger document, or the <c>BodyS3Location</c> dict of a <c>DefinitionUri</c>); then, when the API sets
/// <c>OpenApiVersion</c>, its <c>str()</c> (<c>3.0</c>, <c>3.0.1</c>); then, when the API has a custom domain, the 2.7
/// <c>json.dumps</c> of the domain settings (<see cref="PythonJson.DumpsInDictOrder"/>); then, when any function linked
/// to the API through an event has a <c>FunctionName</c>, the <c>str()</c> of each such name run together without a
/// separator (<see cref="FunctionNames"/>).
/// </para>
/// <para>
/// What the reference's document looks like, as its hashed strings show (tools/sam-hash-spy.py, tools/py27-check.cs):
/// <list type="bullet">
/// <item>Strings: see <see cref="Py27Strings"/> — the template's are <c>u'...'</c> (a user's DefinitionBody is all
/// unicode), SAM's own texts <c>'...'</c>, texts SAM builds from the template's (path and method keys, the method
/// lower-cased, the integration uri formatted with the function id, authorizer names) <c>u'...'</c>.</item>
/// <item>A user's DefinitionBody that SAM does not edit keeps the template's key order (YAML document order, merge keys
/// first as PyYAML inserts them) as its insertion order, at every depth: it is not copied.</item>
/// <item>Every editing session of SAM on a document (its own or the user's) deep-copies the whole document when it
/// starts and when it ends: call <see cref="Py27Dict.Copy"/> at both points, and make each change inside the session
/// it belongs to. A deep copy re-inserts every dict in its iteration order, so colliding keys swap at each copy and
/// the count matters. Seen: Auth on a user's body is one session (copy, add <c>securityDefinitions</c>, copy),
/// GatewayResponses a second one after it; on the implicit API, each <c>Api</c> event adds its path and method in a
/// session of its own (a function's events in the 2.7 order of their ids), then each event's integration in another
/// session, then the document is copied twice more (checked on 110 templates).</item>
/// <item>Deletions leave dummies that change later insertions (<see cref="Py27Dict.Remove"/>, or
/// <see cref="Py27Dict.Follow"/> and Newtonsoft's own methods): the OpenAPI 3 form of a generated document shows them
/// (<c>{'info', 'paths', 'openapi', 'components'}</c> is no insertion order of those four keys; it is one after
/// <c>swagger</c>, <c>securityDefinitions</c> and <c>definitions</c> were deleted).</item>
/// </list>
/// </para>
/// </summary>
public static class RestApiDeploymentHash
{
    /// <summary>The 40 lower-case hex digits of the SHA-1 of the joined parts.</summary>
    public static string Compute(JToken document, JToken? openApiVersion = null, JToken? domain = null, string? functionNames = null) =>
        LogicalIdHasher.Sha1Hex(Text(document, openApiVersion, domain, functionNames));

    /// <summary>The text that is hashed (what the spy tool prints as SHA1INPUT).</summary>
    public static string Text(JToken document, JToken? openApiVersion = null, JToken? domain = null, string? functionNames = null)
    {
        var sb = new StringBuilder(Py27Repr.Repr(document));
        if (openApiVersion is not null && openApiVersion.Type != JTokenType.Null) sb.Append("||").Append(Py27Repr.Str(openApiVersion));
        if (domain is not null && domain.Type != JTokenType.Null) sb.Append("||").Append(PythonJson.DumpsInDictOrder(domain));
        if (!string.IsNullOrEmpty(functionNames)) sb.Append("||").Append(functionNames);
        return sb.ToString();
    }

    /// <summary>
    /// The function-name part: the <c>FunctionName</c> of each linked function (<c>str()</c>: a text as it is, an
    /// intrinsic as its repr), in the 2.7 dict order of the template's <c>Resources</c> keys —
    /// <paramref name="resourceIds"/> in the order they were inserted (document order, with resources SAM adds
    /// before translating, such as <c>ServerlessRestApi</c>, after them). Empty when no linked function has a name.
    /// </summary>
    public static string FunctionNames(IReadOnlyList<string> resourceIds, IReadOnlyDictionary<string, JToken> functionNameById)
    {
        var sb = new StringBuilder();
        foreach (var id in Py27Dict.IterationOrder(resourceIds))
            if (functionNameById.TryGetValue(id, out var name)) sb.Append(Py27Repr.Str(name));
        return sb.ToString();
    }

    /// <summary>The deployment's logical id: <c>&lt;ApiId&gt;Deployment</c> and the first 10 hex digits.</summary>
    public static string DeploymentId(string apiId, string hash) => apiId + "Deployment" + hash[..10];

    /// <summary>The deployment's <c>Description</c>.</summary>
    public static string Description(string hash) => "RestApi deployment id: " + hash;
}
