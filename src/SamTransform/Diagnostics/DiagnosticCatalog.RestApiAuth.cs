namespace SamTransform.Diagnostics;

// The reference's detail texts for the access control of REST APIs (AWS::Serverless::Api Auth, Api event Auth,
// usage plans and resource policies), word for word: raised in a SamException at the node concerned.
public static partial class DiagnosticCatalog
{
    /// <summary>The API's <c>Auth</c> and its authorizers.</summary>
    public static class RestAuthDetails
    {
        public const string InvalidAuth = "Invalid value for 'Auth' property";
        public const string AuthNotAMap = "Property 'Auth' should be a map.";
        public const string OnlyInlineSwagger = "Auth works only with inline Swagger specified in 'DefinitionBody' property.";
        public const string InvalidSwagger = "Unable to add Auth configuration because 'DefinitionBody' does not contain a valid Swagger definition.";
        public const string AuthorizersNotAMap = "Property 'Auth.Authorizers' should be a map.";
        public const string DefaultAuthorizerNotAString = "DefaultAuthorizer is not a string.";
        public const string IdentityNotAMap = "Auth.Authorizers.<Authorizer>.Identity must be a dict (LambdaTokenAuthorizationIdentity, LambdaRequestAuthorizationIdentity or CognitoAuthorizationIdentity).";
        public const string UsagePlanNotAMap = "'UsagePlan' must be a dictionary";
        public const string InvalidUsagePlanProperty = "Invalid property for 'UsagePlan'";
        public const string UsagePlanCreateRequired = "'CreateUsagePlan' is a required field for UsagePlan.";
        public const string UsagePlanCreateValues = "'CreateUsagePlan' accepts one of ['SHARED', 'PER_API', 'NONE'].";

        public static string AuthorizerNotAMap(string name) => $"Property 'Auth.Authorizers.{name}' should be a map.";

        public static string ScopesNotAList(string name) => $"Property 'Authorizers.{name}.AuthorizationScopes' should be a list.";

        public static string InvalidPayloadType(string name, string type) => $"{name} Authorizer has invalid 'FunctionPayloadType': {type}.";

        /// <summary>A REQUEST authorizer's <c>Identity</c> that is not a map (the reference names it <c>Authorizer.</c>, not <c>Auth.Authorizers.</c>).</summary>
        public static string RequestIdentityNotAMap(string name) => $"Property 'Authorizer.{name}.Identity' should be a map.";

        public static string RequestIdentityRequired(string name) =>
            $"{name} Authorizer must specify Identity with at least one of Headers, QueryStrings, StageVariables, or Context.";

        public static string IdentityListNotAList(string name, string key) => $"Property 'Auth.Authorizers.{name}.Identity.{key}' should be a list.";

        public static string DisableNotABoolean(string name) => $"Property 'Authorizers.{name}.DisableFunctionDefaultPermissions' should be a boolean.";

        public static string IdentityItemNotAString(string name, string key, int index) => $"Property 'Auth.Authorizers.{name}.Identity.{key}[{index}]' should be a string.";

        public static string UnknownDefaultAuthorizer(string name) => $"Unable to set DefaultAuthorizer because '{name}' was not defined in 'Authorizers'.";
    }

    /// <summary>The <c>Auth</c> of an <c>Api</c> event (on one method of the API's definition).</summary>
    public static class RestMethodAuthDetails
    {
        public const string ScopesNotAList = "Property 'Auth.AuthorizationScopes' should be a list.";
        public const string ScopesWithoutAuthorizer = "AuthorizationScopes works only when Authorizer is set";
        public const string OverrideWithoutAuth = "Must define one of: Authorizer, ApiKeyRequired or ResourcePolicy when using the OverrideApiAuth property.";

        public static string AuthorizerNotAString(string authorizer, string method, string path) =>
            $"Unable to set Authorizer [{authorizer}] on API method [{method}] for path [{path}]. The method authorizer must be a string with a corresponding dict entry in the api authorizer.";

        public static string NoApiAuthorizers(string authorizer, string method, string path) =>
            $"Unable to set Authorizer [{authorizer}] on API method [{method}] for path [{path}] because the related API does not define any Authorizers.";

        public static string UnknownAuthorizer(string authorizer, string method, string path) =>
            $"Unable to set Authorizer [{authorizer}] on API method [{method}] for path [{path}] because it wasn't defined in the API's Authorizers.";

        public static string NoneWithoutDefault(string method, string path) =>
            $"Unable to set Authorizer on API method [{method}] for path [{path}] because 'NONE' is only a valid value when a DefaultAuthorizer on the API is specified.";

        public static string ApiKeyFalseWithoutApiKey(string method, string path) =>
            $"Unable to set ApiKeyRequired [False] on API method [{method}] for path [{path}] because the related API does not specify any ApiKeyRequired.";
    }

    /// <summary><c>Auth.ResourcePolicy</c> of an API or an event (document-level causes).</summary>
    public static class ResourcePolicyDetails
    {
        public const string NotAMap = "ResourcePolicy must be a map (ResourcePolicyStatement).";

        public static string NotAListOrMap(string value) => $"Type of '{value}' must be a list or dictionary";

        public static string SourceVpcNotStrings(string kind) =>
            $"SourceVpc{kind} must be a list of strings. Use IntrinsicVpc{kind} instead for values that use Intrinsic Functions";
    }

    /// <summary>Problems with the <c>security</c> of a method of the document SAM edits (document-level causes).</summary>
    public static class RestSecurityDetails
    {
        public const string SecurityDefinitionsNotAMap = "securityDefinitions must be a dictionary.";

        public static string SecurityNotAList(string path, string method) => $"Type of security for path {path} method {method} must be a list";

        public static string SecurityItemNotAMap(string item, string path, string method) => $"{item} in Security for path {path} method {method} is not a valid dictionary.";
    }
}
