using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// <c>GatewayResponses</c> of REST APIs: the document extension, the deployment hash, and the reference's checks in
/// its order. Expected ids, values and messages are what the reference translator gives for the same templates.
/// </summary>
public class GatewayResponsesTests
{
    [Fact]
    public void Responses_become_the_extension_with_parameters_templates_and_status_codes_as_text()
    {
        var resources = OutputResources("""
        Resources:
          MyApi:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses:
                UNAUTHORIZED:
                  StatusCode: "401"
                  ResponseTemplates:
                    application/json: '{"m": 1}'
                    text/html: x
                  ResponseParameters:
                    QueryStrings: {q: "'v'"}
                    Headers: {h: "'v'", h2: 3}
                NOPE: {}
                DEFAULT_4XX:
                  StatusCode: 400
                  ResponseTemplates: {}
                MISSING_AUTHENTICATION_TOKEN:
                  ResponseParameters: {}
                  StatusCode: 500
                ACCESS_DENIED:
                  ResponseParameters:
                    Paths: {}
        """);
        Assert.Equal("MyApiDeploymentb7a22b72c5", resources.Properties().Single(p => (string)p.Value["Type"]! == "AWS::ApiGateway::Deployment").Name);
        AssertJson(JObject.Parse("""
            {"MISSING_AUTHENTICATION_TOKEN": {"responseParameters": {}, "responseTemplates": {}, "statusCode": "500"},
             "NOPE": {"responseParameters": {}, "responseTemplates": {}},
             "DEFAULT_4XX": {"responseParameters": {}, "responseTemplates": {}, "statusCode": "400"},
             "UNAUTHORIZED": {"responseParameters": {"gatewayresponse.header.h": "'v'", "gatewayresponse.querystring.q": "'v'", "gatewayresponse.header.h2": 3},
                              "responseTemplates": {"application/json": "{\"m\": 1}", "text/html": "x"}, "statusCode": "401"},
             "ACCESS_DENIED": {"responseParameters": {}, "responseTemplates": {}}}
            """), resources["MyApi"]!["Properties"]!["Body"]!["x-amazon-apigateway-gateway-responses"]);
    }

    [Fact]
    public void Status_codes_are_checked_only_when_set_and_responses_join_those_of_the_document()
    {
        var resources = OutputResources("""
        Resources:
          ApiA1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}, x-amazon-apigateway-gateway-responses: {Old: {}, R: {x: 1}}}
              GatewayResponses: {R: {StatusCode: false}}
          ApiA2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}, x-amazon-apigateway-gateway-responses: {Old: {}, R: {x: 1}}}
              GatewayResponses: {R: {StatusCode: []}}
          ApiA6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}, x-amazon-apigateway-gateway-responses: {Old: {}, R: {x: 1}}}
              GatewayResponses: {R: {ResponseParameters: {Headers: {b: "1", a: "2"}, Paths: {p: x}}}}
          ApiA8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}, x-amazon-apigateway-gateway-responses: {Old: {}, R: {x: 1}}}
              GatewayResponses: {R: {ResponseTemplates: 0}}

          ApiS1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "5"}}
          ApiS2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: 999}}
          ApiS3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "600"}}
          ApiS8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "01"}}
        """);
        string Code(string api) => (string)resources[api]!["Properties"]!["Body"]!["x-amazon-apigateway-gateway-responses"]!["R"]!["statusCode"]!;
        Assert.Equal("False", Code("ApiA1"));
        Assert.Equal("[]", Code("ApiA2"));
        Assert.Equal("01", Code("ApiS8"));
        Assert.Equal("999", Code("ApiS2"));
        Assert.NotNull(resources["ApiA1"]!["Properties"]!["Body"]!["x-amazon-apigateway-gateway-responses"]!["Old"]);
        AssertJson(new JObject(), resources["ApiA8"]!["Properties"]!["Body"]!["x-amazon-apigateway-gateway-responses"]!["R"]!["responseTemplates"]);
    }

    [Fact]
    public void Each_kind_of_mistake_has_its_message()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 16. Resource with id [ApiA1] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiA2] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiA4] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiA7] is invalid. Invalid gateway response parameter 'Foo' Resource with id [ApiA8] is invalid. Property 'ResponseParameters.Headers' should be a map. Resource with id [ApiB2] is invalid. Invalid property type 'NoneType' for GatewayResponses. Expected an object of type 'GatewayResponse'. Resource with id [ApiB3] is invalid. Property 'ResponseParameters.Headers' should be a map. Resource with id [ApiB7] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiB8] is invalid. Invalid gateway response parameter 'Ref' Resource with id [ApiB9] is invalid. Invalid property type 'list' for GatewayResponses. Expected an object of type 'GatewayResponse'. Resource with id [ApiC1] is invalid. Invalid property type 'Py27UniStr' for GatewayResponses. Expected an object of type 'GatewayResponse'. Resource with id [ApiC2] is invalid. Invalid property 'Foo' in 'GatewayResponses' property 'R'. Resource with id [ApiC3] is invalid. Invalid gateway response parameter 'Foo' Resource with id [ApiC4] is invalid. Property 'ResponseParameters.Paths' should be a map. Resource with id [ApiC5] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiC7] is invalid. Property 'StatusCode' must be numeric", Error("""
        Resources:
          ApiA1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "-1"}}
          ApiA2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "4.0"}}
          ApiA3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: 0}}
          ApiA4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: true}}
          ApiA5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: ""}}
          ApiA6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: null}}
          ApiA7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Foo: {}}}}
          ApiA8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Headers: [a]}}}
          ApiA9:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseTemplates: [a]}}
          ApiB1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: null}}
          ApiB2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: null}
          ApiB3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Headers: null}}}
          ApiB4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Headers: !Ref AWS::Region}}}
          ApiB5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseTemplates: null}}
          ApiB6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseTemplates: "x"}}
          ApiB7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: " 4"}}
          ApiB8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: !Ref AWS::Region}}
          ApiB9:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: [1]}
          ApiC1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: "x"}
          ApiC2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: 4, Foo: 1, Bar: 2}}
          ApiC3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Headers: {a: 1}, Foo: 1}}}
          ApiC4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Paths: "x"}}}
          ApiC5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "٣"}}
          ApiC6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {}
          ApiC7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: 1.0}}
        """));
    }

    [Fact]
    public void Responses_are_all_read_before_their_parameter_maps_are_checked()
    {
        Assert.Equal("Invalid Serverless Application Specification document. Number of errors found: 25. Resource with id [ApiA1] is invalid. Invalid property 'Foo' in 'GatewayResponses' property 'R'. Resource with id [ApiA2] is invalid. Invalid gateway response parameter 'Foo' Resource with id [ApiA3] is invalid. Invalid gateway response parameter 'Foo' Resource with id [ApiA4] is invalid. Invalid gateway response parameter 'Foo' Resource with id [ApiA5] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiA6] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiA7] is invalid. Invalid property type 'int' for GatewayResponses. Expected an object of type 'GatewayResponse'. Resource with id [ApiA8] is invalid. Unable to set GatewayResponses attribute because intrinsic functions are not supported for this field. Resource with id [ApiA9] is invalid. Invalid key 'Foo' for 'Cors' property. Resource with id [ApiB1] is invalid. Invalid value for 'Auth' property Resource with id [ApiB2] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiB3] is invalid. GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiB4] is invalid. GatewayResponses works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiB5] is invalid. Models works only with inline Swagger specified in 'DefinitionBody' property. Resource with id [ApiB6] is invalid. Unable to add Auth configuration because 'DefinitionBody' does not contain a valid Swagger definition. Resource with id [ApiB7] is invalid. Unable to add Models definitions because 'DefinitionBody' does not contain a valid Swagger definition. Resource with id [ApiB8] is invalid. Property 'ResponseParameters.Headers' should be a map. Resource with id [ApiB9] is invalid. Property 'ResponseParameters.Headers' should be a map. Resource with id [ApiC1] is invalid. Invalid property 'Foo' in 'GatewayResponses' property 'S'. Resource with id [ApiC2] is invalid. Invalid property 'Foo' in 'GatewayResponses' property 'R'. Resource with id [ApiC3] is invalid. Invalid gateway response parameter 'Foo' Resource with id [ApiC4] is invalid. Property 'StatusCode' must be numeric Resource with id [ApiC5] is invalid. Invalid value for 'Models' property Resource with id [ApiC6] is invalid. Invalid key 'Foo' for 'Cors' property. Resource with id [ApiC7] is invalid. Models works only with inline Swagger specified in 'DefinitionBody' property.", Error("""
        Resources:
          ApiA1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "x", Foo: 1}}
          ApiA2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: "x", ResponseParameters: {Foo: 1}}}
          ApiA3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Foo: 1, Headers: []}}}
          ApiA4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Headers: [], Foo: 1}}}
          ApiA5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: []}, S: {StatusCode: x}}
          ApiA6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {S: {StatusCode: x}, R: {ResponseParameters: []}}
          ApiA7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: x}, S: 1}
          ApiA8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: x}, S: !Ref AWS::Region}
          ApiA9:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: x}}
              Cors: {AllowOrigin: 1, Foo: 2}
          ApiB1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: x}}
              Auth: {Foo: 1}
          ApiB2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: x}}
              Models: {U: 1}
          ApiB3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              GatewayResponses: {R: {StatusCode: x}}
              BinaryMediaTypes: [1]
              DefinitionUri: s3://b/k
          ApiB4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              GatewayResponses: {R: {StatusCode: x}}
              DefinitionUri: s3://b/k
          ApiB5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models: {U: {}}
              DefinitionUri: s3://b/k
          ApiB6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              GatewayResponses: {R: {StatusCode: x}}
              DefinitionBody: {foo: 1}
          ApiB7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models: {U: {}}
              DefinitionBody: {foo: 1}
          ApiB8:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Headers: [], Paths: []}}}
          ApiB9:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Paths: [], Headers: []}}}
          ApiC1:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {S: {Foo: 1}, R: {Bar: 1}}
          ApiC2:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {Foo: 1, Bar: 2}}
          ApiC3:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {ResponseParameters: {Foo: 1, Bar: 2}}}
          ApiC4:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              GatewayResponses: {R: {StatusCode: x}}
              Auth: {DefaultAuthorizer: NOPE}
          ApiC5:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Models: {U: 1}
              Auth: {DefaultAuthorizer: NOPE}
          ApiC6:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              DefinitionBody: {swagger: '2.0', paths: {}}
              Models: {U: 1}
              Cors: {AllowOrigin: 1, Foo: 2}
          ApiC7:
            Type: AWS::Serverless::Api
            Properties:
              StageName: dev
              Models: {U: 1}
              DisableExecuteApiEndpoint: true
              DefinitionUri: s3://b/k
        """));
    }
}
