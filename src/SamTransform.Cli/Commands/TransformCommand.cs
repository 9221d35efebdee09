using System.CommandLine;
using SamTransform.Pipeline;
using SamTransform.Validation;

namespace SamTransform.Cli.Commands;

/// <summary>The `transform` command.</summary>
public static class TransformCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var input = new TemplateOptions("The SAM template (YAML or JSON).", "Write the CloudFormation JSON to this file instead of standard output.");
        var printHashed = new Option<bool>("--print-hashed") { Description = "Print on standard error, as SHA1INPUT: lines, each text hashed for a REST API deployment id.", Hidden = true };
        var localArtifacts = new Option<bool>("--local-artifacts") { Description = "Accept local CodeUri/ContentUri/DefinitionUri/Location paths (relative to the template) as `sam package` would, with placeholder S3 locations; a missing or empty CodeUri is the template's folder." };
        var command = new Command("transform", "Transform a SAM template into CloudFormation JSON. Exit codes: 0 success, 1 invalid template, 2 bad usage.");
        input.AddTo(command);
        command.Options.Add(localArtifacts);
        command.Options.Add(printHashed);
        var handlerCheck = new HandlerCheckOptions();
        handlerCheck.AddTo(command);
        command.SetAction(parse =>
        {
            if (!input.TryGetParameterValues(parse, stderr, out var values) || !input.TryGetDeployment(parse, stderr, out var partition, out var region)
                || !input.TryGetTemplates(parse, stderr, out var templates) || !input.CheckOutput(parse, templates.Count, folderForMany: true, stderr))
                return CliApp.BadUsage;
            if (templates.Count > 1 && input.Output(parse) is null)
            {
                stderr.WriteLine("error: with several templates, -o names the folder to write their CloudFormation into.");
                return CliApp.BadUsage;
            }
            var exit = CliApp.Success;
            var common = CommonFolder(templates);
            foreach (var template in templates)
            {
                var target = input.Output(parse) is { } output && templates.Count > 1 ? Path.Combine(output, Path.ChangeExtension(Path.GetRelativePath(common, Path.GetFullPath(template)), ".json")) : input.Output(parse);
                exit = Math.Max(exit, TransformOne(template, target));
            }
            return exit;

            int TransformOne(string template, string? target)
            {
                if (!TemplateOptions.TryRead(template, stdin, stderr, out var read)) return CliApp.BadUsage;
                var display = TemplateOptions.DisplayName(template);
                var fullPath = TemplateOptions.FullPath(template);
                var templateDirectory = Path.GetDirectoryName(fullPath)!;
                var resolver = parse.GetValue(localArtifacts) ? new LocalArtifactResolver(templateDirectory) : null;
                var options = new TransformOptions { Partition = partition, Region = region, ParameterValues = values, LocalArtifacts = resolver,
                    HashedTextObserver = parse.GetValue(printHashed) ? text => stderr.WriteLine("SHA1INPUT: " + text) : null,
                };
                if (!read.Succeeded)
                {
                    CliApp.Print(read.Diagnostics, display, stderr);
                    return CliApp.InvalidTemplate;
                }
                // The handler check reads the template as written: before the transform, which (for a file) works on
                // the template read itself, without a copy, so that the whole input is never in memory twice.
                if (!handlerCheck.TryRun(parse, read.Template!, fullPath, values, stderr, out var handlerDiagnostics)) return CliApp.BadUsage;
                var fromFile = template != "-";
                var result = fromFile ? SamTransformer.TransformInPlace(read.Template!, options) : SamTransformer.Transform(read.Template!, options);
                var missing = resolver?.Diagnostics ?? [];
                CliApp.Print(read.Diagnostics.Concat(missing).Concat(result.Diagnostics).Concat(handlerDiagnostics), display, stderr);
                if (result.Output is null && resolver is null && WouldPassWithLocalArtifacts())
                    stderr.WriteLine("hint: the template names local files or folders (CodeUri, ContentUri, DefinitionUri, ...); pass --local-artifacts to accept them as `sam package` would.");
                if (result.Output is null || missing.Count > 0 || handlerDiagnostics.Any(d => d.IsError)) return CliApp.InvalidTemplate;
                var output = result.Output;
                // Only the output is needed from here on: the rest of the input and the transform's records can go.
                read = null!;
                result = null!;
                if (target is null)
                {
                    TemplateOptions.WriteJson(output, stdout);
                    return CliApp.Success;
                }
                return TemplateOptions.TryWrite(target, writer => TemplateOptions.WriteJson(output, writer), stderr) ? CliApp.Success : CliApp.BadUsage;

                // The transform again with local paths accepted, on a template read anew (the first one was changed).
                bool WouldPassWithLocalArtifacts()
                {
                    var withLocal = options with { LocalArtifacts = new LocalArtifactResolver(templateDirectory) };
                    if (!fromFile) return SamTransformer.Transform(read.Template!, withLocal).Output is not null;
                    return TemplateOptions.TryRead(template, stdin, TextWriter.Null, out var again) && again.Succeeded
                        && SamTransformer.TransformInPlace(again.Template!, withLocal).Output is not null;
                }
            }
        });
        return command;
    }

    /// <summary>
    /// The deepest folder holding every template: the CloudFormation of each of several templates goes to its path
    /// below that folder, under <c>-o</c>, ending in <c>.json</c>.
    /// </summary>
    private static string CommonFolder(IReadOnlyList<string> templates)
    {
        var folders = templates.Select(t => Path.GetDirectoryName(Path.GetFullPath(TemplateOptions.DisplayName(t)))!).ToList();
        var common = folders[0];
        foreach (var folder in folders.Skip(1))
            while (!(folder + Path.DirectorySeparatorChar).StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                common = Path.GetDirectoryName(common) ?? common[..1];
        return common;
    }
}
