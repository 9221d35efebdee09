using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;
using static SamTransform.Tests.Resources.RestApi.RestTransforms;

namespace SamTransform.Tests.Resources.RestApi;

/// <summary>
/// The <c>Domain</c> of REST APIs (<c>RestApiDomain</c>) and the API's <c>Policy</c>, <c>SecurityPolicy</c> and
/// <c>EndpointAccessMode</c>. Every template is our own; every expected value is what the reference translator gives
/// for it.
/// </summary>
public class RestApiDomainTests
{
    private static readonly string[] DomainTypes =
    [
        "AWS::ApiGateway::DomainName", "AWS::ApiGateway::DomainNameV2", "AWS::ApiGateway::BasePathMapping", "AWS::ApiGateway::BasePathMappingV2",
        "AWS::ApiGateway::DomainNameAccessAssociation", "AWS::Route53::RecordSetGroup",
    ];

    private static JObject Output(string yaml)
    {
        var result = Transform(yaml);
        Assert.True(result.Succeeded, result.ErrorMessage);
        return result.Output!;
    }

    /// <summary>JSON with keys sorted and arrays in one order at every depth (the comparison the corpus makes).</summary>
    private static string Canonical(JToken token) => Sorted(token).ToString(Formatting.None);

    private static JToken Sorted(JToken token) => token switch
    {
        JObject o => new JObject(o.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray a => new JArray(a.Select(Sorted).OrderBy(t => t.ToString(Formatting.None), StringComparer.Ordinal)),
        _ => token.DeepClone(),
    };

    /// <summary>The domain resources generated are exactly <paramref name="expected"/> (their properties, by logical id).</summary>
    private static void AssertGenerated(JObject resources, int count, Dictionary<string, string> expected)
    {
        var generated = resources.Properties().Where(p => DomainTypes.Contains((string?)p.Value["Type"])).ToList();
        Assert.Equal(count, generated.Count);
        foreach (var (id, properties) in expected)
        {
            Assert.True(resources[id] is not null, $"missing {id}");
            Assert.Equal(Canonical(JToken.Parse(properties)), Canonical(resources[id]!["Properties"]!));
        }
    }

    /// <summary>An edge-optimized domain: its certificate as <c>CertificateArn</c>, the API's tags with <c>PropagateTags</c>, base paths kept to their letters and digits, A and AAAA aliases of its CloudFront distribution, <c>MyApi.DomainName</c>.</summary>
    [Fact]
    public void An_edge_domain_maps_each_base_path_and_aliases_its_distribution()
    {
        var output = Output(""""
            Parameters:
              Cert: {Type: String, Default: arn:aws:acm:us-east-1:123456789012:certificate/c}
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  PropagateTags: true
                  Tags: {Team: blue}
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: edge.example.com
                    CertificateArn: !Ref Cert
                    EndpointConfiguration: EDGE
                    SecurityPolicy: TLS_1_2
                    BasePath: [/, /v1/users]
                    Route53: {HostedZoneId: Z1, IpV6: true}
            Outputs:
              Domain: {Value: !Ref MyApi.DomainName}
            """");
        var resources = (JObject)output["Resources"]!;
        Assert.NotNull(resources["MyApiDeployment479a42e91a"]);
        AssertGenerated(resources, 4, new Dictionary<string, string>
        {
            ["MyApiBasePathMapping"] = """{"BasePath":"","DomainName":{"Ref":"ApiGatewayDomainName21e04b45aa"},"RestApiId":{"Ref":"MyApi"},"Stage":{"Ref":"MyApiProdStage"}}""",
            ["ApiGatewayDomainName21e04b45aa"] = """{"DomainName":"edge.example.com","EndpointConfiguration":{"Types":["EDGE"]},"SecurityPolicy":"TLS_1_2","CertificateArn":"arn:aws:acm:us-east-1:123456789012:certificate/c","Tags":[{"Key":"Team","Value":"blue"}]}""",
            ["RecordSetGroup0cf6d58763"] = """{"HostedZoneId":"Z1","RecordSets":[{"Name":"edge.example.com","Type":"A","AliasTarget":{"HostedZoneId":"Z2FDTNDATAQYW2","DNSName":{"Fn::GetAtt":["ApiGatewayDomainName21e04b45aa","DistributionDomainName"]}}},{"Name":"edge.example.com","Type":"AAAA","AliasTarget":{"HostedZoneId":"Z2FDTNDATAQYW2","DNSName":{"Fn::GetAtt":["ApiGatewayDomainName21e04b45aa","DistributionDomainName"]}}}]}""",
            ["MyApiv1usersBasePathMapping"] = """{"BasePath":"v1users","DomainName":{"Ref":"ApiGatewayDomainName21e04b45aa"},"RestApiId":{"Ref":"MyApi"},"Stage":{"Ref":"MyApiProdStage"}}""",
        });
        Assert.Equal("""{"Domain":{"Value":{"Ref":"ApiGatewayDomainName21e04b45aa"}}}""", Canonical(output["Outputs"]!));
    }

    /// <summary>A regional domain (the default type): <c>RegionalCertificateArn</c>, the mutual TLS fields that are set, ownership certificate, IP address type, access mode; a record set group naming both the zone id and name; latency routing and target health (a distribution name is for edge domains only); an intrinsic domain name hashed as JSON.</summary>
    [Fact]
    public void A_regional_domain_copies_its_settings_and_latency_routes()
    {
        var output = Output(""""
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: !Sub 'api.${AWS::AccountId}.example.com'
                    CertificateArn: arn:cert
                    OwnershipVerificationCertificateArn: arn:own
                    IpAddressType: dualstack
                    EndpointAccessMode: STRICT
                    MutualTlsAuthentication: {TruststoreUri: s3://b/t.pem, TruststoreVersion: ''}
                    BasePath: api
                    Route53: {HostedZoneId: Z1, HostedZoneName: example.com., EvaluateTargetHealth: true, Region: eu-west-1, SetIdentifier: eu, DistributionDomainName: ignored}
            """");
        var resources = (JObject)output["Resources"]!;
        Assert.NotNull(resources["MyApiDeployment3a3c1d0c00"]);
        AssertGenerated(resources, 3, new Dictionary<string, string>
        {
            ["ApiGatewayDomainName802afe61ee"] = """{"RegionalCertificateArn":"arn:cert","DomainName":{"Fn::Sub":"api.${AWS::AccountId}.example.com"},"EndpointConfiguration":{"Types":["REGIONAL"],"IpAddressType":"dualstack"},"MutualTlsAuthentication":{"TruststoreUri":"s3://b/t.pem"},"EndpointAccessMode":"STRICT","OwnershipVerificationCertificateArn":"arn:own"}""",
            ["MyApiapiBasePathMapping"] = """{"BasePath":"api","DomainName":{"Ref":"ApiGatewayDomainName802afe61ee"},"RestApiId":{"Ref":"MyApi"},"Stage":{"Ref":"MyApiProdStage"}}""",
            ["RecordSetGroup0cf6d58763"] = """{"HostedZoneId":"Z1","HostedZoneName":"example.com.","RecordSets":[{"Name":{"Fn::Sub":"api.${AWS::AccountId}.example.com"},"Type":"A","AliasTarget":{"EvaluateTargetHealth":true,"HostedZoneId":{"Fn::GetAtt":["ApiGatewayDomainName802afe61ee","RegionalHostedZoneId"]},"DNSName":{"Fn::GetAtt":["ApiGatewayDomainName802afe61ee","RegionalDomainName"]}},"Region":"eu-west-1","SetIdentifier":"eu"}]}""",
        });
    }

    /// <summary>A private domain: <c>DomainNameV2</c> with the domain's <c>Policy</c> (parameters resolved; mutual TLS is not for private domains), base paths as written with <c>NormalizeBasePath: false</c>, the access association named after the endpoint and the domain, aliases of the VPC endpoint, and the API's own <c>Policy</c> on the RestApi.</summary>
    [Fact]
    public void A_private_domain_is_a_domain_name_v2_with_its_policy_access_association_and_vpc_endpoint_alias()
    {
        var output = Output(""""
            Parameters:
              Vpce: {Type: String, Default: vpce-0123}
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  EndpointConfiguration: {Type: PRIVATE, VPCEndpointIds: [!Ref Vpce]}
                  Policy: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*'}]}
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: private.example.com
                    CertificateArn: arn:cert
                    EndpointConfiguration: PRIVATE
                    SecurityPolicy: TLS_1_2
                    MutualTlsAuthentication: {TruststoreUri: ignored}
                    NormalizeBasePath: false
                    BasePath: [/v1/]
                    AccessAssociation: {VpcEndpointId: !Ref Vpce}
                    Policy: {Statement: [{Effect: Allow, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: {StringEquals: {'aws:SourceVpce': !Ref Vpce}}}]}
                    Route53: {HostedZoneId: Z1, VpcEndpointDomainName: vpce.example.com, VpcEndpointHostedZoneId: ZV, IpV6: true}
            Outputs:
              Domain: {Value: !GetAtt MyApi.DomainNameV2.Arn}
            """");
        var resources = (JObject)output["Resources"]!;
        Assert.NotNull(resources["MyApiDeployment522b8297d4"]);
        AssertGenerated(resources, 4, new Dictionary<string, string>
        {
            ["DomainNameAccessAssociation520670b2dc"] = """{"AccessAssociationSource":"vpce-0123","AccessAssociationSourceType":"VPCE","DomainNameArn":{"Ref":"ApiGatewayDomainNameV27c603ed871"}}""",
            ["RecordSetGroup0cf6d58763"] = """{"HostedZoneId":"Z1","RecordSets":[{"Name":"private.example.com","Type":"A","AliasTarget":{"HostedZoneId":"ZV","DNSName":"vpce.example.com"}},{"Name":"private.example.com","Type":"AAAA","AliasTarget":{"HostedZoneId":"ZV","DNSName":"vpce.example.com"}}]}""",
            ["MyApiv1BasePathMapping"] = """{"BasePath":"/v1/","DomainNameArn":{"Ref":"ApiGatewayDomainNameV27c603ed871"},"RestApiId":{"Ref":"MyApi"},"Stage":{"Ref":"MyApiProdStage"}}""",
            ["ApiGatewayDomainNameV27c603ed871"] = """{"DomainName":"private.example.com","EndpointConfiguration":{"Types":["PRIVATE"]},"SecurityPolicy":"TLS_1_2","CertificateArn":"arn:cert","Policy":{"Statement":[{"Action":"execute-api:Invoke","Resource":"execute-api:/*","Effect":"Allow","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-0123"}},"Principal":"*"}]}}""",
        });
        Assert.Equal("""{"Domain":{"Value":{"Fn::GetAtt":["ApiGatewayDomainNameV27c603ed871","Arn"]}}}""", Canonical(output["Outputs"]!));
    }

    /// <summary><c>Globals.Api.Domain</c> merged into each API's own (the deployment hash joins the merged domain), and two APIs adding to one record set group.</summary>
    [Fact]
    public void Globals_domain_settings_merge_into_each_apis_domain_and_apis_share_the_zones_group()
    {
        var output = Output(""""
            Parameters:
              Name: {Type: String, Default: g.example.com}
            Globals:
              Api:
                Domain:
                  CertificateArn: arn:g
                  BasePath: /g
                  Route53: {HostedZoneId: Z1}
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: !Ref Name
                    Route53: {IpV6: true}
                    BasePath: /x
              Other:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: other.example.com
            """");
        var resources = (JObject)output["Resources"]!;
        Assert.NotNull(resources["MyApiDeploymentba59509498"]);
        Assert.NotNull(resources["OtherDeployment87bce90de6"]);
        AssertGenerated(resources, 5, new Dictionary<string, string>
        {
            ["ApiGatewayDomainName3c737b9b18"] = """{"RegionalCertificateArn":"arn:g","DomainName":"other.example.com","EndpointConfiguration":{"Types":["REGIONAL"]}}""",
            ["MyApixBasePathMapping"] = """{"BasePath":"x","DomainName":{"Ref":"ApiGatewayDomainNamed23800b7c3"},"RestApiId":{"Ref":"MyApi"},"Stage":{"Ref":"MyApiProdStage"}}""",
            ["RecordSetGroup0cf6d58763"] = """{"HostedZoneId":"Z1","RecordSets":[{"Name":"other.example.com","Type":"A","AliasTarget":{"HostedZoneId":{"Fn::GetAtt":["ApiGatewayDomainName3c737b9b18","RegionalHostedZoneId"]},"DNSName":{"Fn::GetAtt":["ApiGatewayDomainName3c737b9b18","RegionalDomainName"]}}},{"Name":"g.example.com","Type":"A","AliasTarget":{"HostedZoneId":{"Fn::GetAtt":["ApiGatewayDomainNamed23800b7c3","RegionalHostedZoneId"]},"DNSName":{"Fn::GetAtt":["ApiGatewayDomainNamed23800b7c3","RegionalDomainName"]}}},{"Name":"g.example.com","Type":"AAAA","AliasTarget":{"HostedZoneId":{"Fn::GetAtt":["ApiGatewayDomainNamed23800b7c3","RegionalHostedZoneId"]},"DNSName":{"Fn::GetAtt":["ApiGatewayDomainNamed23800b7c3","RegionalDomainName"]}}}]}""",
            ["ApiGatewayDomainNamed23800b7c3"] = """{"RegionalCertificateArn":"arn:g","DomainName":"g.example.com","EndpointConfiguration":{"Types":["REGIONAL"]}}""",
            ["OthergBasePathMapping"] = """{"BasePath":"g","DomainName":{"Ref":"ApiGatewayDomainName3c737b9b18"},"RestApiId":{"Ref":"Other"},"Stage":{"Ref":"OtherProdStage"}}""",
        });
    }

    /// <summary>Separate record set groups (<c>RecordSetGroup</c> + hash of the zone and the domain name) next to a shared one; a group carries the <c>Condition</c> and deletion policies of the API that made it.</summary>
    [Fact]
    public void Separate_record_set_groups_are_named_after_zone_and_domain()
    {
        var resources = (JObject)Output(""""
            Conditions:
              C: {Fn::Equals: [a, b]}
            Resources:
              A1:
                Type: AWS::Serverless::Api
                Condition: C
                DeletionPolicy: Retain
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: one.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneId: Z1, SeparateRecordSetGroup: true}
              A2:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: two.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneId: Z1}
              A3:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: three.example.com
                    CertificateArn: arn:cert
                    Route53: {HostedZoneName: zone.com., HostedZoneId: null, SeparateRecordSetGroup: true}
            """")["Resources"]!;
        Assert.Equal(3, resources.Properties().Count(p => (string?)p.Value["Type"] == "AWS::Route53::RecordSetGroup"));
        Assert.Equal("C", (string?)resources["RecordSetGroup0979eb6c39"]!["Condition"]);
        Assert.Equal("Retain", (string?)resources["RecordSetGroup0979eb6c39"]!["DeletionPolicy"]);
        Assert.Equal("one.example.com", (string?)resources["RecordSetGroup0979eb6c39"]!["Properties"]!["RecordSets"]![0]!["Name"]);
        Assert.Null(resources["RecordSetGroup0cf6d58763"]!["Condition"]);
        Assert.Equal("two.example.com", (string?)resources["RecordSetGroup0cf6d58763"]!["Properties"]!["RecordSets"]![0]!["Name"]);
        Assert.Equal("""{"HostedZoneName":"zone.com.","RecordSets":[{"AliasTarget":{"DNSName":{"Fn::GetAtt":["ApiGatewayDomainNameb6be4577e0","RegionalDomainName"]},"HostedZoneId":{"Fn::GetAtt":["ApiGatewayDomainNameb6be4577e0","RegionalHostedZoneId"]}},"Name":"three.example.com","Type":"A"}]}""",
            Canonical(resources["RecordSetGroupd3f22e82dc"]!["Properties"]!));
        Assert.Equal("C", (string?)resources["A1BasePathMapping"]!["Condition"]);
    }

    /// <summary>
    /// A <c>Route53</c> taken from <c>Globals</c> as it is is one map for every API (the reference's): the first edge
    /// domain in the 2.7 order of the resource ids (here <c>Q</c>, written second) writes its distribution into it, and
    /// the other API's records and deployment hash use that one.
    /// </summary>
    [Fact]
    public void A_route53_from_globals_is_shared_so_the_first_edge_domain_names_the_distribution_for_all()
    {
        var resources = (JObject)Output(""""
            Globals:
              Api:
                Domain:
                  DomainName: edge.example.com
                  CertificateArn: arn:cert
                  EndpointConfiguration: EDGE
                  Route53: {HostedZoneId: Z1}
            Resources:
              Z:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain: {BasePath: /one, DomainName: first.example.com}
              Q:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain: {BasePath: /two, DomainName: second.example.com}
            """")["Resources"]!;
        Assert.NotNull(resources["QDeployment165e8c5083"]);
        Assert.NotNull(resources["ZDeploymentab82ba8e24"]);
        Assert.Equal(Canonical(JToken.Parse("""{"HostedZoneId":"Z1","RecordSets":[{"Name":"second.example.com","Type":"A","AliasTarget":{"HostedZoneId":"Z2FDTNDATAQYW2","DNSName":{"Fn::GetAtt":["ApiGatewayDomainName8987c5c818","DistributionDomainName"]}}},{"Name":"first.example.com","Type":"A","AliasTarget":{"HostedZoneId":"Z2FDTNDATAQYW2","DNSName":{"Fn::GetAtt":["ApiGatewayDomainName8987c5c818","DistributionDomainName"]}}}]}""")),
            Canonical(resources["RecordSetGroup0cf6d58763"]!["Properties"]!));
    }

    /// <summary>Base paths keep their letters and digits (in the id always, in the path unless <c>NormalizeBasePath</c> is false or null); a value that is neither a text nor a list is no base path.</summary>
    [Fact]
    public void Base_paths_and_their_mapping_ids()
    {
        var resources = (JObject)Output(""""
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: a.example.com
                    CertificateArn: arn:cert
                    BasePath: ['/v1/users', 'a.b-c', 'x_y', '/x//', '']
              Raw:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: b.example.com
                    CertificateArn: arn:cert
                    NormalizeBasePath: null
                    BasePath: ['/v1/users/']
              NoPaths:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain:
                    DomainName: c.example.com
                    CertificateArn: arn:cert
                    BasePath: {not: a list}
            """")["Resources"]!;
        string? BasePath(string id) => (string?)resources[id]!["Properties"]!["BasePath"];
        Assert.Equal("v1users", BasePath("MyApiv1usersBasePathMapping"));
        Assert.Equal("abc", BasePath("MyApiabcBasePathMapping"));
        Assert.Equal("xy", BasePath("MyApixyBasePathMapping"));
        Assert.Equal("x", BasePath("MyApixBasePathMapping"));
        Assert.Equal("", BasePath("MyApiBasePathMapping"));
        Assert.Equal("/v1/users/", BasePath("Rawv1usersBasePathMapping"));
        Assert.Null(resources["NoPathsBasePathMapping"]!["Properties"]!["BasePath"]);
        Assert.Equal(7, resources.Properties().Count(p => (string?)p.Value["Type"] == "AWS::ApiGateway::BasePathMapping"));
    }

    /// <summary>The API's <c>Policy</c>, <c>SecurityPolicy</c> and <c>EndpointAccessMode</c> go to the RestApi when set (not empty).</summary>
    [Fact]
    public void Policy_security_policy_and_endpoint_access_mode_of_the_api()
    {
        var resources = (JObject)Output(""""
            Resources:
              Strict:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Policy: !Ref AWS::NoValue
                  SecurityPolicy: SecurityPolicy_TLS13_1_3_2025_09
                  EndpointAccessMode: STRICT
              Empty:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Policy: {}
                  SecurityPolicy: ''
                  EndpointAccessMode: ''
            """")["Resources"]!;
        var strict = (JObject)resources["Strict"]!["Properties"]!;
        Assert.Equal("""{"Ref":"AWS::NoValue"}""", strict["Policy"]!.ToString(Formatting.None));
        Assert.Equal("SecurityPolicy_TLS13_1_3_2025_09", (string?)strict["SecurityPolicy"]);
        Assert.Equal("STRICT", (string?)strict["EndpointAccessMode"]);
        Assert.Equal(["Body"], ((JObject)resources["Empty"]!["Properties"]!).Properties().Select(p => p.Name));
    }

    private const string Base = "DomainName: a.b, CertificateArn: arn:cert";

    /// <summary>The reference's checks of a domain, in its order: each case has two problems and the first is reported.</summary>
    [Theory]
    [InlineData("!Ref P", "[MyApi] is invalid. Property 'Domain' should be a map.")]
    [InlineData("{CertificateArn: x}", "[MyApi] is invalid. Property 'Domain.DomainName' is required.")]
    [InlineData("{DomainName: a.b, EndpointConfiguration: bad}", "[MyApi] is invalid. Property 'Domain.CertificateArn' is required.")]
    [InlineData("{" + Base + ", EndpointConfiguration: edge, MutualTlsAuthentication: bad}", "[MyApi] is invalid. EndpointConfiguration for Custom Domains must be one of ['EDGE', 'REGIONAL', 'PRIVATE'].")]
    [InlineData("{" + Base + ", EndpointConfiguration: {Fn::If: [c, EDGE, REGIONAL]}}", "[MyApi] is invalid. EndpointConfiguration for Custom Domains must be one of ['EDGE', 'REGIONAL', 'PRIVATE'].")]
    [InlineData("{" + Base + ", MutualTlsAuthentication: bad, Policy: {a: 1}}", "[MyApi] is invalid. Property 'Domain.MutualTlsAuthentication' should be a map.")]
    [InlineData("{" + Base + ", MutualTlsAuthentication: {X: 1, TruststoreUri: a}}", "[MyApi] is invalid. Available Domain.MutualTlsAuthentication fields are ['TruststoreUri', 'TruststoreVersion'].")]
    [InlineData("{" + Base + ", Policy: {a: 1}, BasePath: [5], Route53: bad}", "[ApiGatewayDomainName69f6642c9d] is invalid. property Policy not defined for resource of type AWS::ApiGateway::DomainName")]
    [InlineData("{" + Base + ", EndpointConfiguration: PRIVATE, OwnershipVerificationCertificateArn: x, BasePath: [5]}", "[ApiGatewayDomainNameV269f6642c9d] is invalid. property OwnershipVerificationCertificateArn not defined for resource of type AWS::ApiGateway::DomainNameV2")]
    [InlineData("{" + Base + ", BasePath: ['a', !Ref P, [x]], Route53: bad}", "[MyApi] is invalid. Property 'Domain.BasePath[2]' should be a string.")]
    [InlineData("{" + Base + ", Route53: bad}", "[MyApi] is invalid. Property 'Domain.Route53' should be a map.")]
    [InlineData("{" + Base + ", Route53: {HostedZoneId: null, SeparateRecordSetGroup: 1}}", "[MyApi] is invalid. HostedZoneId or HostedZoneName is required to enable Route53 support on Custom Domains.")]
    [InlineData("{" + Base + ", Route53: {HostedZoneId: Z, SeparateRecordSetGroup: 'yes'}}", "[MyApi] is invalid. Property 'Domain.Route53.SeparateRecordSetGroup' should be a boolean.")]
    public void The_references_checks_in_its_order(string domain, string message)
    {
        var error = Error($$$"""
            Parameters:
              P: {Type: String, Default: x}
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Auth: {UsagePlan: {CreateUsagePlan: BAD}}
                  Domain: {{{domain}}}
            """);
        Assert.Equal(ErrorPrefix + "1. Resource with id " + message, error);
    }

    /// <summary>Not the reference's message: it fails with an internal error on an access association that is not a map.</summary>
    [Fact]
    public void An_access_association_that_is_not_a_map()
    {
        var error = Error("""
            Resources:
              MyApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: Prod
                  DefinitionBody: {swagger: '2.0', info: {}, paths: {}}
                  Domain: {DomainName: a.b, CertificateArn: c, EndpointConfiguration: PRIVATE, AccessAssociation: [vpce-1], Route53: bad}
            """);
        Assert.Equal(ErrorPrefix + "1. Resource with id [MyApi] is invalid. Property 'Domain.AccessAssociation' should be a map.", error);
    }
}
