using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>An SQS event source whose queue hides a message for less time than the function may run.</summary>
public sealed class SqsVisibilityRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var s = context.Settings;
        foreach (var (_, _, p) in context.OfType("AWS::Lambda::EventSourceMapping"))
        {
            if (context.Referenced(p["EventSourceArn"]) is not { } queue || Type(queue.Resource) != "AWS::SQS::Queue") continue;
            if (context.Referenced(p["FunctionName"]) is not { } function || Type(function.Resource) != "AWS::Lambda::Function") continue;
            var queueProps = queue.Resource["Properties"] as JObject;
            var functionProps = function.Resource["Properties"] as JObject;
            var visibility = queueProps?["VisibilityTimeout"] is { } v ? ValidationContext.Integer(v) : s.Limit("SQS.VisibilityTimeout.Default");
            var timeout = functionProps?["Timeout"] is { } t ? ValidationContext.Integer(t) : s.Limit("Lambda.Timeout.Default");
            if (visibility is { } vis && timeout is { } time && vis < time)
                context.Report(DiagnosticCatalog.VisibilityTimeoutShorterThanFunction(context.SourceId(queue.Id), vis, context.SourceId(function.Id), time), p["EventSourceArn"]!);
        }
    }

    private static string? Type(JObject resource) => ValidationContext.Text(resource["Type"]);
}
