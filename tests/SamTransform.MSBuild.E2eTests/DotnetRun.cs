using System.Diagnostics;
using System.Text;

namespace SamTransform.MSBuild.E2eTests;

/// <summary>The result of one <c>dotnet</c> command: exit code and everything it printed.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    /// <summary>The distinct <c>error</c> lines, without the <c>[project]</c> suffix MSBuild adds (errors repeat in the summary).</summary>
    public IReadOnlyList<string> Errors => Lines(": error ");

    public IReadOnlyList<string> Warnings => Lines(": warning ");

    private List<string> Lines(string marker) =>
    [
        .. Output.Split('\n')
            .Select(l => l.TrimEnd('\r').Trim())
            .Where(l => l.Contains(marker, StringComparison.Ordinal))
            .Select(l => l.EndsWith(']') && l.LastIndexOf(" [", StringComparison.Ordinal) is var i and > 0 ? l[..i] : l)
            .Distinct(),
    ];

    public override string ToString() => $"$ {Command}\n(exit {ExitCode})\n{Output}";
}

/// <summary>
/// Runs <c>dotnet</c> as a user would, but isolated: no MSBuild state inherited from the test host, no node reuse or
/// compiler server left running (they would hold the output pipes open), a NuGet packages folder of the test run's own.
/// </summary>
public static class DotnetRun
{
    public static string Executable { get; } = FindDotnet();

    public static DotnetResult Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments) =>
        RunProgram(Executable, workingDirectory, environment, timeout, arguments);

    public static DotnetResult RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.ToList())
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                start.Environment.Remove(key);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Executable)!;
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var command = $"{Path.GetFileName(program)} {string.Join(' ', arguments)}";
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish within {timeout}.\n{output}");
        }
        process.WaitForExit(); // drains the output readers
        lock (output) return new DotnetResult(command, process.ExitCode, output.ToString());
    }

    private static string FindDotnet()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return RealPath(host);
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return RealPath(Path.GetFullPath(candidate));
        }
        return name;
    }

    // /usr/bin/dotnet is often a link; DOTNET_ROOT must be the folder of the real one.
    private static string RealPath(string path) => new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
