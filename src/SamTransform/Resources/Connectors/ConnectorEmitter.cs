using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Resources.Connectors;

/// <summary>Builds and emits the resources of one connector for one destination.</summary>
internal sealed class ConnectorEmitter(TransformContext context, SamResource connector, ConnectorProfile profile, ConnectorEndpoint from, ConnectorEndpoint to, string suffix)
{
    private const string PolicyVersion = "2012-10-17";

    private string _access = "";

    /// <summary>Emits the resources for the selected categories and returns their logical ids.</summary>
    public List<string> Emit(List<KeyValuePair<string, JToken>> categories)
    {
        var id = connector.LogicalId;
        _access = string.Join(" and ", categories.Select(c => c.Key));
        switch (profile.Kind)
        {
            case ConnectorPolicyKind.ManagedPolicy:
            {
                var document = Document(categories);
                var roleSide = profile.RoleOf == "Destination" ? to : from;
                var role = roleSide["RoleName"] ?? throw connector.Invalid($"Unable to get IAM role name from '{roleSide.Side}' resource.", roleSide.Node);
                return [Add($"{id}Policy{suffix}", "AWS::IAM::ManagedPolicy", new JObject { ["PolicyDocument"] = document, ["Roles"] = new JArray(role.DeepClone()) })];
            }
            case ConnectorPolicyKind.TopicPolicy:
            {
                var document = Document(categories);
                var topic = to["Arn"] ?? throw connector.Invalid("Unable to get SNS topic ARN from 'Destination' resource.", to.Node);
                return [Add($"{id}TopicPolicy{suffix}", "AWS::SNS::TopicPolicy", new JObject { ["PolicyDocument"] = document, ["Topics"] = new JArray(topic.DeepClone()) })];
            }
            case ConnectorPolicyKind.QueuePolicy:
            {
                var document = Document(categories);
                var queue = to["QueueUrl"] ?? throw connector.Invalid("Unable to get SQS queue URL from 'Destination' resource.", to.Node);
                return [Add($"{id}QueuePolicy{suffix}", "AWS::SQS::QueuePolicy", new JObject { ["PolicyDocument"] = document, ["Queues"] = new JArray(queue.DeepClone()) })];
            }
            default:
            {
                var permissions = categories.Select(c => (c.Key, Properties: (JObject)ProfileTemplate.Render(c.Value, from, to, connector))).ToList();
                var function = to["Arn"] ?? throw connector.Invalid("Unable to get Lambda function ARN from 'Destination' resource.", to.Node);
                var ids = new List<string>();
                foreach (var (category, properties) in permissions)
                {
                    properties["FunctionName"] = function.DeepClone();
                    ids.Add(Add($"{id}{category}LambdaPermission{suffix}", "AWS::Lambda::Permission", properties));
                }
                return ids;
            }
        }
    }

    private JObject Document(List<KeyValuePair<string, JToken>> categories)
    {
        var statements = new JArray();
        foreach (var (_, template) in categories)
            foreach (var statement in (JArray)ProfileTemplate.Render(template, from, to, connector))
                statements.Add(statement);
        return new JObject { ["Version"] = PolicyVersion, ["Statement"] = statements };
    }

    /// <summary>Emits one resource with the connector's attributes and the metadata naming both sides' types.</summary>
    private string Add(string logicalId, string type, JObject properties)
    {
        var resource = CfnResource.Create(type, properties).WithPassThrough(connector);
        if (connector.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn.DeepClone();
        var metadata = connector.Metadata is JObject m ? (JObject)m.DeepClone() : [];
        metadata["aws:sam:connectors"] = new JObject
        {
            [connector.LogicalId] = new JObject
            {
                ["Source"] = new JObject { ["Type"] = from.MetadataType },
                ["Destination"] = new JObject { ["Type"] = to.MetadataType },
            },
        };
        resource["Metadata"] = metadata;
        context.Emit(connector, logicalId, resource, $"{CfnResource.Noun(type)} granting {_access} access from {from.LogicalId ?? from.MetadataType} to {to.LogicalId ?? to.MetadataType}");
        return logicalId;
    }
}
