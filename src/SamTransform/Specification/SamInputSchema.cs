using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Specification;

/// <summary>
/// The JSON schema of SAM's input that <c>validate</c> checks templates against, made from the specification: one
/// definition per <c>AWS::Serverless::*</c> type (its documented properties, <see cref="SamProperty.Schema"/>, and the
/// required ones of types whose properties are checked by a typed model), the <c>Globals</c> sections (the properties
/// each may set), an event and the event types. Checked leniently: intrinsic functions stand for any value.
/// </summary>
public static class SamInputSchema
{
    private static readonly Lazy<JObject> Built = new(Build);

    /// <summary>The schema (shared: callers must not change it).</summary>
    public static JObject Document => Built.Value;

    private static JObject Build()
    {
        var definitions = new JObject();
        foreach (var type in SamSpecs.All) definitions[type.TypeName] = Definition(type.Properties, Required(type));
        definitions["Event"] = new JObject
        {
            ["type"] = "object",
            ["properties"] = new JObject { ["Type"] = Declare.Json.String, ["Properties"] = Declare.Json.Object, ["Condition"] = Declare.Json.String },
            ["required"] = new JArray("Type"),
        };
        definitions["EventType"] = new JObject { ["type"] = "string", ["enum"] = new JArray(SamTypes.FunctionEventTypes) };
        definitions["Globals"] = new JObject
        {
            ["type"] = "object",
            ["properties"] = new JObject(SamSpecs.GlobalsSections.Select(s =>
                new JProperty(s.Section, Definition(s.Spec.Properties.Where(p => p.GlobalsPosition is not null).OrderBy(p => p.GlobalsPosition), [])))),
        };
        return new JObject
        {
            ["$schema"] = "http://json-schema.org/draft-04/schema#",
            ["title"] = "AWS SAM resources as written (AWS::Serverless-2016-10-31)",
            ["description"] = "Made by SamTransform from its specification of SAM's input (src/SamTransform/Specification).",
            ["definitions"] = definitions,
        };
    }

    private static JObject Definition(IEnumerable<SamProperty> properties, IReadOnlyList<string> required)
    {
        var definition = new JObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JObject(properties.Where(p => p.Schema is not null).Select(p => new JProperty(p.Name, p.Schema!.DeepClone()))),
        };
        if (required.Count > 0) definition["required"] = new JArray(required);
        return definition;
    }

    /// <summary>
    /// The required properties of a type SAM checks with a typed model (a GraphQL API); for the others a missing
    /// required property is the transform's error alone.
    /// </summary>
    private static List<string> Required(TypeSpec type) =>
        type.Properties.Any(p => p.Model is not null) ? [.. type.Properties.Where(p => p.Required && p.Schema is not null).Select(p => p.Name)] : [];
}
