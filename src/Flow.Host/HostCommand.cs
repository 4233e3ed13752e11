using System.Reflection;
using Flow.Actors;
using Flow.Hocon;
using Flow.Actors.Hosting;
using Flow.Core.Executors;
using Flow.Engine.Remote;

namespace Flow.Host;

/// <summary>
/// <c>flow host --config &lt;node.conf&gt; [--name &lt;system&gt;] [--assembly &lt;executors.dll&gt;]... [--stop-on-stdin-close]</c>:
/// starts an actor system from a HOCON file with remoting (<c>flow.actor.provider = remote</c>), registers the engine's
/// wire types and the deployable executor region (<see cref="FlowRemoting.Enable"/>), and hosts the executors a
/// gateway on another node places here (<c>FlowHostOptions.Placement</c>); <c>uses</c> names resolve among the given
/// assemblies and those already loaded. Prints <c>READY &lt;address&gt;</c> once it listens, runs until SIGINT/SIGTERM
/// (or its standard input closes, with <c>--stop-on-stdin-close</c>), then terminates the system. Exit 0 after a
/// clean stop, 1 on a configuration or start error, 2 on bad arguments.
/// </summary>
internal static class HostCommand
{
    public const string Usage = "usage: flow host --config <node.conf> [--name <system>] [--assembly <executors.dll>]... [--stop-on-stdin-close]";

    public static int Run(ReadOnlySpan<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var assemblies = new List<string>();
        var options = NodeArguments.Parse(args.ToArray(), "flow-node", "<node.conf>", (option, next) =>
        {
            if (option != "--assembly" || next is null)
            {
                return 0;
            }

            assemblies.Add(next);
            return 2;
        }, out var error);
        if (options is null)
        {
            if (error is null)
            {
                stdout.WriteLine(Usage);
                return 0;
            }

            stderr.WriteLine($"flow host: {error}");
            stderr.WriteLine(Usage);
            return 2;
        }

        return RunAsync(options.ConfigFile, options.Name, assemblies, options.StopOnStdinClose, stdin, stdout, stderr).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string configFile, string name, List<string> assemblies, bool stopOnStdinClose, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ActorSystemSettings settings;
        try
        {
            settings = ActorSystemSettings.FromConfig(Config.ParseFile(configFile));
            foreach (var path in assemblies)
            {
                Assembly.LoadFrom(Path.GetFullPath(path));
            }
        }
        catch (Exception e) when (e is ConfigException or IOException or BadImageFormatException)
        {
            stderr.WriteLine($"flow host: {e.Message}");
            return 1;
        }

        if (settings.Remote is not { } remote)
        {
            stderr.WriteLine($"flow host: {configFile} does not enable remoting (set flow.actor.provider = remote)");
            return 1;
        }

        ActorSystem system;
        try
        {
            system = ActorSystem.Create(name, new ActorSystemSetup { Settings = settings with { Remote = FlowRemoting.Enable(remote, ExecutorRegistry.Default) } });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"flow host: the node could not start: {e.Message}");
            return 1;
        }

        await NodeLifetime.RunAsync(system, stdin, stdout, stopOnStdinClose).ConfigureAwait(false);
        return 0;
    }
}
