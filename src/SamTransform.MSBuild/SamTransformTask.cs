using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace SamTransform.MSBuild;

/// <summary>
/// Runs <c>dotnet-sam-transform</c> on one template, out of process, and turns the diagnostics it prints
/// (<c>file(line,col): error CODE: message</c>) into MSBuild errors and warnings. Out of process because the CLI's
/// dependencies (YamlDotNet, Newtonsoft.Json, Roslyn) must never meet the versions the build host has loaded.
/// </summary>
public sealed class SamTransformTask : ToolTask
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>.*?)(\((?<line>\d+),(?<column>\d+)\))?: (?<level>error|warning|info) (?<code>[A-Z]+[0-9]+): (?<message>.*)$",
        RegexOptions.CultureInvariant);

    private readonly List<string> _unparsedOutput = new();
    private int _errors;

    /// <summary>The SAM template, as the project names it (diagnostics use this path).</summary>
    [Required]
    public ITaskItem Template { get; set; } = null!;

    /// <summary>Where the CloudFormation JSON goes. Deleted when the template has errors.</summary>
    [Required]
    public string OutputFile { get; set; } = "";

    /// <summary>Path of <c>dotnet-sam-transform.dll</c>.</summary>
    [Required]
    public string CliPath { get; set; } = "";

    /// <summary>
    /// The folder of native builds of the CLI, one per runtime identifier (<c>linux-x64/dotnet-sam-transform</c>):
    /// when it has one for this machine, that executable runs (no runtime start-up, no JIT), else <see cref="CliPath"/>.
    /// </summary>
    public string? NativeCliDirectory { get; set; }

    /// <summary>Set by the task: the native executable it runs, or empty when it runs <see cref="CliPath"/> with dotnet.</summary>
    [Output]
    public string NativeCliPath { get; private set; } = "";

    /// <summary>The CLI command: <c>validate</c> (default) or <c>transform</c>.</summary>
    public string Command { get; set; } = "validate";

    /// <summary>The <c>dotnet</c> executable; <c>$(DOTNET_HOST_PATH)</c> under the .NET SDK, else found on PATH.</summary>
    public string? DotnetHostPath { get; set; }

    public string? Partition { get; set; }
    public string? Region { get; set; }
    public string? SchemasDirectory { get; set; }

    /// <summary>Template parameter values, <c>Key=Value</c>.</summary>
    public string[]? ParameterOverrides { get; set; }

    /// <summary>Report warnings as errors (the same code, so a <c>NoWarn</c> still applies).</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>A file listing the project's C# sources: turns on the handler check.</summary>
    public string? HandlerSourcesFile { get; set; }

    public string? AssemblyName { get; set; }
    public string? ProjectDirectory { get; set; }
    public string? DefineConstants { get; set; }

    /// <summary>MSBuild's <c>GenerateFullPaths</c>: diagnostics name the template by its full path.</summary>
    public bool GenerateFullPaths { get; set; }

    /// <summary>Extra arguments for the CLI, passed as they are.</summary>
    public string? AdditionalArguments { get; set; }

    protected override string ToolName => RuntimeIsWindows() ? "dotnet.exe" : "dotnet";

    protected override Encoding StandardOutputEncoding => Encoding.UTF8;

    protected override Encoding StandardErrorEncoding => Encoding.UTF8;

    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.High;

    protected override string GenerateFullPathToTool() =>
        NativeCliPath.Length > 0 ? NativeCliPath
        : !string.IsNullOrEmpty(DotnetHostPath) && File.Exists(DotnetHostPath) ? DotnetHostPath! : ToolName;

    protected override string? GetWorkingDirectory() => string.IsNullOrEmpty(ProjectDirectory) ? null : ProjectDirectory;

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        if (NativeCliPath.Length == 0)
        {
            // Run on whatever .NET runtime is installed that is at least the CLI's.
            builder.AppendSwitch("exec");
            builder.AppendSwitchIfNotNull("--roll-forward ", "Major");
            builder.AppendFileNameIfNotNull(CliPath);
        }
        builder.AppendSwitch(Command);
        builder.AppendFileNameIfNotNull(GenerateFullPaths ? Template.GetMetadata("FullPath") : Template.ItemSpec);
        builder.AppendSwitchIfNotNull("-o ", OutputFile);
        if (Command == "validate") builder.AppendSwitch("--format text");
        builder.AppendSwitchIfNotNull("--partition ", NullIfEmpty(Partition));
        builder.AppendSwitchIfNotNull("--region ", NullIfEmpty(Region));
        builder.AppendSwitchIfNotNull("--schemas ", NullIfEmpty(SchemasDirectory));
        if (ParameterOverrides is { Length: > 0 })
        {
            builder.AppendSwitch("--parameter-overrides");
            foreach (var pair in ParameterOverrides) builder.AppendFileNameIfNotNull(pair);
        }
        if (!string.IsNullOrEmpty(HandlerSourcesFile))
        {
            builder.AppendSwitchIfNotNull("--handler-sources ", HandlerSourcesFile);
            builder.AppendSwitchIfNotNull("--assembly-name ", AssemblyName);
            builder.AppendSwitchIfNotNull("--project-dir ", NullIfEmpty(ProjectDirectory));
            builder.AppendSwitchIfNotNull("--define ", NullIfEmpty(DefineConstants));
        }
        if (!string.IsNullOrEmpty(AdditionalArguments)) builder.AppendTextUnquoted(" " + AdditionalArguments);
        return builder.ToString();
    }

    public override bool Execute()
    {
        if (!File.Exists(CliPath))
        {
            Log.LogError(null, "SAM4010", null, Template.ItemSpec, 0, 0, 0, 0, $"The SamTransform command line was not found at '{CliPath}'; restore the SamTransform.MSBuild package again.");
            return false;
        }
        NativeCliPath = FindNativeCli() ?? "";
        Log.LogMessage(MessageImportance.Low, NativeCliPath.Length > 0 ? $"SamTransform: native command line {NativeCliPath}" : $"SamTransform: no native command line for {MachineRuntimeIdentifier() ?? "this machine"}; running {CliPath} with dotnet");
        var succeeded = base.Execute() && _errors == 0 && !Log.HasLoggedErrors;
        // No output for a template with errors, so that the next build runs again instead of finding it up to date.
        if (!succeeded && File.Exists(OutputFile)) File.Delete(OutputFile);
        return succeeded;
    }

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        var match = DiagnosticLine.Match(singleLine);
        if (!match.Success)
        {
            if (singleLine.Trim().Length > 0) _unparsedOutput.Add(singleLine);
            Log.LogMessage(messageImportance, singleLine);
            return;
        }
        var file = match.Groups["file"].Value;
        var line = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var column = match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var code = match.Groups["code"].Value;
        var message = match.Groups["message"].Value;
        switch (match.Groups["level"].Value)
        {
            case "error":
                _errors++;
                Log.LogError(null, code, null, file, line, column, 0, 0, message);
                break;
            case "warning" when TreatWarningsAsErrors:
                _errors++;
                Log.LogError(null, code, null, file, line, column, 0, 0, message);
                break;
            case "warning":
                Log.LogWarning(null, code, null, file, line, column, 0, 0, message);
                break;
            default:
                Log.LogMessage(null, code, null, file, line, column, 0, 0, MessageImportance.Normal, message);
                break;
        }
    }

    protected override bool HandleTaskExecutionErrors()
    {
        // Exit code 1 with the diagnostics already reported: nothing to add.
        if (_errors > 0) return false;
        var detail = _unparsedOutput.Count > 0 ? string.Join(Environment.NewLine, _unparsedOutput) : "no output";
        Log.LogError(null, "SAM4010", null, Template.ItemSpec, 0, 0, 0, 0, $"dotnet-sam-transform exited with code {ExitCode}: {detail}");
        return false;
    }

    /// <summary>The native executable for this machine in <see cref="NativeCliDirectory"/>, made executable if NuGet's extraction lost the bit.</summary>
    private string? FindNativeCli()
    {
        if (string.IsNullOrEmpty(NativeCliDirectory) || MachineRuntimeIdentifier() is not { } rid) return null;
        var path = Path.GetFullPath(Path.Combine(Path.Combine(NativeCliDirectory!, rid), RuntimeIsWindows() ? "dotnet-sam-transform.exe" : "dotnet-sam-transform"));
        if (!File.Exists(path)) return null;
        if (RuntimeIsWindows()) return path;
        // NuGet does not keep file modes: the package's executable is extracted as 0644.
        const int rwxr_xr_x = 0x1ED;
        try
        {
            return chmod(path, rwxr_xr_x) == 0 ? path : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The runtime identifier of the build machine for the native builds the package can carry (<c>linux-x64</c>,
    /// <c>osx-arm64</c>, <c>win-x64</c>, ...); null where none could run (an unknown OS or architecture). musl-based
    /// Linux is <c>linux-musl-x64</c>: a glibc executable does not run there.
    /// </summary>
    public static string? MachineRuntimeIdentifier()
    {
        string os;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) os = "win";
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) os = "osx";
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux)) os = File.Exists("/lib/ld-musl-x86_64.so.1") || File.Exists("/lib/ld-musl-aarch64.so.1") ? "linux-musl" : "linux";
        else return null;
        var architecture = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            Architecture.Arm => "arm",
            _ => null,
        };
        return architecture is null ? null : os + "-" + architecture;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int chmod(string path, int mode);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool RuntimeIsWindows() => Path.DirectorySeparatorChar == '\\';
}
