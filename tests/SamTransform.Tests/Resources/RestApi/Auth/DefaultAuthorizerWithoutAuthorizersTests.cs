using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.Resources.RestApi.Auth;

/// <summary>The API's <c>DefaultAuthorizer</c> when it has no authorizer: ignored, as by the reference translator.</summary>
public class DefaultAuthorizerWithoutAuthorizersTests
{
    [Fact]
    public void An_unknown_default_is_no_error_without_authorizers()
    {
        var resources = OutputResources("""
        Resources:
          ApiW:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {/a: {get: {x-amazon-apigateway-integration: {uri: x}}}}}
              Auth: {DefaultAuthorizer: NOPE}
          ApiX:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Auth: {DefaultAuthorizer: NOPE, Authorizers: {}}
        """);
        Assert.Null(resources["ApiW"]!["Properties"]!["Body"]!["paths"]!["/a"]!["get"]!["security"]);
        Assert.Null(resources["ApiX"]!["Properties"]!["Body"]!["securityDefinitions"]);
    }
}
