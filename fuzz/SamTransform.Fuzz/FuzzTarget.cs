using SamTransform.Pipeline;
using SamTransform.Reading;

namespace SamTransform.Fuzz;

/// <summary>
/// What a fuzzer drives: the bytes of a template through the reader, and optionally the transform. A broken promise
/// is thrown as <see cref="FuzzFinding"/> so the fuzzer records the input as a crash; the library's own exceptions
/// escape as they are (they are findings too).
/// </summary>
public static class FuzzTarget
{
    public static void Run(ReadOnlySpan<byte> input, bool transform)
    {
        var read = TemplateReader.ReadBytes(input);
        if (!read.Succeeded)
        {
            RequireLocatedErrors(read.Diagnostics, "read");
            return;
        }
        if (!transform) return;
        var template = read.Template!;
        var before = template.ToString(Newtonsoft.Json.Formatting.None);
        var result = SamTransformer.Transform(template);
        if (template.ToString(Newtonsoft.Json.Formatting.None) != before) throw new FuzzFinding("the transform changed its input");
        if (result.Output is null) RequireLocatedErrors(result.Diagnostics, "transform");
        else if (result.Errors.Any()) throw new FuzzFinding("an output together with errors");
        if (result.Diagnostics.FirstOrDefault(d => d.Code == "SAM2999") is { } internalError)
            throw new FuzzFinding("internal error (an expander did not anticipate this shape): " + internalError.Message);
    }

    private static void RequireLocatedErrors(IReadOnlyList<Diagnostics.Diagnostic> diagnostics, string step)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0) throw new FuzzFinding($"{step} failed without an error diagnostic");
        if (errors.FirstOrDefault(d => d.Location is null) is { } unlocated)
            throw new FuzzFinding($"{step} error without a location: {unlocated.Code} {unlocated.Message}");
    }
}

/// <summary>An input that broke the tool's promise without an exception of its own.</summary>
public sealed class FuzzFinding(string message) : Exception(message);
