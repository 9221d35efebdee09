using Newtonsoft.Json;
using SamTransform.Pipeline;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace SamTransform.Tests.Resources;

/// <summary>
/// Snapshot of the transform's output for every template in fixtures/transform (the project's own samples).
/// A new fixture needs its snapshot accepted once (run the tests locally, review the file in __snapshots__);
/// CI runs with SNAPSHOOTER_STRICT_MODE=true so a missing snapshot fails.
/// </summary>
public class FixtureSnapshotTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "transform"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Output_matches_snapshot(string fixture)
    {
        var result = SamTransformer.TransformFile(Path.Combine(RepoPaths.Fixtures, "transform", fixture + ".yaml"), new TransformOptions { Region = "eu-west-1" });
        object snapshot = result.Output is { } output
            ? JsonConvert.DeserializeObject(output.ToString())!
            : new { Errors = result.Diagnostics.Select(d => d.Format(fixture + ".yaml")).ToArray() };
        Snapshot.Match(snapshot, SnapshotNameExtension.Create(fixture));
    }
}
