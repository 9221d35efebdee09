using Newtonsoft.Json.Linq;
using Xunit;

namespace SamTransform.Tests.Resources;

public class FunctionUrlsTests
{
    private static SamTransform.Pipeline.TransformResult Transform(string properties) => FunctionExpanderTests.Transform($"""
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              CodeUri: s3://bucket/fn.zip
        {properties}
        """);

    [Fact]
    public void With_an_alias_the_url_and_its_permissions_target_the_alias()
    {
        var resources = Transform("      AutoPublishAlias: live\n      FunctionUrlConfig: {AuthType: NONE}").Output!["Resources"]!;
        Assert.Equal(JToken.Parse("""{"AuthType": "NONE", "TargetFunctionArn": {"Ref": "FnAliaslive"}}"""), resources["FnUrl"]!["Properties"]);
        Assert.Equal(JToken.Parse("""{"Ref": "FnAliaslive"}"""), resources["FnUrlPublicPermissions"]!["Properties"]!["FunctionName"]);
    }

    [Theory]
    [InlineData("      FunctionUrlConfig: {AuthType: NONE, Cors: [x]}", "Property 'FunctionUrlConfig.Cors' should be a map.")]
    [InlineData("      FunctionUrlConfig: {Cors: {AllowOrigin: [x]}, AuthType: NONE}", "AllowOrigin is not a valid property for configuring Cors.")]
    [InlineData("      FunctionUrlConfig: {Cors: {}}", "AuthType is required to configure function property `FunctionUrlConfig`. Please provide either AWS_IAM or NONE.")]
    [InlineData("      TenancyConfig: {TenantIsolationMode: PER_TENANT}\n      FunctionUrlConfig: {AuthType: NONE}", "Function URL is not supported for functions enabled with tenancy configuration.")]
    // AWS's translator's answers: the auth type first, then each Cors setting in the order written.
    [InlineData("      FunctionUrlConfig: {AuthType: BOGUS, Cors: 5}", "AuthType is required to configure function property `FunctionUrlConfig`. Please provide either AWS_IAM or NONE.")]
    [InlineData("      FunctionUrlConfig: {AuthType: NONE, Cors: {MaxAge: x, Bogus: 1}}", "MaxAge must be of type int.")]
    [InlineData("      FunctionUrlConfig: {AuthType: NONE, Cors: {Bogus: 1, MaxAge: x}}", "Bogus is not a valid property for configuring Cors.")]
    [InlineData("      FunctionUrlConfig: {AuthType: NONE, Cors: {AllowOrigins: {a: b}}}", "AllowOrigins must be of type list.")]
    [InlineData("      FunctionUrlConfig: {AuthType: NONE, Cors: {AllowCredentials: null}}", "AllowCredentials must be of type bool.")]
    public void Invalid_configurations_are_the_reference_errors(string properties, string message) =>
        Assert.Equal($"Resource with id [Fn] is invalid. {message}", Assert.Single(Transform(properties).Errors).Message);

    [Fact]
    public void Empty_configurations_are_none()
    {
        // AWS's translator: no URL for an empty config, no Cors for an empty one.
        Assert.Null(Transform("      FunctionUrlConfig: {}").Output!["Resources"]!["FnUrl"]);
        Assert.Null(Transform("      FunctionUrlConfig: {AuthType: NONE, Cors: {}}").Output!["Resources"]!["FnUrl"]!["Properties"]!["Cors"]);
    }
}
