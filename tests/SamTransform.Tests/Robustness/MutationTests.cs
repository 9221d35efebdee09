using System.Globalization;
using SamTransform.Reading;
using Xunit;
using Xunit.Abstractions;

namespace SamTransform.Tests.Robustness;

/// <summary>
/// Mutation testing: every template of the shared corpus and of fixtures/ is broken in seeded, reproducible ways
/// (see <see cref="TemplateMutator"/>) and each variant must end in an output or located error diagnostics, without an
/// exception, within the time guard. <c>SAMTRANSFORM_MUTATIONS</c> (per template) and <c>SAMTRANSFORM_MUTATION_SEED</c>
/// widen or vary a local run; CI uses the defaults.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    /// <summary>One full round of mutation kinds per template keeps the CI run short.</summary>
    private static readonly int MutationsPerTemplate = EnvInt("SAMTRANSFORM_MUTATIONS") ?? Enum.GetValues<MutationKind>().Length;

    private static readonly ulong Seed = (ulong)(EnvInt("SAMTRANSFORM_MUTATION_SEED") ?? 20_240_601);

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var name in TemplateNames()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Mutants_end_in_output_or_located_errors(string template)
    {
        var path = template.StartsWith(CorpusPrefix, StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.SharedConformance, "input", template[CorpusPrefix.Length..])
            : Path.Combine(RepoPaths.Root, template);
        var text = File.ReadAllText(path);
        var failures = new List<string>();
        var outcomes = new Dictionary<Outcome, int>();
        void Record(string what, CheckResult result)
        {
            outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
            if (result.Failure is not null) failures.Add($"{what}: {result.Failure}");
            foreach (var internalError in result.InternalErrors) output.WriteLine($"{what}: {internalError.Format(template)}");
        }

        Record("the template itself", RobustnessCheck.Run(text));
        var read = TemplateReader.Read(text);
        if (read.Template is not null)
        {
            var seed = SeededRandom.SeedFrom(Path.GetFileName(path), Seed);
            foreach (var mutation in TemplateMutator.Mutate(text, read.Template, seed, MutationsPerTemplate))
                Record(mutation.Description, RobustnessCheck.Run(mutation.Text));
        }
        output.WriteLine("outcomes: " + string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} mutant(s) of {template} (seed {Seed}) broke the promise:\n" + string.Join("\n", failures));
    }

    private const string CorpusPrefix = "corpus:";

    /// <summary>Corpus inputs as <c>corpus:NAME</c>, then every template under fixtures/ by its path in the repository.</summary>
    private static IEnumerable<string> TemplateNames()
    {
        string[] extensions = [".yaml", ".yml", ".json"];
        bool IsTemplate(string f) => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase);
        var corpus = Path.Combine(RepoPaths.SharedConformance, "input");
        var corpusNames = Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus).Where(IsTemplate).Select(f => CorpusPrefix + Path.GetFileName(f))
            : [];
        var fixtureNames = Directory.EnumerateFiles(RepoPaths.Fixtures, "*", SearchOption.AllDirectories).Where(IsTemplate)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'));
        return corpusNames.Concat(fixtureNames).Order(StringComparer.Ordinal);
    }

    private static int? EnvInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
