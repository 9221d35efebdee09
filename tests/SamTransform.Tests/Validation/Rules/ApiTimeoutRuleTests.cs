using Xunit;
using static SamTransform.Tests.Validation.ValidationTestSupport;

namespace SamTransform.Tests.Validation.Rules;

/// <summary>WebSocket integrations have their own timeout range and no "function outlives the API" warning.</summary>
public class ApiTimeoutRuleTests
{
    /// <summary>A function that may run for 10 minutes.</summary>
    private const string LongFunction = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/code.zip
              Handler: app.handler
              Runtime: python3.12
              Timeout: 600
        """;

    private static string WebSocketApi(string timeout) => LongFunction + $"""

          Chat:
            Type: AWS::Serverless::WebSocketApi
            Properties:
              RouteSelectionExpression: $request.body.action
              Routes:
                $disconnect:
                  FunctionArn: !GetAtt Fn.Arn
                  {timeout}
        """;

    [Theory]
    [InlineData("")]
    [InlineData("IntegrationTimeout: 29000")]
    public void A_websocket_function_may_run_longer_than_the_integration_waits(string timeout) =>
        Assert.Empty(ValidateText(WebSocketApi(timeout)).Diagnostics);

    [Theory]
    [InlineData("IntegrationTimeout: 29500", "29500")]
    [InlineData("IntegrationTimeout: 10", "10")]
    public void A_websocket_integration_timeout_outside_its_range_is_its_own_error(string timeout, string value)
    {
        var d = Assert.Single(ValidateText(WebSocketApi(timeout)).Diagnostics);
        Assert.Equal("SAM3123", d.Code);
        Assert.Equal($"WebSocket API integration timeout {value} ms is outside the API Gateway range of 50 to 29000 ms", d.Message);
        Assert.Equal(17, d.Location?.Line);
        Assert.Equal("Chat", d.ResourceId);
    }

    [Fact]
    public void Http_integrations_still_warn()
    {
        var d = Assert.Single(ValidateText(LongFunction + """

              Api:
                Type: AWS::ApiGatewayV2::Api
                Properties:
                  Name: api
                  ProtocolType: HTTP
              Integration:
                Type: AWS::ApiGatewayV2::Integration
                Properties:
                  ApiId: !Ref Api
                  IntegrationType: AWS_PROXY
                  IntegrationUri: !GetAtt Fn.Arn
                  PayloadFormatVersion: '2.0'
            """).Diagnostics);
        Assert.Equal("SAM3122", d.Code);
    }
}
