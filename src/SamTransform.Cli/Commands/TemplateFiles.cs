using System.Text.RegularExpressions;

namespace SamTransform.Cli.Commands;

/// <summary>
/// The template arguments of <c>validate</c> and <c>transform</c>: files, and globs (<c>*</c>, <c>?</c>, <c>**</c> for
/// any number of folders) that the shell did not expand, in the order given; each file once.
/// </summary>
public static class TemplateFiles
{
    /// <summary>The files the arguments name; a glob that matches nothing and a missing file are reported and fail.</summary>
    public static bool TryExpand(IEnumerable<string> arguments, TextWriter stderr, out List<string> files)
    {
        files = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                if (seen.Add(argument)) files.Add(argument);
                continue;
            }
            if (argument.IndexOfAny(['*', '?']) < 0)
            {
                if (!File.Exists(argument))
                {
                    stderr.WriteLine($"error: template file '{argument}' was not found.");
                    ok = false;
                }
                else if (seen.Add(Path.GetFullPath(argument))) files.Add(argument);
                continue;
            }
            var matches = Glob(argument).ToList();
            if (matches.Count == 0)
            {
                stderr.WriteLine($"error: no template matches '{argument}'.");
                ok = false;
            }
            foreach (var match in matches)
                if (seen.Add(Path.GetFullPath(match))) files.Add(match);
        }
        return ok;
    }

    /// <summary>The files a glob matches, sorted; the part before the first wildcard is the folder searched.</summary>
    public static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].IndexOfAny(['*', '?']) < 0) fixedCount++;
        var root = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var rest = string.Join('/', segments.Skip(fixedCount));
        var regex = new Regex("^" + ToRegex(rest) + "$", RegexOptions.CultureInvariant);
        var recursive = rest.Contains("**", StringComparison.Ordinal) || rest.Contains('/', StringComparison.Ordinal);
        var prefix = fixedCount == 0 ? "" : root == "/" ? "/" : root + "/";
        return Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(relative => regex.IsMatch(relative))
            .Order(StringComparer.Ordinal)
            .Select(relative => prefix + relative);
    }

    private static string ToRegex(string glob)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                text.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') text.Append("[^/]*");
            else if (c == '?') text.Append("[^/]");
            else text.Append(Regex.Escape(c.ToString()));
        }
        return text.ToString();
    }
}
