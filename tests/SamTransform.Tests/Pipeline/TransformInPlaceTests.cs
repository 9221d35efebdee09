using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Pipeline;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Pipeline;

/// <summary>
/// <see cref="SamTransformer.TransformInPlace"/> (the command line's transform, without the copy of the input) gives
/// the same output and diagnostics as <see cref="SamTransformer.Transform(JObject, TransformOptions?)"/>, and its
/// output does not keep the input document alive.
/// </summary>
public class TransformInPlaceTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "transform"), "*.yaml").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        data.Add(Path.Combine("..", "hello-function", "template.yaml"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void In_place_gives_what_the_copying_transform_gives(string file)
    {
        var path = Path.Combine(RepoPaths.Fixtures, "transform", file);
        var options = new TransformOptions { Clock = new FixedClock() };
        var copied = SamTransformer.Transform(TemplateReader.ReadFile(path).Template!, options);
        var template = TemplateReader.ReadFile(path).Template!;
        var inPlace = SamTransformer.TransformInPlace(template, options);
        Assert.Equal(copied.Output?.ToString(Formatting.Indented), inPlace.Output?.ToString(Formatting.Indented));
        Assert.Equal(copied.Diagnostics.Select(d => d.Format(file)), inPlace.Diagnostics.Select(d => d.Format(file)));
    }

    [Fact]
    public void The_output_does_not_keep_the_input_alive()
    {
        var (output, input) = TransformAndForget(Path.Combine(RepoPaths.Fixtures, "hello-function", "template.yaml"));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(input.IsAlive, "the input document is still reachable from the output");
        GC.KeepAlive(output);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (JObject Output, WeakReference Input) TransformAndForget(string path)
    {
        var template = TemplateReader.ReadFile(path).Template!;
        var input = new WeakReference(template);
        return (SamTransformer.TransformInPlace(template).Output!, input);
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
