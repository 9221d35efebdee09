using System.CommandLine;
using Newtonsoft.Json;
using SamTransform.Conformance;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Cli.Commands;

/// <summary>The `conformance` command.</summary>
public static class ConformanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var corpus = new Argument<DirectoryInfo>("corpus") { Description = "A corpus folder laid out like shared/conformance (input/, output/, corpus.json)." };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write each case's output to DIR/<partition>/<name>.json (errors to DIR/errors/)." };
        var filter = new Option<string?>("--filter") { Description = "Only cases whose name contains this text." };
        var writePassing = new Option<FileInfo?>("--write-passing")
        {
            Description = "Write the checks that pass, one 'case partition' line each, to FILE (the format of tests/SamTransform.Tests/Conformance/baseline.txt).",
        };
        // A tool of this repository's own tests, not of a template's author: reachable, but not in --help.
        var command = new Command("conformance", "Run every case of a conformance corpus and print the failures, then 'N passed, N failed'.")
        {
            corpus, outDir, filter, writePassing,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(corpus)!;
            if (!Directory.Exists(Path.Combine(directory.FullName, "input")))
            {
                stderr.WriteLine($"error: '{directory}' has no input/ folder; expected a corpus laid out like shared/conformance.");
                return CliApp.BadUsage;
            }
            var report = new ConformanceRunner(directory.FullName).Run(parse.GetValue(filter), parse.GetValue(outDir)?.FullName);
            foreach (var check in report.Checks.Where(c => !c.Passed))
                stdout.WriteLine($"FAIL {check.Case} [{check.Partition}]: {check.Detail}");
            if (parse.GetValue(writePassing) is { } passingFile)
                File.WriteAllText(passingFile.FullName, ConformanceBaseline.Render(report));
            stdout.WriteLine($"{report.Passed} passed, {report.Failed} failed");
            return report.Failed == 0 ? CliApp.Success : CliApp.InvalidTemplate;
        });
        return command;
    }
}
