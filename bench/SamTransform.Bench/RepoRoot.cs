namespace SamTransform.Bench;

/// <summary>The repository root (the folder with SamTransform.sln), found from the working directory or the binary.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "SamTransform.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository (no SamTransform.sln found).");
    }
}
