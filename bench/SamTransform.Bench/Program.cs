using System.Globalization;
using BenchmarkDotNet.Running;
using SamTransform.Bench;

// `generate N [FILE]` writes the scale template for N functions (used by bench/run.sh); anything else goes to
// BenchmarkDotNet (for example `--filter '*Scale*'`).
if (args is ["generate", var count, ..])
{
    var text = TemplateGenerator.Generate(int.Parse(count, CultureInfo.InvariantCulture));
    if (args.Length > 2) File.WriteAllText(args[2], text);
    else Console.Out.Write(text);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ScaleBenchmarks).Assembly).Run(args);
return 0;
