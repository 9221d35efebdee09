using System.Text;
using Newtonsoft.Json;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Tests.Robustness;

/// <summary>How one input ended.</summary>
internal enum Outcome
{
    Transformed,
    ReadError,
    TransformError,
    Broken,
}

/// <summary>
/// The outcome of one input: <see cref="Failure"/> says how it broke the promise (null when it kept it);
/// <see cref="InternalErrors"/> are SAM2999 diagnostics, allowed (they are located) but each one an expander that
/// should raise the reference's error instead.
/// </summary>
internal sealed record CheckResult(Outcome Outcome, string? Failure, IReadOnlyList<Diagnostic> InternalErrors);

/// <summary>
/// The promise every input must keep: reading and transforming it ends, without an exception, in either an output or
/// error diagnostics that each point at a line; and the caller's document is left as it was.
/// </summary>
internal static class RobustnessCheck
{
    /// <summary>Far above any real case (milliseconds); only a hang or a runaway loop reaches it.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Runs one input under the time guard.</summary>
    public static CheckResult Run(byte[] input, TransformOptions? options = null)
    {
        var task = Task.Factory.StartNew(() => Evaluate(input, options ?? new TransformOptions()), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return task.Wait(CaseTimeout) ? task.Result : Broken($"hang: no answer within {CaseTimeout.TotalSeconds:0} s");
    }

    public static CheckResult Run(string text, TransformOptions? options = null) => Run(Encoding.UTF8.GetBytes(text), options);

    private static CheckResult Evaluate(byte[] input, TransformOptions options)
    {
        try
        {
            var read = TemplateReader.ReadBytes(input);
            if (!read.Succeeded) return Verdict(Outcome.ReadError, read.Diagnostics);
            var template = read.Template!;
            var before = template.ToString(Formatting.None);
            var result = SamTransformer.Transform(template, options);
            if (template.ToString(Formatting.None) != before) return Broken("the transform changed the caller's document");
            if (result.Output is null) return Verdict(Outcome.TransformError, result.Diagnostics);
            if (result.Errors.Any()) return Broken("an output together with errors");
            _ = result.Output.ToString(Formatting.None);
            return new CheckResult(Outcome.Transformed, null, []);
        }
        catch (Exception ex)
        {
            return Broken($"crash: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
        }
    }

    private static CheckResult Verdict(Outcome outcome, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var internalErrors = errors.Where(d => d.Code == "SAM2999").ToList();
        if (errors.Count == 0) return Broken($"{outcome} without an error diagnostic");
        var unlocated = errors.FirstOrDefault(d => d.Location is null);
        var failure = unlocated is null ? null : $"{outcome} without a location: {unlocated.Code} {Shorten(unlocated.Message)}";
        return new CheckResult(failure is null ? outcome : Outcome.Broken, failure, internalErrors);
    }

    private static CheckResult Broken(string failure) => new(Outcome.Broken, failure, []);

    public static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
