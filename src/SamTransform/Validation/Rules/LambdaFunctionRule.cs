using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>Lambda's quotas on a function's settings: memory, timeout, ephemeral storage, environment size, layers, names.</summary>
public sealed class LambdaFunctionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var s = context.Settings;
        foreach (var (_, _, p) in context.OfType("AWS::Lambda::Function"))
        {
            var onCapacityProvider = p["CapacityProviderConfig"] is { Type: not JTokenType.Null };
            var memoryMax = s.Limit(onCapacityProvider ? "Lambda.MemorySize.MaxOnCapacityProvider" : "Lambda.MemorySize.Max");
            foreach (var memory in ValidationContext.Branches(p["MemorySize"]))
            {
                if (ValidationContext.Integer(memory) is not { } m) continue;
                if (m < s.Limit("Lambda.MemorySize.Min")) context.Report(DiagnosticCatalog.MemoryTooSmall(m, s.Limit("Lambda.MemorySize.Min")), memory);
                else if (m > memoryMax) context.Report(DiagnosticCatalog.MemoryTooLarge(m, memoryMax, onCapacityProvider), memory);
            }
            foreach (var timeout in ValidationContext.Branches(p["Timeout"]))
                if (ValidationContext.Integer(timeout) is { } t && (t < s.Limit("Lambda.Timeout.Min") || t > s.Limit("Lambda.Timeout.Max")))
                    context.Report(DiagnosticCatalog.TimeoutOutOfRange(t, s.Limit("Lambda.Timeout.Min"), s.Limit("Lambda.Timeout.Max")), timeout);
            foreach (var storage in ValidationContext.Branches(p["EphemeralStorage"]))
                foreach (var size in ValidationContext.Branches(storage["Size"]))
                    if (ValidationContext.Integer(size) is { } z && (z < s.Limit("Lambda.EphemeralStorage.Min") || z > s.Limit("Lambda.EphemeralStorage.Max")))
                        context.Report(DiagnosticCatalog.EphemeralStorageOutOfRange(z, s.Limit("Lambda.EphemeralStorage.Min"), s.Limit("Lambda.EphemeralStorage.Max")), size);
            foreach (var environment in ValidationContext.Branches(p["Environment"]))
                if (environment is JObject env && env["Variables"] is JObject variables && EnvironmentBytes(variables) is var bytes && bytes > s.Limit("Lambda.EnvironmentBytes.Max"))
                    context.Report(DiagnosticCatalog.EnvironmentTooLarge(bytes, s.Limit("Lambda.EnvironmentBytes.Max")), variables);
            foreach (var layers in ValidationContext.Branches(p["Layers"]))
                if (layers is JArray list && list.Count > s.Limit("Lambda.Layers.Max"))
                    context.Report(DiagnosticCatalog.TooManyLayers(list.Count, s.Limit("Lambda.Layers.Max")), list);
            foreach (var handler in ValidationContext.Branches(p["Handler"]))
                if (handler.Type == JTokenType.String && ((string)handler!).Length > s.Limit("Lambda.Handler.MaxLength"))
                    context.Report(DiagnosticCatalog.HandlerTooLong(((string)handler!).Length, s.Limit("Lambda.Handler.MaxLength")), handler);
            foreach (var description in ValidationContext.Branches(p["Description"]))
                if (description.Type == JTokenType.String && ((string)description!).Length > s.Limit("Lambda.Description.MaxLength"))
                    context.Report(DiagnosticCatalog.DescriptionTooLong(((string)description!).Length, s.Limit("Lambda.Description.MaxLength")), description);
            foreach (var name in ValidationContext.Branches(p["FunctionName"]))
                if (name.Type == JTokenType.String && NameProblem((string)name!, s.Limit("Lambda.FunctionName.MaxLength")) is { } problem)
                    context.Report(DiagnosticCatalog.InvalidFunctionName((string)name!, problem), name);
        }
    }

    /// <summary>Keys and literal values in UTF-8, as Lambda counts them; values only known at deployment count as empty.</summary>
    private static long EnvironmentBytes(JObject variables)
    {
        long total = 0;
        foreach (var v in variables.Properties())
            total += Encoding.UTF8.GetByteCount(v.Name) + (ValidationContext.Text(v.Value) is { } text ? Encoding.UTF8.GetByteCount(text) : 0);
        return total;
    }

    private static string? NameProblem(string name, long max)
    {
        if (name.StartsWith("arn:", StringComparison.Ordinal) || name.Contains("{{resolve:", StringComparison.Ordinal)) return null;
        if (name.Length == 0) return "is empty";
        if (name.Length > max) return $"is {name.Length} characters long, above the Lambda maximum of {max}";
        var bad = name.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        return bad == default ? null : $"contains '{bad}'; Lambda function names use only letters, digits, '-' and '_'";
    }
}
