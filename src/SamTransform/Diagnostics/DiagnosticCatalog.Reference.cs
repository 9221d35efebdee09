namespace SamTransform.Diagnostics;

// The detail texts of the reference transform's SAM2xxx errors, word for word: an expander raises one in a
// SamException at the node concerned and the pipeline prefixes it ("Resource with id [X] is invalid. ...").
public static partial class DiagnosticCatalog
{
    /// <summary>
    /// A document-level detail: a template parameter that SAM substitutes into an <c>Fn::Sub</c> text has a value that is
    /// not a string (<paramref name="repr"/> is its Python 3 repr).
    /// </summary>
    public static string SubVariableNotAString(string repr) => $"Invalid Fn::Sub variable value {repr}. Fn::Sub expects all variables to be strings.";

    /// <summary>The custom domain of an API Gateway v2 API (<c>Domain</c> of an HTTP or WebSocket API).</summary>
    public static class DomainDetails
    {
        public const string NameAndCertificateRequired = "Custom Domains only works if both DomainName and CertificateArn are provided.";
        public const string RegionalOnly = "EndpointConfiguration for Custom Domains must be one of ['REGIONAL'].";
        public const string Route53NotAMap = "Property 'Domain.Route53' should be a map.";
        public const string HostedZoneRequired = "HostedZoneId or HostedZoneName is required to enable Route53 support on Custom Domains.";
        public const string BasePathNotAString = "Basepath must be a string.";
        public const string InvalidBasePath = "Invalid Basepath name provided.";
        public const string MutualTlsNotSupportedForWebSocket = "Mutual TLS domain name association is not supported for Websocket APIs.";

        public static string MutualTlsNotAMap(string fields) => $"MutualTlsAuthentication must be a map with at least one of the following fields {fields}.";

        public static string MutualTlsFields(string fields) => $"Available MutualTlsAuthentication fields are {fields}.";
    }

    /// <summary><c>AWS::Serverless::WebSocketApi</c>.</summary>
    public static class WebSocketApiDetails
    {
        public const string NoRoutes = "WebSocket API must have at least one route.";
        public const string IpAddressType = "IpAddressType must be 'ipv4' or 'dualstack'.";
        public const string DefaultStageName = "Stages cannot be named $default for WebSocket APIs.";
        public const string AuthWithoutConnect = "Authorization is only available if there is a $connect route.";
        public const string RouteWithoutFunction = "Route must have associated function.";
        public const string RequestParametersOnlyOnConnect = "Request parameters are only supported for the $connect route in WebSocket APIs.";
        public const string AuthTypeRequired = "AuthType must be specified for additional auth configurations.";
        public const string AuthTypeUnknown = "AuthType is not one of AWS_IAM, CUSTOM or NONE.";
        public const string AuthArnRequired = "AuthArn must be specified if AuthType is CUSTOM.";

        public static string RouteKeyNotAlphanumeric(string key) =>
            $"Route key '{key}' must be alphanumeric. Only $connect, $disconnect, and $default special routes are supported.";

        public static string NoSettingsForAuthType(string authType) => $"No additional configurations supported for AuthType {authType}.";

        /// <summary>
        /// Not a reference message: AWS's transform fails with an internal error on these shapes, so the tool names the
        /// problem itself.
        /// </summary>
        public static string RouteNotAMap(string key) => $"Property 'Routes.{key}' should be a map.";

        /// <inheritdoc cref="RouteNotAMap"/>
        public const string AuthTypeNotAString = "Property 'Auth.AuthType' should be a string.";
    }
}
