using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Reading;

namespace SamTransform.Validation.Schemas;

/// <summary>Checks every resource of the transformed template against its CloudFormation resource schema.</summary>
public static class CfnSchemaChecker
{
    public static void Check(ValidationContext context, SchemaStore store, bool reportUnknownTypes)
    {
        foreach (var property in context.Resources.Properties())
        {
            if (property.Value is not JObject resource || resource["Type"] is not JValue { Type: JTokenType.String } typeToken) continue;
            var type = (string)typeToken!;
            if (!type.StartsWith("AWS::", StringComparison.Ordinal) || type.StartsWith("AWS::Serverless::", StringComparison.Ordinal)) continue;
            var schema = store.Find(type);
            if (schema is null)
            {
                // A type CloudFormation does not have at all is the ResourceTypeRule's error.
                if (reportUnknownTypes && ResourceTypes.IsKnown(type)) context.Report(DiagnosticCatalog.UnknownResourceType(type, Suggestions.Closest(type, store.KnownTypes.Value)), typeToken);
                continue;
            }
            var original = resource["Properties"];
            if (original is not null && original is not JObject) continue; // an intrinsic in place of Properties
            var copy = original?.DeepClone() ?? new JObject();
            foreach (var error in LenientSchemaValidator.Validate(copy, schema.Schema))
            {
                if (SchemaMessages.Describe(error, type, schema.ReadOnly, samInput: false) is not { } described) continue;
                var at = Locate(described.At, (JObject?)original) ?? resource;
                context.Report(described.Diagnostic, at);
            }
        }
    }

    /// <summary>The token of the original properties at the same place as a token of the copy.</summary>
    internal static JToken? Locate(JToken inCopy, JObject? original)
    {
        if (original is null) return null;
        if (inCopy is JProperty p) return (Locate(p.Value, original) as JToken)?.Parent ?? original;
        var path = inCopy.Path;
        var found = path.Length == 0 ? original : original.SelectToken(path, errorWhenNoMatch: false);
        // A scalar the copy rewrote has no position of its own in the copy; the original keeps it.
        return found ?? (SourceLocation.Of(inCopy) is not null ? null : original);
    }
}
