using System.Text;

namespace SamTransform.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        // Standard output buffered (Console.Out flushes at every write): the CloudFormation is streamed to it in
        // small pieces.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = false };
        try
        {
            return CliApp.Run(args, stdout, Console.Error);
        }
        finally
        {
            stdout.Flush();
        }
    }
}
