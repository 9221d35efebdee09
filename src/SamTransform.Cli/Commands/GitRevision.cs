using System.Diagnostics;

namespace SamTransform.Cli.Commands;

/// <summary>A file as it was at a git revision (<c>git show REV:./file</c>, run in the file's folder).</summary>
public static class GitRevision
{
    /// <summary>The text of <paramref name="path"/> at <paramref name="revision"/>; false with a message for the user when there is none.</summary>
    public static bool TryRead(string path, string revision, out string text, out string error)
    {
        text = "";
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        if (!Run(folder, out _, out var gitError, "rev-parse", "--show-toplevel"))
        {
            error = gitError is null
                ? $"--against reads the old template from git, and '{path}' is not in a git repository."
                : $"--against needs git, which could not be run: {gitError}";
            return false;
        }
        if (revision.StartsWith('-') || !Run(folder, out _, out _, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"))
        {
            error = $"'{revision}' is not a revision of the git repository of '{path}' (try HEAD, HEAD~1, a branch, tag or commit).";
            return false;
        }
        if (!Run(folder, out text, out _, "show", $"{revision}:./{name}"))
        {
            error = $"'{path}' does not exist at revision '{revision}'" + (Run(folder, out var root, out _, "rev-parse", "--show-prefix") ? $" (as {root.Trim()}{name})." : ".");
            return false;
        }
        error = "";
        return true;
    }

    /// <summary>Runs git; false when it fails, with <paramref name="startError"/> set when it could not even start.</summary>
    private static bool Run(string folder, out string output, out string? startError, params string[] arguments)
    {
        output = "";
        startError = null;
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Git's messages in English and no pager, whatever the user's settings.
        info.Environment["LC_ALL"] = "C";
        info.Environment["GIT_PAGER"] = "cat";
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            output = stdout.Result;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            startError = ex.Message;
            return false;
        }
    }
}
