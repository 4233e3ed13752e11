using System.CommandLine;

namespace Flow.Host.Run;

/// <summary>
/// <c>flow run &lt;flow.yml&gt; [--assembly &lt;dll&gt;]... [--grpc-port 54321] [--http-port 8080] [--host 127.0.0.1]
/// [--workspace &lt;dir&gt;] [--prefetch 1000] [--config &lt;node.conf&gt;] [--stop-on-stdin-close]</c>: runs a Flow embedded in this
/// process and serves Jina's front doors (gRPC and HTTP) for it. Prints <c>READY grpc=&lt;host:port&gt; http=&lt;host:port&gt;</c>
/// once both listen (port 0 picks one; <c>off</c> for a door turned off with <c>--grpc-port off</c>); on SIGINT/SIGTERM (or
/// standard input closing, with <c>--stop-on-stdin-close</c>) drains requests in flight, prints <c>STOPPED</c> and exits 0.
/// Exit 1 when the Flow or a port cannot start, 2 on bad arguments.
/// </summary>
internal static class RunCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = new RunOptions();
        var command = options.CreateCommand();
        command.SetAction((parsed, _) =>
        {
            if (!options.TryRead(parsed, out var settings, out var problem))
            {
                stderr.WriteLine($"flow run: {problem}");
                stderr.WriteLine(RunOptions.Usage);
                return Task.FromResult(Cli.CommandLine.Usage);
            }

            return FlowRunner.RunAsync(settings, stdin, stdout, stderr);
        });
        return command;
    }
}
