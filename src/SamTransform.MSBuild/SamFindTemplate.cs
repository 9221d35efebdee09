using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace SamTransform.MSBuild;

/// <summary>
/// Finds the project's SAM template when the project folder has none: the nearest folder above it that holds one of
/// <see cref="Names"/>, up to the repository root (the folder with <c>.git</c>), or <see cref="LevelsOutsideRepository"/>
/// folders up outside a repository — the <c>sam init</c> layout puts <c>template.yaml</c> two folders above the
/// <c>.csproj</c>. Finding none is a warning that says where it looked and how to name a template.
/// </summary>
public sealed class SamFindTemplate : Task
{
    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The file names, in order of preference within one folder.</summary>
    [Required]
    public string[] Names { get; set; } = Array.Empty<string>();

    public int LevelsOutsideRepository { get; set; } = 2;

    /// <summary>The project file, named by the warning.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>The template, relative to the project folder (<c>../../template.yaml</c>); none when not found.</summary>
    [Output]
    public ITaskItem? Template { get; set; }

    public override bool Execute()
    {
        var project = new DirectoryInfo(ProjectDirectory);
        var root = RepositoryRoot(project);
        var searched = new List<string>();
        var up = "";
        for (var folder = project; folder is not null; folder = folder.Parent, up += "../")
        {
            searched.Add(folder.FullName);
            var name = Names.FirstOrDefault(n => File.Exists(Path.Combine(folder.FullName, n)));
            if (name is not null)
            {
                Template = new TaskItem(up + name);
                Log.LogMessage(MessageImportance.Normal, $"SamTransform: the template is {up + name} (found in {folder.FullName}).");
                return true;
            }
            if (root is not null ? SameFolder(folder, root) : searched.Count > LevelsOutsideRepository) break;
        }
        Log.LogWarning(null, "SAM4011", null, ProjectFile, 0, 0, 0, 0,
            $"No SAM template found: looked for {string.Join(", ", Names)} in {string.Join(", ", searched)}" +
            (root is null ? " (no repository root above the project)" : $" (up to the repository root {root.FullName})") +
            ". Name one in the project file with <SamTemplate Include=\"path/to/template.yaml\" />, or turn the check off with <SamTransformEnabled>false</SamTransformEnabled>.");
        return true;
    }

    private static DirectoryInfo? RepositoryRoot(DirectoryInfo start)
    {
        for (var folder = start; folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return folder;
        }
        return null;
    }

    private static bool SameFolder(DirectoryInfo a, DirectoryInfo b) =>
        string.Equals(a.FullName.TrimEnd(Path.DirectorySeparatorChar), b.FullName.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
