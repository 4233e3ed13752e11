using Flow.Host.Cli;

namespace Flow.Host;

/// <summary>The <c>flow</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // JSON output is UTF-8 whatever the locale says, so non-ASCII keys and strings survive a pipe.
        Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return FlowCommandLine.Run(args, Console.In, ConsoleStreams.TakeStandardOutput(), Console.Error);
    }
}
