namespace SamTransform.Diagnostics;

// The reference's detail texts for the authorizers of HTTP APIs (AWS::Serverless::HttpApi Auth), word for word:
// raised in a SamException at the node concerned.
public static partial class DiagnosticCatalog
{
    /// <summary>The authorizers of an HTTP API's <c>Auth</c>.</summary>
    public static class HttpAuthDetails
    {
        /// <summary>
        /// A property of the other kind of authorizer (an OAuth2 one has <c>JwtConfiguration</c>): "FunctionArn is only
        /// supported for Lambda Authorizer."; a Lambda authorizer's <c>IdentitySource</c> gets a hint.
        /// </summary>
        public static string OnlyForKind(string property, bool oauth2) => oauth2
            ? $"{property} is only supported for OAuth2 Authorizer.{(property == "IdentitySource" ? " For Lambda Authorizer, use the 'Identity' property instead." : "")}"
            : $"{property} is only supported for Lambda Authorizer.";
    }
}
