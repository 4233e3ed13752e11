using Flow.Actors.Configuration;

namespace Flow.Host;

/// <summary>
/// <c>flow config &lt;file.conf|-&gt; [--with-reference]</c> (<c>-</c> reads standard input): resolves a HOCON file and prints
/// the tree as JSON on stdout (exit 0); a configuration error goes to stderr as <c>file:line:column: what was expected</c>
/// (exit 1); bad arguments exit 2. Without <c>--with-reference</c> the file is resolved alone; with it, the file is
/// loaded as a node loads it (<see cref="FlowConfig.Load"/>: over Flow's and Akka's reference settings, resolved once),
/// and what is printed is exactly the tree the node hands to Akka. This class parses the arguments;
/// <see cref="ConfigPrinter"/> does the work, whatever parses them.
/// </summary>
internal static class ConfigCommand
{
    public const string Usage = "usage: flow config <file.conf|-> [--with-reference]";

    /// <summary>Parses the command's arguments and runs it; returns the exit code.</summary>
    /// <param name="args">The arguments after <c>config</c>.</param>
    /// <param name="stdin">Read for the file <c>-</c>.</param>
    /// <param name="stdout">Receives the JSON, or the usage for <c>--help</c>.</param>
    /// <param name="stderr">Receives errors.</param>
    public static int Run(ReadOnlySpan<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        var withReference = false;
        foreach (var arg in args)
        {
            if (arg == "--with-reference")
            {
                withReference = true;
            }
            else if (arg is "-h" or "--help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }
            else if (arg.StartsWith('-') && arg != "-" || file is not null)
            {
                stderr.WriteLine($"flow config: unexpected argument '{arg}'");
                stderr.WriteLine(Usage);
                return 2;
            }
            else
            {
                file = arg;
            }
        }

        if (file is null)
        {
            stderr.WriteLine("flow config: missing the configuration file");
            stderr.WriteLine(Usage);
            return 2;
        }

        return ConfigPrinter.Execute(file, withReference, stdin, stdout, stderr);
    }
}
