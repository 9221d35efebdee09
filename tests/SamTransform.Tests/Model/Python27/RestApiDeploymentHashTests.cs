using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;
using Xunit;

namespace SamTransform.Tests.Model.Python27;

/// <summary>
/// Expected texts and ids from the reference for one template: an <c>AWS::Serverless::Api</c> MyApi (StageName prod)
/// and a function Fn with an <c>Api</c> event (RestApiId MyApi, Path /hello, Method GET), plus what each test names.
/// </summary>
public class RestApiDeploymentHashTests
{
    private const string Uri = "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations";

    private const string Paths = "'paths': {u'/hello': {u'get': {'x-amazon-apigateway-integration': {'httpMethod': 'POST', 'type': 'aws_proxy', 'uri': {'Fn::Sub': u'" + Uri + "'}}, 'responses': {}}}}";

    private static JObject Document(string versionKey, string version)
    {
        var operation = new JObject
        {
            ["x-amazon-apigateway-integration"] = new JObject
            {
                ["type"] = "aws_proxy",
                ["httpMethod"] = "POST",
                ["uri"] = new JObject { ["Fn::Sub"] = Py27Strings.MarkUnicode(new JValue(Uri)) },
            },
            ["responses"] = new JObject(),
        };
        return new JObject
        {
            [versionKey] = version,
            ["info"] = new JObject { ["version"] = "1.0", ["title"] = new JObject { ["Ref"] = "AWS::StackName" } },
            ["paths"] = new JObject(Py27Strings.MarkUnicodeName(new JProperty("/hello", new JObject(Py27Strings.MarkUnicodeName(new JProperty("get", operation)))))),
        };
    }

    [Fact]
    public void A_function_name_follows_the_document()
    {
        // Fn has FunctionName: myfn
        var text = RestApiDeploymentHash.Text(Document("swagger", "2.0"), functionNames: "myfn");
        Assert.Equal("{'info': {'version': '1.0', 'title': {'Ref': 'AWS::StackName'}}, " + Paths + ", 'swagger': '2.0'}||myfn", text);
        var hash = RestApiDeploymentHash.Compute(Document("swagger", "2.0"), functionNames: "myfn");
        Assert.Equal("04429531d9c3448b72a184e14e01aec4c4ca0150", hash);
        Assert.Equal("MyApiDeployment04429531d9", RestApiDeploymentHash.DeploymentId("MyApi", hash));
        Assert.Equal("RestApi deployment id: 04429531d9c3448b72a184e14e01aec4c4ca0150", RestApiDeploymentHash.Description(hash));
    }

    [Fact]
    public void An_openapi_version_written_as_a_number_joins_as_its_str()
    {
        // MyApi has OpenApiVersion: 3.0 (a YAML float)
        var text = RestApiDeploymentHash.Text(Document("openapi", "3.0"), openApiVersion: new JValue(3.0));
        Assert.Equal("{'info': {'version': '1.0', 'title': {'Ref': 'AWS::StackName'}}, " + Paths + ", 'openapi': '3.0'}||3.0", text);
        Assert.Equal("0afe91c4b6998e04425dc94474eb9d4c38bde3ef", RestApiDeploymentHash.Compute(Document("openapi", "3.0"), openApiVersion: new JValue(3.0)));
    }

    [Fact]
    public void A_domain_joins_as_python_2_json_in_dict_order()
    {
        // MyApi has Domain: {DomainName: api.example.com, CertificateArn: arn:aws:acm:us-east-1:1:certificate/x}
        var domain = new JObject
        {
            ["DomainName"] = "api.example.com",
            ["CertificateArn"] = "arn:aws:acm:us-east-1:1:certificate/x",
            ["EndpointConfiguration"] = "REGIONAL",
            ["ApiDomainName"] = "ApiGatewayDomainName1bc412bb08",
        };
        var text = RestApiDeploymentHash.Text(Document("swagger", "2.0"), domain: domain);
        Assert.EndsWith("'swagger': '2.0'}||{\"CertificateArn\": \"arn:aws:acm:us-east-1:1:certificate/x\", \"ApiDomainName\": \"ApiGatewayDomainName1bc412bb08\", \"EndpointConfiguration\": \"REGIONAL\", \"DomainName\": \"api.example.com\"}", text);
        Assert.Equal("14fa1ed1b089deb77b44b3a9d45f14f85d6bdcd2", RestApiDeploymentHash.Compute(Document("swagger", "2.0"), domain: domain));
    }

    [Fact]
    public void Function_names_come_in_the_dict_order_of_the_resources()
    {
        // Resources MyApi, Zeta, Alpha, Mid, Beta, Gamma (functions named z, a, m, b, g, each with an Api event on
        // MyApi): the reference joins "mbazg"; Gamma's name here is an intrinsic, joined as its str().
        string[] ids = ["MyApi", "Zeta", "Alpha", "Mid", "Beta", "Gamma"];
        var names = new Dictionary<string, JToken> { ["Zeta"] = "z", ["Alpha"] = "a", ["Mid"] = "m", ["Beta"] = "b", ["Gamma"] = "g" };
        Assert.Equal("mbazg", RestApiDeploymentHash.FunctionNames(ids, names));
        names["Gamma"] = Py27Strings.MarkUnicode(new JObject { ["Fn::Sub"] = "MySuperFunctionName" });
        Assert.Equal("mbaz{u'Fn::Sub': u'MySuperFunctionName'}", RestApiDeploymentHash.FunctionNames(ids, names));
    }

    /// <summary>
    /// An API whose DefinitionBody the reference edits (Auth with a Cognito authorizer): the editing session copies
    /// the body on entry and on exit, which reorders the colliding keys swagger and x-k3.
    /// </summary>
    [Fact]
    public void An_edited_definition_body_is_copied_around_the_edit()
    {
        var read = SamTransform.Reading.TemplateReader.Read("""
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: prod
                  Auth:
                    DefaultAuthorizer: MyAuth
                    Authorizers:
                      MyAuth:
                        UserPoolArn: arn:aws:cognito-idp:us-east-1:1:userpool/x
                  DefinitionBody:
                    swagger: '2.0'
                    info: {title: t}
                    x-k76: 1
                    x-k3: 1
                    x-k99: 1
                    paths:
                      /x:
                        get:
                          responses: {}
            """);
        var properties = read.Template!["Resources"]!["MyApi"]!["Properties"]!;
        var body = (JObject)properties["DefinitionBody"]!;
        var authorizer = properties["Auth"]!["Authorizers"]!["MyAuth"]!;
        const string Expected = "{u'info': {u'title': u't'}, u'paths': {u'/x': {u'get': {u'responses': {}}}}, u'x-k76': 1, u'x-k99': 1, 'securityDefinitions': {u'MyAuth': {'in': 'header', 'type': 'apiKey', 'name': 'Authorization', 'x-amazon-apigateway-authorizer': {'providerARNs': [u'arn:aws:cognito-idp:us-east-1:1:userpool/x'], 'type': 'cognito_user_pools'}, 'x-amazon-apigateway-authtype': 'cognito_user_pools'}}, u'swagger': u'2.0', u'x-k3': 1}";
        // without the copies the colliding keys come out the other way round
        Assert.EndsWith("u'x-k3': 1, u'swagger': u'2.0'}", Py27Repr.Repr(body));

        Py27Dict.Copy(body);
        body["securityDefinitions"] = new JObject(Py27Strings.MarkUnicodeName(new JProperty("MyAuth", new JObject
        {
            ["type"] = "apiKey",
            ["name"] = "Authorization",
            ["in"] = "header",
            ["x-amazon-apigateway-authtype"] = "cognito_user_pools",
            ["x-amazon-apigateway-authorizer"] = new JObject { ["type"] = "cognito_user_pools", ["providerARNs"] = new JArray(authorizer["UserPoolArn"]!.DeepClone()) },
        })));
        Py27Dict.Copy(body);
        Assert.Equal(Expected, Py27Repr.Repr(body));
    }

    [Fact]
    public void Nothing_is_joined_for_absent_parts()
    {
        var text = RestApiDeploymentHash.Text(new JObject { ["Bucket"] = "b", ["Key"] = Py27Strings.MarkUnicode(new JValue("swagger.yaml")) }, functionNames: "");
        Assert.Equal("{'Bucket': 'b', 'Key': u'swagger.yaml'}", text);
    }
}
