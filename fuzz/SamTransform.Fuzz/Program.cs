using SamTransform.Fuzz;
using SharpFuzz;

// dotnet SamTransform.Fuzz.dll (reader|transform) [afl|libfuzzer]   run under a fuzzer (AFL++ is the default)
// dotnet SamTransform.Fuzz.dll replay (reader|transform) PATH...       run files or folders once, without a fuzzer
var target = args.Length > 0 ? args[0] : "transform";
if (target == "replay")
{
    var transform = args.Length < 2 || args[1] != "reader";
    var files = args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]);
    var failures = 0;
    foreach (var file in files.Order(StringComparer.Ordinal))
    {
        try
        {
            FuzzTarget.Run(File.ReadAllBytes(file), transform);
        }
        catch (Exception ex)
        {
            failures++;
            Console.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}");
        }
    }
    Console.WriteLine($"{failures} finding(s)");
    return failures == 0 ? 0 : 1;
}

var withTransform = target != "reader";
if (args.Length > 1 && args[1] == "libfuzzer")
    Fuzzer.LibFuzzer.Run(bytes => FuzzTarget.Run(bytes, withTransform));
else
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        FuzzTarget.Run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), withTransform);
    });
return 0;
