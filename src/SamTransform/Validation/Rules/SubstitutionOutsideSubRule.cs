using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// <c>${Name}</c> in a plain string (not under <c>Fn::Sub</c>) where Name is a parameter, resource or pseudo parameter
/// of the template: CloudFormation leaves it as literal text, which is almost always a forgotten <c>!Sub</c>. Other
/// <c>${...}</c> (IAM policy variables such as <c>${aws:username}</c>, API Gateway stage variables, shell variables)
/// are not template names and are left alone, as are inline code and state machine definitions with
/// <c>DefinitionSubstitutions</c>.
/// </summary>
public sealed class SubstitutionOutsideSubRule : IValidationRule
{
    private static readonly HashSet<string> OpaqueProperties = new(StringComparer.Ordinal) { "ZipFile", "InlineCode", "BuildSpec", "UserData", "Code" };

    public void Check(ValidationContext context)
    {
        var names = new HashSet<string>(References.PseudoParameters, StringComparer.Ordinal);
        if (context.Template["Parameters"] is JObject parameters) names.UnionWith(parameters.Properties().Select(p => p.Name));
        names.UnionWith(context.Resources.Properties().Select(p => p.Name));
        foreach (var resource in context.Resources.Properties())
            if (resource.Value is JObject body && body["Properties"] is JObject properties && properties["DefinitionSubstitutions"] is null)
                Walk(context, properties, names);
        if (context.Template["Outputs"] is JObject outputs)
            foreach (var output in outputs.Properties())
                if (output.Value is JObject body && body["Value"] is { } value)
                    Walk(context, value, names);
    }

    private static void Walk(ValidationContext context, JToken root, HashSet<string> names)
    {
        var stack = new Stack<JToken>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            switch (token)
            {
                case JValue { Type: JTokenType.String } text:
                    foreach (var variable in References.Variables((string)text!))
                    {
                        var name = variable.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 && !variable.StartsWith("AWS::", StringComparison.Ordinal) ? variable[..dot] : variable;
                        if (names.Contains(name))
                        {
                            context.Report(DiagnosticCatalog.SubstitutionOutsideSub(variable), text);
                            break;
                        }
                    }
                    break;
                case JArray array:
                    foreach (var item in array) stack.Push(item);
                    break;
                case JObject obj:
                    if (obj.Count == 1 && obj.Properties().First().Name is "Fn::Sub" or "Fn::Transform") break;
                    foreach (var property in obj.Properties())
                        if (!OpaqueProperties.Contains(property.Name)) stack.Push(property.Value);
                    break;
            }
        }
    }
}
