using System.CommandLine;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Handlers;
using SamTransform.Reading;

namespace SamTransform.Cli.Commands;

/// <summary>
/// The options that turn on the check of .NET handlers against a project's code, shared by the commands that read a
/// template. The MSBuild package passes them; by hand:
/// <c>--handler-sources sources.txt --assembly-name Orders --project-dir src/Orders</c>.
/// </summary>
internal sealed class HandlerCheckOptions
{
    private readonly Option<FileInfo?> _sources = new("--handler-sources")
    {
        Description = "Check .NET handlers against C# sources: a file listing the project's .cs files, one per line (relative paths are relative to that file).",
    };

    private readonly Option<string?> _assemblyName = new("--assembly-name")
    {
        Description = "The project's AssemblyName, for the handler check.",
    };

    private readonly Option<DirectoryInfo?> _projectDir = new("--project-dir")
    {
        Description = "The project's folder (default: the current folder); functions whose CodeUri is in it are checked.",
    };

    private readonly Option<string?> _defines = new("--define")
    {
        Description = "The project's preprocessor symbols, separated by ';' (MSBuild's DefineConstants).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_sources);
        command.Options.Add(_assemblyName);
        command.Options.Add(_projectDir);
        command.Options.Add(_defines);
    }

    /// <summary>Runs the check when <c>--handler-sources</c> is given. False (after a message) on bad usage.</summary>
    public bool TryRun(ParseResult parse, JObject template, string templatePath, IReadOnlyDictionary<string, object?> parameterValues, TextWriter stderr, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = [];
        var list = parse.GetValue(_sources);
        if (list is null) return true;
        var assemblyName = parse.GetValue(_assemblyName);
        if (string.IsNullOrWhiteSpace(assemblyName))
        {
            stderr.WriteLine("error: --handler-sources needs --assembly-name.");
            return false;
        }
        if (!list.Exists)
        {
            stderr.WriteLine($"error: the source list '{list}' was not found.");
            return false;
        }
        var baseDirectory = list.DirectoryName ?? ".";
        var files = File.ReadAllLines(list.FullName)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => Path.GetFullPath(line, baseDirectory))
            .ToList();
        var symbols = (parse.GetValue(_defines) ?? "")
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var settings = new HandlerCheckSettings(assemblyName, parse.GetValue(_projectDir)?.FullName ?? Directory.GetCurrentDirectory(), files)
        {
            PreprocessorSymbols = symbols,
            ParameterValues = parameterValues,
        };
        diagnostics = ProjectHandlerCheck.Run(template, templatePath, settings);
        return true;
    }
}
