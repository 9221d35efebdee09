using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Resources;

namespace SamTransform.Events;

/// <summary>
/// <c>HttpApi</c> events. The route itself was added to the API's OpenAPI document by the HttpApi stages; expanding
/// the event reports a problem found there, or creates the permission that lets API Gateway invoke the function for
/// that route (on every stage).
/// </summary>
public sealed partial class HttpApiEventSource : IEventSource
{
    public string Type => "HttpApi";

    public void Expand(FunctionEventContext context)
    {
        var route = ApiKind.Http.Routes(context.Transform).Find(context.Function.LogicalId, context.EventId);
        if (route is null) return;
        if (route.Error is { } error) throw error;
        if (route.SkipPermission) return;

        var sourceArn = Intrinsics.Sub(
            "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${__ApiId__}/${__Stage__}" + RouteArnSuffix(route.Path, route.Method),
            new JObject { ["__ApiId__"] = route.ApiId.DeepClone(), ["__Stage__"] = "*" });
        context.Emit(context.Function.LogicalId + context.EventId + "Permission", new JObject
        {
            ["Type"] = "AWS::Lambda::Permission",
            ["Properties"] = new JObject
            {
                ["Action"] = "lambda:InvokeFunction",
                ["FunctionName"] = context.FunctionRef,
                ["Principal"] = "apigateway.amazonaws.com",
                ["SourceArn"] = sourceArn,
            },
        });
    }

    /// <summary>
    /// The part of the execute-api ARN after the stage: <c>/*</c> for the <c>$default</c> route, <c>/$default</c> for
    /// the <c>/$default</c> path with method <c>ANY</c>, else <c>/METHOD/path</c> with <c>*</c> for any method and for
    /// path parameters (API Gateway drops a trailing slash).
    /// </summary>
    public static string RouteArnSuffix(string path, string method)
    {
        path = OpenApiDocument.WithoutTrailingSlash(path);
        var verb = OpenApiDocument.NormalizeMethod(method) == OpenApiDocument.AnyMethod ? "*" : method.ToUpperInvariant();
        if (path == HttpApiDefinition.DefaultPath) return "/" + verb;
        path = PathParameter().Replace(path, "*");
        if (method.Equals("any", StringComparison.OrdinalIgnoreCase) && path == "/" + HttpApiDefinition.DefaultPath) return path;
        return "/" + verb + path;
    }

    [GeneratedRegex(@"{([a-zA-Z0-9._-]+|proxy\+)}")]
    private static partial Regex PathParameter();
}
