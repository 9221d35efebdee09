using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// API Gateway integration timeouts (REST at most 29 s, HTTP API 30 s, WebSocket API 29 s), in OpenAPI bodies and in
/// integration resources; and a warning when a function behind a synchronous (REST or HTTP) API may run longer than
/// the API waits. A WebSocket API is not synchronous: its function may go on after the integration times out (on
/// <c>$disconnect</c>, say), so it has its own range and no such warning.
/// </summary>
public sealed partial class ApiTimeoutRule : IValidationRule
{
    private enum ApiKind { Rest, Http, WebSocket }

    private sealed record Integration(string FunctionId, bool Http, long? TimeoutMs);

    public void Check(ValidationContext context)
    {
        var integrations = new List<Integration>();
        foreach (var (_, _, p) in context.OfType("AWS::ApiGateway::RestApi"))
            if (p["Body"] is JObject body) FromOpenApi(context, body, ApiKind.Rest, integrations);
        foreach (var (_, _, p) in context.OfType("AWS::ApiGatewayV2::Api"))
            if (p["Body"] is JObject body) FromOpenApi(context, body, KindOf(p), integrations);
        foreach (var (_, _, p) in context.OfType("AWS::ApiGateway::Method"))
            if (p["Integration"] is JObject integration)
                Add(context, integration["TimeoutInMillis"], integration["Uri"], integration["Type"], ApiKind.Rest, integrations);
        foreach (var (_, _, p) in context.OfType("AWS::ApiGatewayV2::Integration"))
        {
            var kind = context.Referenced(p["ApiId"]) is { } api ? KindOf(api.Resource["Properties"] as JObject) : ApiKind.Http;
            Add(context, p["TimeoutInMillis"], p["IntegrationUri"], p["IntegrationType"], kind, integrations);
        }
        WarnLongerFunctions(context, integrations);
    }

    private static ApiKind KindOf(JObject? apiProperties) =>
        apiProperties?["ProtocolType"] is JValue { Type: JTokenType.String } protocol && (string)protocol! == "WEBSOCKET" ? ApiKind.WebSocket : ApiKind.Http;

    private static void FromOpenApi(ValidationContext context, JObject body, ApiKind api, List<Integration> integrations)
    {
        if (body["paths"] is not JObject paths) return;
        foreach (var path in paths.Properties())
        {
            if (path.Value is not JObject methods) continue;
            foreach (var method in methods.Properties())
                if (method.Value is JObject operation && operation["x-amazon-apigateway-integration"] is JObject integration)
                    Add(context, integration["timeoutInMillis"], integration["uri"], integration["type"], api, integrations);
        }
    }

    private static void Add(ValidationContext context, JToken? timeout, JToken? uri, JToken? type, ApiKind api, List<Integration> integrations)
    {
        var s = context.Settings;
        var prefix = api switch { ApiKind.Http => "HttpApi", ApiKind.WebSocket => "WebSocketApi", _ => "ApiGateway" };
        var ms = ValidationContext.Integer(timeout);
        var min = s.Limit(prefix + ".IntegrationTimeoutMs.Min");
        var max = s.Limit(prefix + ".IntegrationTimeoutMs.Max");
        if (ms is { } value && (value < min || value > max))
            context.Report(api switch
            {
                ApiKind.Http => DiagnosticCatalog.HttpIntegrationTimeout(value, min, max),
                ApiKind.WebSocket => DiagnosticCatalog.WebSocketIntegrationTimeout(value, min, max),
                _ => DiagnosticCatalog.RestIntegrationTimeout(value, min, max),
            }, timeout!);
        if (api == ApiKind.WebSocket) return;
        var kind = ValidationContext.Text(type)?.ToLowerInvariant();
        if (kind is not (null or "aws_proxy" or "aws")) return;
        if (FunctionOf(context, uri) is { } function) integrations.Add(new Integration(function, api == ApiKind.Http, ms));
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
