using Newtonsoft.Json.Linq;
using NJsonSchema;
using SamTransform.Diagnostics;
using SamTransform.Specification;
using SamTransform.Validation.Schemas;

namespace SamTransform.Validation;

/// <summary>
/// Checks the SAM resources and <c>Globals</c> as written against the project's SAM schema
/// (<see cref="SamInputSchema"/>, made from the specification): unknown properties with the closest name, wrong types, event types.
/// </summary>
public static class SamInputChecker
{
    private static readonly Lazy<JsonSchema> Schema = new(() => SchemaStore.Load((JObject)SamInputSchema.Document.DeepClone()));

    public static void Check(JObject template, ValidationContext sink)
    {
        var root = Schema.Value;
        if (template["Globals"] is JObject globals && root.Definitions.TryGetValue("Globals", out var globalsSchema))
            foreach (var section in globals.Properties())
                if (section.Value is JObject values && globalsSchema.ActualProperties.TryGetValue(section.Name, out var sectionSchema))
                    Validate(values, sectionSchema, "Globals." + section.Name, sink);

        if (template["Resources"] is not JObject resources) return;
        var eventTypes = root.Definitions.TryGetValue("EventType", out var et) ? et.Enumeration.Select(e => e?.ToString() ?? "").ToList() : [];
        foreach (var property in resources.Properties())
        {
            if (property.Value is not JObject resource || resource["Type"] is not JValue { Type: JTokenType.String } t) continue;
            var type = (string)t!;
            if (!type.StartsWith("AWS::Serverless::", StringComparison.Ordinal) || !root.Definitions.TryGetValue(type, out var schema)) continue;
            if (resource["Properties"] is JObject properties)
            {
                Validate(properties, schema, type, sink);
                if (properties["Events"] is JObject events) CheckEventTypes(events, eventTypes, sink);
            }
        }
    }

    private static void Validate(JObject original, JsonSchema schema, string type, ValidationContext sink)
    {
        var copy = (JObject)original.DeepClone();
        // The transform reads a property set to null as absent.
        foreach (var empty in copy.Properties().Where(p => p.Value.Type == JTokenType.Null).ToList()) empty.Remove();
        foreach (var error in LenientSchemaValidator.Validate(copy, schema))
        {
            if (SchemaMessages.Describe(error, type, new HashSet<string>(), samInput: true) is not { } described) continue;
            sink.Report(described.Diagnostic, CfnSchemaChecker.Locate(described.At, original) ?? original);
        }
    }

    private static void CheckEventTypes(JObject events, List<string> eventTypes, ValidationContext sink)
    {
        foreach (var e in events.Properties())
        {
            if (e.Value is not JObject ev || ev["Type"] is not JValue { Type: JTokenType.String } typeToken) continue;
            var type = (string)typeToken!;
            if (eventTypes.Count > 0 && !eventTypes.Contains(type))
                sink.Report(DiagnosticCatalog.UnknownEventType(e.Name, type, Suggestions.Closest(type, eventTypes)), typeToken);
        }
    }
}
