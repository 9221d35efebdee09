using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Pipeline;

namespace SamTransform.Handlers;

/// <summary>A function whose handler is to be checked: its logical id, the handler text and the template node it came from.</summary>
public sealed record HandlerSite(string LogicalId, string Handler, JToken Node);

/// <summary>
/// Finds the functions of a template that run .NET code built by a given project: a <c>dotnet*</c> runtime, a zip
/// package, and a local <c>CodeUri</c> (<c>Code</c> for <c>AWS::Lambda::Function</c>) that is the project's folder or
/// lies inside it (a publish folder, a zip). <c>Globals</c> and parameter defaults are taken into account; anything
/// decided only at deploy time (an S3 location, an intrinsic that is not a parameter) is left alone.
/// </summary>
public static class DotnetFunctions
{
    public static IEnumerable<HandlerSite> InProject(JObject template, string templateDirectory, string projectDirectory, IReadOnlyDictionary<string, object?>? parameterValues = null)
    {
        if (template["Resources"] is not JObject resources) yield break;
        var parameters = ParameterMap(template, parameterValues);
        var globals = template["Globals"]?["Function"] as JObject;
        var project = Normalize(projectDirectory);

        foreach (var entry in resources.Properties())
        {
            if (entry.Value is not JObject definition || definition["Type"]?.Type != JTokenType.String) continue;
            var type = (string)definition["Type"]!;
            var properties = definition["Properties"] as JObject;
            JToken? Get(string name, bool serverless)
            {
                var own = properties?[name];
                if (own is not null || !serverless || globals is null || Ignores(definition, name)) return own;
                return globals[name];
            }

            bool serverless;
            string codeProperty;
            if (type == "AWS::Serverless::Function") (serverless, codeProperty) = (true, "CodeUri");
            else if (type == "AWS::Lambda::Function") (serverless, codeProperty) = (false, "Code");
            else continue;

            if (Text(Get("PackageType", serverless), parameters) is { } packageType && packageType != "Zip") continue;
            if (serverless && Get("InlineCode", serverless) is not null) continue;
            if (Text(Get("Runtime", serverless), parameters) is not { } runtime || !runtime.StartsWith("dotnet", StringComparison.Ordinal)) continue;
            // A missing CodeUri means the template's own folder, as the packaging step reads it.
            var code = Get(codeProperty, serverless);
            var codePath = code is null ? "" : Text(code, parameters);
            if (codePath is null || codePath.Contains("://", StringComparison.Ordinal)) continue;
            if (!IsInside(Normalize(Path.Combine(templateDirectory, codePath)), project)) continue;
            var handlerNode = Get("Handler", serverless);
            if (handlerNode is null || Text(handlerNode, parameters) is not { } handler) continue;
            yield return new HandlerSite(entry.Name, handler, handlerNode);
        }
    }

    private static Dictionary<string, JToken> ParameterMap(JObject template, IReadOnlyDictionary<string, object?>? overrides)
    {
        var map = new Dictionary<string, JToken>(StringComparer.Ordinal);
        if (template["Parameters"] is JObject declared)
            foreach (var parameter in declared.Properties())
                if (parameter.Value is JObject p && p["Default"] is { } d)
                    map[parameter.Name] = d;
        foreach (var (name, value) in overrides ?? new Dictionary<string, object?>())
            map[name] = JsonValues.FromObject(value);
        return map;
    }

    /// <summary>The string a value has before deployment (literal or a parameter's value); null when it has none.</summary>
    private static string? Text(JToken? token, Dictionary<string, JToken> parameters)
    {
        if (token is null) return null;
        var resolved = Intrinsics.IsIntrinsic(token) ? ParameterResolver.Resolve(token, parameters) : token;
        // A Fn::Sub whose every variable was a parameter is text too.
        if (Intrinsics.IsIntrinsic(resolved, "Fn::Sub") && resolved["Fn::Sub"] is JValue { Type: JTokenType.String } sub && !((string)sub!).Contains("${", StringComparison.Ordinal))
            resolved = sub;
        return resolved.Type == JTokenType.String ? (string)resolved! : null;
    }

    private static bool Ignores(JObject definition, string property) => definition["IgnoreGlobals"] switch
    {
        JValue { Type: JTokenType.String } all => (string)all! == "*",
        JArray list => list.Any(i => i.Type == JTokenType.String && (string)i! == property),
        _ => false,
    };

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string directory)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(directory, comparison)
            || (path.StartsWith(directory, comparison) && path.Length > directory.Length && (path[directory.Length] == Path.DirectorySeparatorChar || path[directory.Length] == Path.AltDirectorySeparatorChar));
    }
}
