using System.CommandLine;

namespace Flow.Host.Cli;

/// <summary>
/// Runs a System.CommandLine root command the way every Flow command does: <c>--help</c> on every command, errors in
/// the arguments printed with the usage on standard error and exit code 2, otherwise the command's own code (0 done,
/// 1 failed).
/// </summary>
internal static class CommandLine
{
    /// <summary>Exit code of a command that did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>Exit code of a command that failed (the error is on standard error).</summary>
    public const int Failed = 1;

    /// <summary>Exit code of a command line that is not valid (usage on standard error).</summary>
    public const int Usage = 2;

    /// <summary>Parses <paramref name="args"/> against <paramref name="root"/> (the command <paramref name="name"/>, for messages) and runs the command.</summary>
    public static int Run(RootCommand root, string name, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var result = root.Parse(args);
        // No ProcessTerminationTimeout: System.CommandLine would otherwise answer SIGINT / SIGTERM by exiting the process
        // (code 130 / 143) 2 s after cancelling the action, cutting a node's orderly leave short. A node handles the
        // signals itself (NodeRunner); the short-lived commands keep the default disposition (the process ends).
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine($"{name}: {error.Message}");
            }

            // The usage of the command the arguments were for.
            root.Parse([.. CommandPath(result), "--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
            return Usage;
        }

        return result.Invoke(invocation);
    }

    private static IEnumerable<string> CommandPath(ParseResult result)
    {
        var names = new Stack<string>();
        for (var command = result.CommandResult; command.Parent is not null; command = (System.CommandLine.Parsing.CommandResult)command.Parent)
        {
            names.Push(command.Command.Name);
        }

        return names;
    }
}
