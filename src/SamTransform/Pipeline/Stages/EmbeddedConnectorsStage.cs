using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Reading;
using SamTransform.Resources.Connectors;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Turns the <c>Connectors</c> attribute of any resource into <c>AWS::Serverless::Connector</c> resources named
/// <c>&lt;ResourceId&gt;&lt;ConnectorName&gt;</c> whose source is that resource (plus its <c>SourceReference</c>),
/// and removes the attribute. Its errors are reported together with those of the resources, as the reference does.
/// </summary>
public sealed class EmbeddedConnectorsStage : ITransformStage
{
    public string Name => "embedded-connectors";

    public bool HaltsOnErrors => false;

    public void Run(TransformContext context)
    {
        var created = new List<SamResource>();
        foreach (var resource in context.Resources)
        {
            var attribute = resource.Definition.Property("Connectors", StringComparison.Ordinal);
            if (attribute is null) continue;
            attribute.Remove();
            if (attribute.Value is not JObject connectors)
            {
                context.Report(resource.Invalid($"Attribute '{resource.LogicalId}.Connectors' should be a map.", attribute), resource.LogicalId);
                continue;
            }
            foreach (var entry in connectors.Properties())
            {
                try
                {
                    created.Add(Create(context, resource, entry));
                }
                catch (SamException ex)
                {
                    context.Report(ex, resource.LogicalId);
                }
            }
        }

        var resources = (JObject)context.Template["Resources"]!;
        foreach (var connector in created)
        {
            resources[connector.LogicalId] = connector.Definition;
            context.AddResource(connector);
        }
    }

    private static SamResource Create(TransformContext context, SamResource source, JProperty entry)
    {
        var sourceId = source.LogicalId;
        var id = sourceId + entry.Name;
        if (entry.Value is not JObject connector)
            throw new SamException($"{sourceId}.{id} should be a map.", entry) { ResourceIdOverride = id };
        if (connector["Properties"] is not JObject properties)
            throw source.Invalid($"Attribute 'Connectors.{entry.Name}.Properties' should be a map.", connector["Properties"] ?? entry);

        var sourceReference = properties["SourceReference"];
        if (sourceReference is not null and not JObject)
            throw source.Invalid($"Property 'Connectors.{entry.Name}.Properties.SourceReference' should be a map.", sourceReference);
        if (sourceReference is JObject reference && reference.ContainsKey("Id"))
            throw new SamException("'Id' shouldn't be defined in 'SourceReference'.", reference["Id"]) { ResourceIdOverride = entry.Name };
        if (context.FindResource(id) is not null)
            throw TransformContext.DuplicateResource(sourceId, id, ConnectorExpander.Type, entry);

        var sourceObject = new JObject { ["Id"] = sourceId };
        if (sourceReference is JObject extra)
            foreach (var property in extra.Properties()) sourceObject[property.Name] = property.Value;

        var definition = new JObject { ["Type"] = ConnectorExpander.Type };
        foreach (var attribute in connector.Properties())
            if (attribute.Name is not ("Type" or "Properties")) definition[attribute.Name] = attribute.Value;
        var connectorProperties = new JObject { ["Source"] = sourceObject };
        foreach (var property in properties.Properties())
            if (property.Name != "SourceReference") connectorProperties[property.Name] = property.Value;
        definition["Properties"] = connectorProperties;
        if ((SourceLocation.Of(connector) ?? SourceLocation.Of(entry)) is { } at) SourceAnnotation.Attach(definition, at);
        return new SamResource(id, definition);
    }
}
