using System.CommandLine;

using Flow.Host.Run;

namespace Flow.Host.Cli;

/// <summary>The <c>flow</c> command line: <c>config</c>, <c>host</c>, <c>status</c>, <c>post</c>.</summary>
internal static class FlowCommandLine
{
    /// <summary>Runs a command; returns the exit code (0 success, 1 failure, 2 usage error).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("flow: run Flows of executors on a cluster, and talk to them.")
        {
            ConfigCommand.Create(stdin),
            HostCommand.Create(stdin, stdout, stderr),
            StatusCommand.Create(stdout, stderr),
            PostCommand.Create(stdout, stderr),
            RunCommand.Create(stdin, stdout, stderr),
        };
        root.SetAction(result =>
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr });
            return CommandLine.Usage;
        });
        return CommandLine.Run(root, "flow", args, stdout, stderr);
    }
}
