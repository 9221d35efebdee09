using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;
using SamTransform.Specification;

namespace SamTransform.Resources;

/// <summary><c>AWS::Serverless::SimpleTable</c> → a DynamoDB table with a single-attribute hash key.</summary>
public sealed class SimpleTableExpander : IResourceExpander
{
    public string ResourceType => "AWS::Serverless::SimpleTable";

    public IReadOnlySet<string> Properties => SamSpecs.SimpleTable.Names;

    private static readonly Dictionary<string, string> AttributeTypes = new(StringComparer.Ordinal)
    {
        ["String"] = "S", ["Number"] = "N", ["Binary"] = "B",
    };

    public void Expand(SamResource table, TransformContext context)
    {
        SamSpecs.SimpleTable.Validate(table);
        var properties = new JObject();
        var primaryKey = table.Get("PrimaryKey") is JObject { Count: > 0 } written ? written : new JObject { ["Name"] = "id", ["Type"] = "String" };
        var name = primaryKey["Name"] ?? throw table.Invalid("Property 'PrimaryKey.Name' is required.", primaryKey);
        var type = primaryKey["Type"] ?? throw table.Invalid("Property 'PrimaryKey.Type' is required.", primaryKey);
        var typeText = type.Type == JTokenType.String ? (string)type! : null;
        if (typeText is null || !AttributeTypes.TryGetValue(typeText, out var attributeType))
            throw table.Invalid($"Invalid 'Type' \"{Scalars.PythonText(type)}\".", type);
        properties["AttributeDefinitions"] = new JArray(new JObject { ["AttributeName"] = name, ["AttributeType"] = attributeType });
        properties["KeySchema"] = new JArray(new JObject { ["AttributeName"] = name, ["KeyType"] = "HASH" });
        if (table.Get("ProvisionedThroughput") is { } throughput && Scalars.IsTruthy(throughput)) properties["ProvisionedThroughput"] = throughput;
        else properties["BillingMode"] = "PAY_PER_REQUEST";
        SamSpecs.SimpleTable.CopyPassThrough(table, properties);
        if (table.Get("Tags") is { } tags && Scalars.IsTruthy(tags)) properties["Tags"] = Tags.Build(table, tags, addSamTag: false);

        var resource = CfnResource.Create("AWS::DynamoDB::Table", properties).WithPassThrough(table);
        if (table.DependsOn is { } dependsOn) resource["DependsOn"] = dependsOn;
        if (table.Metadata is { } metadata) resource["Metadata"] = metadata;
        context.Emit(table, table.LogicalId, resource);
    }
}
