using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Events;
using SamTransform.Model;

namespace SamTransform.Resources.StateMachine;

/// <summary>
/// Where a state machine's definition comes from: an inline <c>Definition</c> (written out as JSON text, its intrinsic
/// functions moved into <c>DefinitionSubstitutions</c>) or a <c>DefinitionUri</c> in S3.
/// </summary>
public static partial class StateMachineDefinitions
{
    /// <summary>Sets <c>DefinitionString</c> or <c>DefinitionS3Location</c>, and <c>DefinitionSubstitutions</c>.</summary>
    public static void Apply(SamResource stateMachine, JObject properties)
    {
        var substitutions = stateMachine.Get("DefinitionSubstitutions");
        if (PythonValues.IsTruthy(substitutions)) properties["DefinitionSubstitutions"] = substitutions!.DeepClone();

        var definition = stateMachine.Get("Definition");
        var definitionUri = stateMachine.Get("DefinitionUri");
        if (PythonValues.IsTruthy(definition) && PythonValues.IsTruthy(definitionUri))
            throw stateMachine.Invalid("Specify either 'Definition' or 'DefinitionUri' property and not both.", definitionUri);
        if (PythonValues.IsTruthy(definition))
        {
            var written = definition!.DeepClone();
            var generated = MoveDynamicValues(written);
            if (generated.Count > 0)
            {
                if (properties["DefinitionSubstitutions"] is not JObject merged) properties["DefinitionSubstitutions"] = merged = new JObject();
                foreach (var p in generated.Properties()) merged[p.Name] = p.Value;
            }
            properties["DefinitionString"] = new JObject
            {
                ["Fn::Join"] = new JArray("\n", new JArray(PythonJson.Dumps(written, indent: 4).Split('\n'))),
            };
        }
        else if (PythonValues.IsTruthy(definitionUri))
        {
            properties["DefinitionS3Location"] = S3Location(stateMachine, definitionUri!);
        }
        else
        {
            throw stateMachine.Invalid("Either 'Definition' or 'DefinitionUri' property must be specified.");
        }
    }

    /// <summary>
    /// Replaces each intrinsic function and dynamic reference in the definition by <c>${definition_substitution_N}</c>
    /// (numbered in key order, depth first) and returns the substitutions, so the definition becomes plain text that
    /// CloudFormation fills in.
    /// </summary>
    public static JObject MoveDynamicValues(JToken definition)
    {
        var substitutions = new JObject();
        var found = new List<JToken>();
        CollectDynamicValues(definition, found);
        foreach (var value in found)
        {
            var name = "definition_substitution_" + (substitutions.Count + 1);
            value.Replace(new JValue("${" + name + "}"));
            substitutions[name] = value;
        }
        return substitutions;
    }

    private static void CollectDynamicValues(JToken container, List<JToken> found)
    {
        IEnumerable<JToken> children = container switch
        {
            JObject obj => obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Value),
            JArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            if (Intrinsics.IsIntrinsic(child) || IsDynamicReference(child)) found.Add(child);
            else if (child is JContainer) CollectDynamicValues(child, found);
        }
    }

    /// <summary>A CloudFormation dynamic reference, <c>{{resolve:service:key}}</c>.</summary>
    private static bool IsDynamicReference(JToken value) =>
        value.Type == JTokenType.String && DynamicReference().IsMatch((string)value!);

    [GeneratedRegex(@"^\{\{resolve:[a-z-]+:.+\}\}$")]
    private static partial Regex DynamicReference();

    /// <summary><c>DefinitionUri</c> as <c>DefinitionS3Location</c>: an <c>s3://bucket/key?versionId=v</c> URI or a Bucket/Key/Version map.</summary>
    private static JObject S3Location(SamResource stateMachine, JToken uri)
    {
        if (uri is JObject map)
        {
            if (!PythonValues.IsTruthy(map["Bucket"]) || !PythonValues.IsTruthy(map["Key"]))
                throw stateMachine.Invalid("'DefinitionUri' requires Bucket and Key properties to be specified.", uri);
            var location = new JObject { ["Bucket"] = map["Bucket"]!.DeepClone(), ["Key"] = map["Key"]!.DeepClone() };
            if (map.Property("Version") is { } version) location["Version"] = version.Value.DeepClone();
            return location;
        }
        var parsed = uri.Type == JTokenType.String ? Model.S3Location.Parse((string)uri!) : null;
        if (parsed is not { } s3)
            throw stateMachine.Invalid("'DefinitionUri' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.", uri);
        var result = new JObject { ["Bucket"] = s3.Bucket, ["Key"] = s3.Key };
        if (s3.Version is { } v) result["Version"] = v;
        return result;
    }
}
