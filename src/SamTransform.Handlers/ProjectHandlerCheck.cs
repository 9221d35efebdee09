using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Handlers;

/// <summary>What the handler check needs to know about the project being built.</summary>
/// <param name="AssemblyName">The project's <c>AssemblyName</c> (not its folder or root namespace).</param>
/// <param name="ProjectDirectory">The project's folder: functions whose code path is this folder or inside it are checked.</param>
/// <param name="SourceFiles">The project's C# sources (MSBuild's <c>Compile</c> items).</param>
public sealed record HandlerCheckSettings(string AssemblyName, string ProjectDirectory, IReadOnlyList<string> SourceFiles)
{
    /// <summary>The project's <c>DefineConstants</c>, so <c>#if</c> blocks read as the compiler reads them.</summary>
    public IReadOnlyList<string> PreprocessorSymbols { get; init; } = [];

    /// <summary>Template parameter values (as given to the transform) for handlers and runtimes written as <c>!Ref</c>.</summary>
    public IReadOnlyDictionary<string, object?>? ParameterValues { get; init; }
}

/// <summary>The whole check for one template: find the project's .NET functions, parse the code only if there are any, check.</summary>
public static class ProjectHandlerCheck
{
    public static IReadOnlyList<Diagnostic> Run(JObject template, string templatePath, HandlerCheckSettings settings)
    {
        var templateDirectory = Path.GetDirectoryName(Path.GetFullPath(templatePath)) ?? ".";
        var sites = DotnetFunctions.InProject(template, templateDirectory, settings.ProjectDirectory, settings.ParameterValues).ToList();
        if (sites.Count == 0) return [];
        var code = ProjectCode.Parse(settings.SourceFiles, settings.PreprocessorSymbols, out var skipReason);
        if (code is null) return [DiagnosticCatalog.HandlerCheckSkipped(skipReason!)];
        return new HandlerChecker(code, settings.AssemblyName).Check(sites);
    }
}
