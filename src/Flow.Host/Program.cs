namespace Flow.Host;

/// <summary>The <c>flow</c> command line: hosts executors of Flows on this node or inspects its configuration.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // JSON output is UTF-8 whatever the locale says, so non-ASCII keys and strings survive a pipe.
        Console.OutputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, Console.In, Console.Out, Console.Error);
    }

    /// <summary>Dispatches a command; returns the exit code (0 success, 1 failure, 2 usage error).</summary>
    internal static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        switch (args[0])
        {
            case "-h" or "--help" or "help":
                stdout.WriteLine(Usage);
                return 0;
            case "config":
                return ConfigCommand.Run(args.AsSpan(1), stdin, stdout, stderr);
            case "host":
                return HostCommand.Run(args.AsSpan(1), stdin, stdout, stderr);
            case "run":
                return Flow.Host.Run.RunCommand.Run(args[1..], stdin, stdout, stderr);
            default:
                stderr.WriteLine($"flow: unknown command '{args[0]}'");
                stderr.WriteLine(Usage);
                return 2;
        }
    }

    private const string Usage =
        "usage: flow <command> [options]\n" +
        "commands:\n" +
        "  config <file.conf|-> [--with-reference]   print the resolved configuration as JSON\n" +
        "  host --config <node.conf> [--name <system>] [--assembly <executors.dll>]... [--stop-on-stdin-close]\n" +
        "                                            host executors that a Flow's gateway places on this node\n" +
        "  run <flow.yml> [--assembly <dll>]... [--grpc-port 54321] [--http-port 8080]\n" +
        "                                            run a Flow and serve Jina's gRPC and HTTP front doors";
}
