namespace SamTransform.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>The custom domain of a REST API (<c>Domain</c> of an <c>AWS::Serverless::Api</c>, see <c>Resources/RestApi/RestApiDomain.cs</c>).</summary>
    public static class RestApiDomainDetails
    {
        public const string EndpointTypes = "EndpointConfiguration for Custom Domains must be one of ['EDGE', 'REGIONAL', 'PRIVATE'].";
        public const string MutualTlsNotAMap = "Property 'Domain.MutualTlsAuthentication' should be a map.";
        public const string SeparateRecordSetGroupNotBoolean = "Property 'Domain.Route53.SeparateRecordSetGroup' should be a boolean.";

        /// <summary>
        /// Not a reference message: AWS's transform fails with an internal error when <c>AccessAssociation</c> is not a
        /// map, so the tool names the problem itself.
        /// </summary>
        public const string AccessAssociationNotAMap = "Property 'Domain.AccessAssociation' should be a map.";

        public static string Required(string field) => $"Property 'Domain.{field}' is required.";

        public static string BasePathNotAString(int index) => $"Property 'Domain.BasePath[{index}]' should be a string.";

        public static string MutualTlsFields(string fields) => $"Available Domain.MutualTlsAuthentication fields are {fields}.";
    }
}
