using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// API Gateway integration timeouts (REST at most 29 s, HTTP API 30 s), in OpenAPI bodies and in integration
/// resources; and a warning when a function behind a synchronous API may run longer than the API waits.
/// </summary>
public sealed partial class ApiTimeoutRule : IValidationRule
{
    private sealed record Integration(string FunctionId, bool Http, long? TimeoutMs);

    public void Check(ValidationContext context)
    {
        var integrations = new List<Integration>();
        foreach (var (_, _, p) in context.OfType("AWS::ApiGateway::RestApi"))
            if (p["Body"] is JObject body) FromOpenApi(context, body, http: false, integrations);
        foreach (var (_, _, p) in context.OfType("AWS::ApiGatewayV2::Api"))
            if (p["Body"] is JObject body) FromOpenApi(context, body, http: IsHttp(p), integrations);
        foreach (var (_, _, p) in context.OfType("AWS::ApiGateway::Method"))
            if (p["Integration"] is JObject integration)
                Add(context, integration["TimeoutInMillis"], integration["Uri"], integration["Type"], http: false, integrations);
        foreach (var (_, _, p) in context.OfType("AWS::ApiGatewayV2::Integration"))
        {
            var http = context.Referenced(p["ApiId"]) is not { } api || IsHttp(api.Resource["Properties"] as JObject);
            Add(context, p["TimeoutInMillis"], p["IntegrationUri"], p["IntegrationType"], http, integrations);
        }
        WarnLongerFunctions(context, integrations);
    }

    private static bool IsHttp(JObject? apiProperties) =>
        apiProperties?["ProtocolType"] is not JValue { Type: JTokenType.String } protocol || (string)protocol! != "WEBSOCKET";

    private static void FromOpenApi(ValidationContext context, JObject body, bool http, List<Integration> integrations)
    {
        if (body["paths"] is not JObject paths) return;
        foreach (var path in paths.Properties())
        {
            if (path.Value is not JObject methods) continue;
            foreach (var method in methods.Properties())
                if (method.Value is JObject operation && operation["x-amazon-apigateway-integration"] is JObject integration)
                    Add(context, integration["timeoutInMillis"], integration["uri"], integration["type"], http, integrations);
        }
    }

    private static void Add(ValidationContext context, JToken? timeout, JToken? uri, JToken? type, bool http, List<Integration> integrations)
    {
        var s = context.Settings;
        var prefix = http ? "HttpApi" : "ApiGateway";
        var ms = ValidationContext.Integer(timeout);
        if (ms is { } value && (value < s.Limit(prefix + ".IntegrationTimeoutMs.Min") || value > s.Limit(prefix + ".IntegrationTimeoutMs.Max")))
        {
            var min = s.Limit(prefix + ".IntegrationTimeoutMs.Min");
            var max = s.Limit(prefix + ".IntegrationTimeoutMs.Max");
            context.Report(http ? DiagnosticCatalog.HttpIntegrationTimeout(value, min, max) : DiagnosticCatalog.RestIntegrationTimeout(value, min, max), timeout!);
        }
        var kind = ValidationContext.Text(type)?.ToLowerInvariant();
        if (kind is not (null or "aws_proxy" or "aws")) return;
        if (FunctionOf(context, uri) is { } function) integrations.Add(new Integration(function, http, ms));
    }

    /// <summary>The Lambda function an integration URI invokes, when it is one of this template's.</summary>
    private static string? FunctionOf(ValidationContext context, JToken? uri)
    {
        if (context.Referenced(uri) is { } direct) return Function(context, direct.Id);
        var sub = uri is JObject o && o["Fn::Sub"] is { } s ? (s is JArray a ? a.FirstOrDefault() : s) : null;
        if (sub?.Type != JTokenType.String) return null;
        var match = FunctionArnVariable().Match((string)sub!);
        return match.Success ? Function(context, match.Groups[1].Value) : null;
    }

    /// <summary>The function a logical id names: the function itself, or the function an alias or version points to.</summary>
    private static string? Function(ValidationContext context, string id)
    {
        if (context.Resources[id] is not JObject resource) return null;
        return ValidationContext.Text(resource["Type"]) switch
        {
            "AWS::Lambda::Function" => id,
            "AWS::Lambda::Alias" or "AWS::Lambda::Version" when context.Referenced(resource["Properties"]?["FunctionName"]) is { } target
                && ValidationContext.Text(target.Resource["Type"]) == "AWS::Lambda::Function" => target.Id,
            _ => null,
        };
    }

    private static void WarnLongerFunctions(ValidationContext context, List<Integration> integrations)
    {
        var s = context.Settings;
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var integration in integrations)
        {
            if (context.Resources[integration.FunctionId]?["Properties"] is not JObject fn) continue;
            var waitMs = integration.TimeoutMs ?? s.Limit(integration.Http ? "HttpApi.IntegrationTimeoutMs.Max" : "ApiGateway.IntegrationTimeoutMs.Max");
            foreach (var timeout in ValidationContext.Branches(fn["Timeout"]))
            {
                if (ValidationContext.Integer(timeout) is not { } seconds || seconds * 1000 <= waitMs || !warned.Add(integration.FunctionId)) continue;
                context.Report(DiagnosticCatalog.FunctionOutlivesApi(context.SourceId(integration.FunctionId), seconds, integration.Http ? "HTTP API" : "REST API", (waitMs + 999) / 1000), timeout);
            }
        }
    }

    [GeneratedRegex(@"/functions/\$\{([A-Za-z0-9]+)(?:\.Arn)?\}/invocations")]
    private static partial Regex FunctionArnVariable();
}
