using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Model;
using SamTransform.OpenApi;
using SamTransform.Pipeline;
using SamTransform.Resources;
using SamTransform.Resources.RestApi;
using SamTransform.Specification;

namespace SamTransform.Events;

/// <summary>
/// <c>Api</c> events of functions. The route itself was added to the REST API's Swagger document by the API stages;
/// expanding the event reports a problem found there, or creates the permission that lets API Gateway invoke the
/// function for that path and method, named after the API's stage.
/// </summary>
public sealed partial class ApiEventSource : IEventSource
{
    public string Type => "Api";

    public void Link(FunctionEventContext context)
    {
        EventSpecs.Api.Validate(context);
    }

    public void Expand(FunctionEventContext context)
    {
        var route = ApiKind.Rest.Routes(context.Transform).Find(context.Function.LogicalId, context.EventId);
        if (route is null) return;
        if (route.Error is { } error) throw error;

        var stage = RestApiKind.StageNameOf(context.Transform, route.ApiLogicalId) ?? "Stage";
        var sourceArn = Intrinsics.Sub(
            $"arn:{context.Transform.Arns.Partition}:execute-api:${{AWS::Region}}:${{AWS::AccountId}}:${{__ApiId__}}/${{__Stage__}}" + RouteArnSuffix(route.Path, route.Method),
            new JObject { ["__ApiId__"] = route.ApiId.DeepClone(), ["__Stage__"] = "*" });
        context.Emit(LambdaPermissions.LogicalId(context.LogicalId, stage),
            LambdaPermissions.Create(context.FunctionRef, "apigateway.amazonaws.com", sourceArn));
    }

    /// <summary>
    /// The part of the execute-api ARN after the stage: <c>/METHOD</c> (<c>*</c> for <c>any</c>) then the path as written
    /// without one trailing slash, path parameters (<c>{id}</c>, <c>{proxy+}</c>) as <c>*</c>.
    /// </summary>
    public static string RouteArnSuffix(string path, string method)
    {
        var verb = method.Equals("any", StringComparison.OrdinalIgnoreCase) ? "*" : method.ToUpperInvariant();
        return "/" + verb + PathParameter().Replace(OpenApiDocument.WithoutTrailingSlash(path), "*");
    }

    [GeneratedRegex(@"{[a-zA-Z0-9._-]+\+?}")]
    private static partial Regex PathParameter();
}
