using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using Xunit;

namespace SamTransform.Tests.Specification;

/// <summary>
/// The type checks SAM makes of each property, with its exact messages and in its order. Every expected message is what
/// AWS's translator answered for the same template (a valid resource of the type with the one property changed).
/// </summary>
public class PropertyChecksTests
{
    /// <summary>A valid resource of each type (the probes' base); the property under test is added to it.</summary>
    private static readonly Dictionary<string, string> Bases = new(StringComparer.Ordinal)
    {
        ["Function"] = """{"CodeUri": "s3://b/k.zip", "Handler": "h", "Runtime": "python3.12"}""",
        ["StateMachine"] = """{"Definition": {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}}""",
        ["HttpApi"] = "{}",
        ["LayerVersion"] = """{"ContentUri": "s3://b/k.zip"}""",
        ["SimpleTable"] = "{}",
        ["Application"] = """{"Location": "https://s3.amazonaws.com/b/t.yaml"}""",
        ["CapacityProvider"] = """{"VpcConfig": {"SubnetIds": ["s"], "SecurityGroupIds": ["g"]}}""",
        ["Connector"] = """{"Source": {"Id": "Q"}, "Destination": {"Id": "T"}, "Permissions": ["Write"]}""",
    };

    private static string? Error(string type, IEnumerable<(string Name, JToken Value)> properties)
    {
        var props = JObject.Parse(Bases[type]);
        foreach (var (name, value) in properties) props[name] = value;
        var template = new JObject
        {
            ["Resources"] = new JObject
            {
                ["Q"] = new JObject { ["Type"] = "AWS::SQS::Queue" },
                ["T"] = new JObject { ["Type"] = "AWS::SNS::Topic" },
                ["R"] = new JObject { ["Type"] = "AWS::Serverless::" + type, ["Properties"] = props },
            },
        };
        var result = SamTransformer.Transform(template);
        const string prefix = "Invalid Serverless Application Specification document. Number of errors found: 1. Resource with id [R] is invalid. ";
        return result.ErrorMessage is { } message && message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : result.ErrorMessage;
    }

    [Theory]
[InlineData("Function", "AssumeRolePolicyDocument", "true", "Property 'AssumeRolePolicyDocument' should be a map.")]
    [InlineData("Function", "AutoPublishAliasAllProperties", "5", "Type of property 'AutoPublishAliasAllProperties' is invalid.")]
    [InlineData("Function", "AutoPublishAlias", "true", "Type of property 'AutoPublishAlias' is invalid.")]
    [InlineData("Function", "AutoPublishCodeSha256", "true", "Type of property 'AutoPublishCodeSha256' is invalid.")]
    [InlineData("Function", "CapacityProviderConfig", "true", "Property 'CapacityProviderConfig' should be a map.")]
    [InlineData("Function", "DeadLetterQueue", "true", "Property 'DeadLetterQueue' should be a map.")]
    [InlineData("Function", "DeploymentPreference", "true", "Property 'DeploymentPreference' should be a map.")]
    [InlineData("Function", "DurableConfig", "true", "Property 'DurableConfig' should be a map.")]
    [InlineData("Function", "Environment", "true", "Type of property 'Environment' is invalid.")]
    [InlineData("Function", "EventInvokeConfig", "true", "Property 'EventInvokeConfig' should be a map.")]
    [InlineData("Function", "Events", "true", "Type of property 'Events' is invalid.")]
    [InlineData("Function", "FunctionName", "true", "Type of property 'FunctionName' is invalid.")]
    [InlineData("Function", "FunctionScalingConfig", "true", "Property 'FunctionScalingConfig' should be a map.")]
    [InlineData("Function", "FunctionUrlConfig", "true", "Property 'FunctionUrlConfig' should be a map.")]
    [InlineData("Function", "Layers", "true", "Type of property 'Layers' is invalid.")]
    [InlineData("Function", "PermissionsBoundary", "true", "Property 'PermissionsBoundary' should be a string.")]
    [InlineData("Function", "Policies", "true", "Type of property 'Policies' is invalid.")]
    [InlineData("Function", "PropagateTags", "5", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("Function", "Role", "true", "Property 'Role' should be a string.")]
    [InlineData("Function", "SnapStart", "true", "Property 'SnapStart' should be a map.")]
    [InlineData("Function", "Tags", "true", "Property 'Tags' should be a map.")]
    [InlineData("Function", "Tracing", "true", "Type of property 'Tracing' is invalid.")]
    [InlineData("Function", "VersionDeletionPolicy", "true", "Property 'VersionDeletionPolicy' should be a one of the strings: 'Delete' or 'Retain'.")]
    [InlineData("Application", "Location", "true", "Type of property 'Location' is invalid.")]
    [InlineData("Application", "NotificationARNs", "true", "Type of property 'NotificationARNs' is invalid.")]
    [InlineData("Application", "Parameters", "true", "Property 'Parameters' should be a map.")]
    [InlineData("Application", "Tags", "true", "Property 'Tags' should be a map.")]
    [InlineData("Application", "TimeoutInMinutes", "[\"a\"]", "Type of property 'TimeoutInMinutes' is invalid.")]
    [InlineData("CapacityProvider", "CapacityProviderName", "true", "Type of property 'CapacityProviderName' is invalid.")]
    [InlineData("CapacityProvider", "InstanceRequirements", "true", "Property 'InstanceRequirements' should be a map.")]
    [InlineData("CapacityProvider", "KmsKeyArn", "true", "Type of property 'KmsKeyArn' is invalid.")]
    [InlineData("CapacityProvider", "OperatorRole", "true", "Type of property 'OperatorRole' is invalid.")]
    [InlineData("CapacityProvider", "PropagateTags", "5", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("CapacityProvider", "ScalingConfig", "true", "Property 'ScalingConfig' should be a map.")]
    [InlineData("CapacityProvider", "Tags", "true", "Property 'Tags' should be a map.")]
    [InlineData("CapacityProvider", "VpcConfig", "true", "Property 'VpcConfig' should be a map.")]
    [InlineData("Connector", "Destination", "true", "Type of property 'Destination' is invalid.")]
    [InlineData("Connector", "Permissions", "true", "Type of property 'Permissions' is invalid.")]
    [InlineData("Connector", "Source", "true", "Type of property 'Source' is invalid.")]
    [InlineData("HttpApi", "AccessLogSettings", "true", "Property 'AccessLogSettings' should be a map.")]
    [InlineData("HttpApi", "Auth", "true", "Property 'Auth' should be a map.")]
    [InlineData("HttpApi", "CorsConfiguration", "5", "Type of property 'CorsConfiguration' is invalid.")]
    [InlineData("HttpApi", "DefaultRouteSettings", "true", "Property 'DefaultRouteSettings' should be a map.")]
    [InlineData("HttpApi", "DefinitionBody", "true", "Property 'DefinitionBody' should be a map.")]
    [InlineData("HttpApi", "DefinitionUri", "true", "Type of property 'DefinitionUri' is invalid.")]
    [InlineData("HttpApi", "Description", "true", "Property 'Description' should be a string.")]
    [InlineData("HttpApi", "DisableExecuteApiEndpoint", "5", "Type of property 'DisableExecuteApiEndpoint' is invalid.")]
    [InlineData("HttpApi", "Domain", "true", "Property 'Domain' should be a map.")]
    [InlineData("HttpApi", "FailOnWarnings", "5", "Type of property 'FailOnWarnings' is invalid.")]
    [InlineData("HttpApi", "PropagateTags", "5", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("HttpApi", "RouteSettings", "true", "Property 'RouteSettings' should be a map.")]
    [InlineData("HttpApi", "StageName", "true", "Type of property 'StageName' is invalid.")]
    [InlineData("HttpApi", "StageVariables", "true", "Property 'StageVariables' should be a map.")]
    [InlineData("HttpApi", "Tags", "true", "Property 'Tags' should be a map.")]
    [InlineData("LayerVersion", "CompatibleArchitectures", "true", "Type of property 'CompatibleArchitectures' is invalid.")]
    [InlineData("LayerVersion", "CompatibleRuntimes", "true", "Type of property 'CompatibleRuntimes' is invalid.")]
    [InlineData("LayerVersion", "ContentUri", "true", "Type of property 'ContentUri' is invalid.")]
    [InlineData("LayerVersion", "Description", "true", "Property 'Description' should be a string.")]
    [InlineData("LayerVersion", "LayerName", "true", "Type of property 'LayerName' is invalid.")]
    [InlineData("LayerVersion", "LicenseInfo", "true", "Property 'LicenseInfo' should be a string.")]
    [InlineData("LayerVersion", "PublishLambdaVersion", "5", "Type of property 'PublishLambdaVersion' is invalid.")]
    [InlineData("LayerVersion", "RetentionPolicy", "true", "Property 'RetentionPolicy' should be a string.")]
    [InlineData("StateMachine", "DefinitionSubstitutions", "true", "Property 'DefinitionSubstitutions' should be a map.")]
    [InlineData("StateMachine", "DefinitionUri", "true", "Type of property 'DefinitionUri' is invalid.")]
    [InlineData("StateMachine", "Definition", "true", "Property 'Definition' should be a map.")]
    [InlineData("StateMachine", "Events", "true", "Type of property 'Events' is invalid.")]
    [InlineData("StateMachine", "Logging", "true", "Property 'Logging' should be a map.")]
    [InlineData("StateMachine", "Name", "true", "Property 'Name' should be a string.")]
    [InlineData("StateMachine", "PermissionsBoundary", "true", "Property 'PermissionsBoundary' should be a string.")]
    [InlineData("StateMachine", "Policies", "true", "Type of property 'Policies' is invalid.")]
    [InlineData("StateMachine", "PropagateTags", "5", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("StateMachine", "Role", "true", "Property 'Role' should be a string.")]
    [InlineData("StateMachine", "Tags", "true", "Property 'Tags' should be a map.")]
    [InlineData("StateMachine", "Tracing", "true", "Property 'Tracing' should be a map.")]
    [InlineData("StateMachine", "Type", "true", "Property 'Type' should be a string.")]
    [InlineData("StateMachine", "UseAliasAsEventTarget", "5", "Type of property 'UseAliasAsEventTarget' is invalid.")]
    [InlineData("SimpleTable", "PrimaryKey", "true", "Type of property 'PrimaryKey' is invalid.")]
    [InlineData("SimpleTable", "ProvisionedThroughput", "true", "Type of property 'ProvisionedThroughput' is invalid.")]
    [InlineData("SimpleTable", "SSESpecification", "true", "Property 'SSESpecification' should be a map.")]
    [InlineData("SimpleTable", "TableName", "true", "Type of property 'TableName' is invalid.")]
    [InlineData("SimpleTable", "Tags", "true", "Property 'Tags' should be a map.")]
    // SAM takes a map of exactly one key (any key) for an intrinsic function; some checks accept only those maps.
    [InlineData("Function", "Role", """{"a": "b", "c": "d"}""", "Property 'Role' should be a string.")]
    [InlineData("Function", "Layers", "{}", "Type of property 'Layers' is invalid.")]
    [InlineData("Function", "PropagateTags", """{"a": "b", "c": "d"}""", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("Function", "Environment", """{"Variables": {"a": "b"}, "Bogus": 1}""", "Type of property 'Environment' is invalid.")]
    [InlineData("Function", "VersionDeletionPolicy", "{}", "Property 'VersionDeletionPolicy' should be a one of the strings: 'Delete' or 'Retain'.")]
    [InlineData("StateMachine", "Policies", "{}", "Type of property 'Policies' is invalid.")]
    [InlineData("Application", "TimeoutInMinutes", """{"a": "b", "c": "d"}""", "Type of property 'TimeoutInMinutes' is invalid.")]
    [InlineData("SimpleTable", "PrimaryKey", """{"Name": 5, "Type": "String"}""", "Type of property 'PrimaryKey' is invalid.")]
    [InlineData("SimpleTable", "ProvisionedThroughput", """{"ReadCapacityUnits": "abc", "WriteCapacityUnits": 1}""", "Type of property 'ProvisionedThroughput' is invalid.")]
    [InlineData("LayerVersion", "CompatibleRuntimes", "{}", "Type of property 'CompatibleRuntimes' is invalid.")]
    // The items of a list, too.
    [InlineData("Function", "Layers", """[5]""", "Type of property 'Layers' is invalid.")]
    [InlineData("Function", "Policies", """["a", 5]""", "Type of property 'Policies' is invalid.")]
    [InlineData("StateMachine", "Policies", """[["a"]]""", "Type of property 'Policies' is invalid.")]
    [InlineData("LayerVersion", "CompatibleRuntimes", """[true]""", "Type of property 'CompatibleRuntimes' is invalid.")]
    [InlineData("Application", "NotificationARNs", """[["a"]]""", "Type of property 'NotificationARNs' is invalid.")]
    [InlineData("Connector", "Permissions", """[{"Ref": "Q"}]""", "Type of property 'Permissions' is invalid.")]
    [InlineData("Connector", "Destination", """["a"]""", "Type of property 'Destination' is invalid.")]
    public void A_value_of_the_wrong_type_gets_SAMs_message(string type, string property, string valueJson, string message)
    {
        Assert.Equal(message, Error(type, [(property, JToken.Parse(valueJson))]));
    }

    /// <summary>Two properties of the wrong type (both 5): SAM reports the one it checks first.</summary>
    [Theory]
[InlineData("Function", "FunctionName", "DeadLetterQueue", "Type of property 'FunctionName' is invalid.")]
    [InlineData("Function", "DeadLetterQueue", "Role", "Property 'DeadLetterQueue' should be a map.")]
    [InlineData("Function", "Role", "AssumeRolePolicyDocument", "Property 'Role' should be a string.")]
    [InlineData("Function", "AssumeRolePolicyDocument", "Policies", "Property 'AssumeRolePolicyDocument' should be a map.")]
    [InlineData("Function", "Policies", "PermissionsBoundary", "Type of property 'Policies' is invalid.")]
    [InlineData("Function", "PermissionsBoundary", "Environment", "Property 'PermissionsBoundary' should be a string.")]
    [InlineData("Function", "Environment", "Events", "Type of property 'Environment' is invalid.")]
    [InlineData("Function", "Events", "Tags", "Type of property 'Events' is invalid.")]
    [InlineData("Function", "Tags", "PropagateTags", "Property 'Tags' should be a map.")]
    [InlineData("Function", "PropagateTags", "Tracing", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("Function", "Tracing", "DeploymentPreference", "Type of property 'Tracing' is invalid.")]
    [InlineData("Function", "DeploymentPreference", "Layers", "Property 'DeploymentPreference' should be a map.")]
    [InlineData("Function", "Layers", "EventInvokeConfig", "Type of property 'Layers' is invalid.")]
    [InlineData("Function", "EventInvokeConfig", "AutoPublishAlias", "Property 'EventInvokeConfig' should be a map.")]
    [InlineData("Function", "AutoPublishAlias", "AutoPublishCodeSha256", "Type of property 'AutoPublishAlias' is invalid.")]
    [InlineData("Function", "AutoPublishCodeSha256", "AutoPublishAliasAllProperties", "Type of property 'AutoPublishCodeSha256' is invalid.")]
    [InlineData("Function", "AutoPublishAliasAllProperties", "SnapStart", "Type of property 'AutoPublishAliasAllProperties' is invalid.")]
    [InlineData("Function", "SnapStart", "FunctionUrlConfig", "Property 'SnapStart' should be a map.")]
    [InlineData("Function", "FunctionUrlConfig", "CapacityProviderConfig", "Property 'FunctionUrlConfig' should be a map.")]
    [InlineData("Function", "CapacityProviderConfig", "FunctionScalingConfig", "Property 'CapacityProviderConfig' should be a map.")]
    [InlineData("Function", "FunctionScalingConfig", "VersionDeletionPolicy", "Property 'FunctionScalingConfig' should be a map.")]
    [InlineData("Function", "VersionDeletionPolicy", "DurableConfig", "Property 'VersionDeletionPolicy' should be a one of the strings: 'Delete' or 'Retain'.")]
    [InlineData("StateMachine", "Definition", "DefinitionUri", "Property 'Definition' should be a map.")]
    [InlineData("StateMachine", "DefinitionUri", "Logging", "Type of property 'DefinitionUri' is invalid.")]
    [InlineData("StateMachine", "Logging", "Role", "Property 'Logging' should be a map.")]
    [InlineData("StateMachine", "Role", "DefinitionSubstitutions", "Property 'Role' should be a string.")]
    [InlineData("StateMachine", "DefinitionSubstitutions", "Events", "Property 'DefinitionSubstitutions' should be a map.")]
    [InlineData("StateMachine", "Events", "Name", "Type of property 'Events' is invalid.")]
    [InlineData("StateMachine", "Name", "Type", "Property 'Name' should be a string.")]
    [InlineData("StateMachine", "Type", "Tags", "Property 'Type' should be a string.")]
    [InlineData("StateMachine", "Tags", "PropagateTags", "Property 'Tags' should be a map.")]
    [InlineData("StateMachine", "PropagateTags", "Policies", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("StateMachine", "Policies", "Tracing", "Type of property 'Policies' is invalid.")]
    [InlineData("StateMachine", "Tracing", "PermissionsBoundary", "Property 'Tracing' should be a map.")]
    [InlineData("StateMachine", "PermissionsBoundary", "UseAliasAsEventTarget", "Property 'PermissionsBoundary' should be a string.")]
    [InlineData("HttpApi", "StageName", "Tags", "Type of property 'StageName' is invalid.")]
    [InlineData("HttpApi", "Tags", "PropagateTags", "Property 'Tags' should be a map.")]
    [InlineData("HttpApi", "PropagateTags", "DefinitionBody", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("HttpApi", "DefinitionBody", "DefinitionUri", "Property 'DefinitionBody' should be a map.")]
    [InlineData("HttpApi", "DefinitionUri", "StageVariables", "Type of property 'DefinitionUri' is invalid.")]
    [InlineData("HttpApi", "StageVariables", "CorsConfiguration", "Property 'StageVariables' should be a map.")]
    [InlineData("HttpApi", "CorsConfiguration", "AccessLogSettings", "Type of property 'CorsConfiguration' is invalid.")]
    [InlineData("HttpApi", "AccessLogSettings", "DefaultRouteSettings", "Property 'AccessLogSettings' should be a map.")]
    [InlineData("HttpApi", "DefaultRouteSettings", "Auth", "Property 'DefaultRouteSettings' should be a map.")]
    [InlineData("HttpApi", "Auth", "RouteSettings", "Property 'Auth' should be a map.")]
    [InlineData("HttpApi", "RouteSettings", "Domain", "Property 'RouteSettings' should be a map.")]
    [InlineData("HttpApi", "Domain", "FailOnWarnings", "Property 'Domain' should be a map.")]
    [InlineData("HttpApi", "FailOnWarnings", "Description", "Type of property 'FailOnWarnings' is invalid.")]
    [InlineData("HttpApi", "Description", "DisableExecuteApiEndpoint", "Property 'Description' should be a string.")]
    [InlineData("LayerVersion", "LayerName", "Description", "Type of property 'LayerName' is invalid.")]
    [InlineData("LayerVersion", "Description", "PublishLambdaVersion", "Property 'Description' should be a string.")]
    [InlineData("LayerVersion", "PublishLambdaVersion", "ContentUri", "Type of property 'PublishLambdaVersion' is invalid.")]
    [InlineData("LayerVersion", "ContentUri", "CompatibleArchitectures", "Type of property 'ContentUri' is invalid.")]
    [InlineData("LayerVersion", "CompatibleArchitectures", "CompatibleRuntimes", "Type of property 'CompatibleArchitectures' is invalid.")]
    [InlineData("LayerVersion", "CompatibleRuntimes", "LicenseInfo", "Type of property 'CompatibleRuntimes' is invalid.")]
    [InlineData("LayerVersion", "LicenseInfo", "RetentionPolicy", "Property 'LicenseInfo' should be a string.")]
    [InlineData("SimpleTable", "PrimaryKey", "ProvisionedThroughput", "Type of property 'PrimaryKey' is invalid.")]
    [InlineData("SimpleTable", "ProvisionedThroughput", "TableName", "Type of property 'ProvisionedThroughput' is invalid.")]
    [InlineData("SimpleTable", "TableName", "Tags", "Type of property 'TableName' is invalid.")]
    [InlineData("SimpleTable", "Tags", "SSESpecification", "Property 'Tags' should be a map.")]
    [InlineData("Application", "Location", "Parameters", "Type of property 'Location' is invalid.")]
    [InlineData("Application", "Parameters", "NotificationARNs", "Property 'Parameters' should be a map.")]
    [InlineData("Application", "NotificationARNs", "Tags", "Type of property 'NotificationARNs' is invalid.")]
    [InlineData("Application", "Tags", "TimeoutInMinutes", "Property 'Tags' should be a map.")]
    [InlineData("CapacityProvider", "CapacityProviderName", "VpcConfig", "Type of property 'CapacityProviderName' is invalid.")]
    [InlineData("CapacityProvider", "VpcConfig", "OperatorRole", "Property 'VpcConfig' should be a map.")]
    [InlineData("CapacityProvider", "OperatorRole", "Tags", "Type of property 'OperatorRole' is invalid.")]
    [InlineData("CapacityProvider", "Tags", "PropagateTags", "Property 'Tags' should be a map.")]
    [InlineData("CapacityProvider", "PropagateTags", "InstanceRequirements", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("CapacityProvider", "InstanceRequirements", "ScalingConfig", "Property 'InstanceRequirements' should be a map.")]
    [InlineData("CapacityProvider", "ScalingConfig", "KmsKeyArn", "Property 'ScalingConfig' should be a map.")]
    [InlineData("Connector", "Source", "Destination", "Type of property 'Source' is invalid.")]
    [InlineData("Connector", "Destination", "Permissions", "Type of property 'Destination' is invalid.")]
    public void The_first_property_in_SAMs_order_is_reported(string type, string first, string second, string message)
    {
        Assert.Equal(message, Error(type, [(second, 5), (first, 5)]));
    }


    [Theory]
    [InlineData("Function", "FunctionName")]
    [InlineData("Function", "Role")]
    [InlineData("Function", "Tags")]
    [InlineData("Function", "Layers")]
    [InlineData("Function", "EventInvokeConfig")]
    [InlineData("StateMachine", "Name")]
    [InlineData("HttpApi", "StageName")]
    [InlineData("SimpleTable", "TableName")]
    [InlineData("Application", "NotificationARNs")]
    public void An_intrinsic_function_passes_the_type_check(string type, string property)
    {
        Assert.Null(Error(type, [(property, new JObject { ["Ref"] = "AWS::Region" })]));
    }

    /// <summary>Where SAM expects a string or a boolean, only a one-key map passes for an intrinsic function.</summary>
    [Theory]
    [InlineData("HttpApi", "Description", "{}", "Property 'Description' should be a string.")]
    [InlineData("HttpApi", "Description", """{"a": "b", "c": "d"}""", "Property 'Description' should be a string.")]
    [InlineData("HttpApi", "Description", """{"a": "b"}""", null)]
    [InlineData("HttpApi", "FailOnWarnings", "{}", "Type of property 'FailOnWarnings' is invalid.")]
    [InlineData("HttpApi", "PropagateTags", """{"a": "b", "c": "d"}""", "Type of property 'PropagateTags' is invalid.")]
    [InlineData("HttpApi", "DisableExecuteApiEndpoint", "{}", "Type of property 'DisableExecuteApiEndpoint' is invalid.")]
    [InlineData("HttpApi", "StageName", "{}", null)]
    [InlineData("Function", "Role", "{}", "Property 'Role' should be a string.")]
    [InlineData("LayerVersion", "LicenseInfo", """{"a": "b", "c": "d"}""", "Property 'LicenseInfo' should be a string.")]
    [InlineData("StateMachine", "Name", "{}", "Property 'Name' should be a string.")]
    public void A_map_of_other_than_one_key_is_not_an_intrinsic_function(string type, string property, string valueJson, string? message)
    {
        Assert.Equal(message, Error(type, [(property, JToken.Parse(valueJson))]));
    }

    [Fact]
    public void Two_events_one_of_which_is_not_a_map_is_a_wrong_Events_type()
    {
        Assert.Equal("Type of property 'Events' is invalid.", Error("Function", [("Events", JToken.Parse("""{"A": {"Type": "SQS", "Properties": {"Queue": "arn"}}, "B": "abc"}"""))]));
        // A single one is read first, as Python reads it.
        Assert.Equal("Event with id [B] is invalid. 'str' object has no attribute 'get'", Error("Function", [("Events", JToken.Parse("""{"B": "abc"}"""))]));
    }
}
