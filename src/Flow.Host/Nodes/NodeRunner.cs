using System.Runtime.InteropServices;
using Akka.Actor;
using Akka.Hosting;
using Flow.Actors.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HoconConfig = Flow.Hocon.Config;

namespace Flow.Host.Nodes;

/// <summary>
/// Runs a node process on the generic host with Akka.Hosting: the ActorSystem from Flow's resolved configuration,
/// logs through Microsoft.Extensions.Logging (to standard error), <c>READY &lt;address&gt;</c> on standard output once
/// the node is an Up member (and what the command adds, e.g. a Flow, has started), then waits for SIGINT / SIGTERM
/// (or standard input closing), leaves the cluster in order (coordinated shutdown: Flows drained, shards handed off)
/// and prints <c>STOPPED</c>. Scripts and tests wait for those two lines. A node that ends without being asked to (downed
/// by the split-brain resolver, removed by another member) prints no <c>STOPPED</c> and exits 1.
/// </summary>
internal static class NodeRunner
{
    /// <summary>
    /// A node's ActorSystem on Akka.Hosting: the configuration Flow resolved, handed to Akka whole (what the system reads
    /// is that tree, key by key, with Akka.Hosting's logger added); Akka's log to Microsoft.Extensions.Logging; a node
    /// with no seed nodes joins itself (the first node of its cluster).
    /// </summary>
    internal static void Configure(AkkaConfigurationBuilder akka, HoconConfig config)
    {
        akka.AddHocon(FlowConfig.ToAkka(config), HoconAddMode.Replace);
        akka.ConfigureLoggers(loggers => loggers.ClearLoggers().AddLoggerFactory());
        var cluster = Akka.Cluster.Cluster.Get;
        akka.AddStartup((system, _) =>
        {
            if (cluster(system).Settings.SeedNodes.Count == 0)
            {
                cluster(system).Join(cluster(system).SelfAddress);
            }
        });
    }

    /// <summary>Runs the node; returns the exit code (0 after an orderly stop, 1 when the node could not start or was removed from the cluster).</summary>
    public static async Task<int> RunAsync(string command, NodeOptions options, HoconConfig config, Action<AkkaConfigurationBuilder>? configure, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<IHostLifetime, NodeLifetime>();
        builder.Services.AddAkka(options.SystemName, akka =>
        {
            Configure(akka, config);
            configure?.Invoke(akka);
        });
        using var app = builder.Build();
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Request(c, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Request(c, stop));
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"{command}: the node could not start: {e.Message}");
            return 1;
        }

        var system = app.Services.GetRequiredService<ActorSystem>();
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Akka.Cluster.Cluster.Get(system).RegisterOnMemberUp(() => up.TrySetResult());
        if (await Task.WhenAny(up.Task, stop.Task, system.WhenTerminated).ConfigureAwait(false) == up.Task)
        {
            stdout.WriteLine($"READY {Akka.Cluster.Cluster.Get(system).SelfAddress}");
            stdout.Flush();
            if (options.StopOnStdinClose)
            {
                // Watched once the node is up: a parent process that owns the node stops it by closing the pipe.
                _ = stdin.ReadToEndAsync(CancellationToken.None).ContinueWith(_ => stop.TrySetResult(), TaskScheduler.Default);
            }

            await Task.WhenAny(stop.Task, system.WhenTerminated).ConfigureAwait(false);
        }

        // Akka's own SIGTERM / process-exit hook (run-by-clr-shutdown-hook) may start the orderly stop before the signal
        // reaches the handlers above: its reason says the process was asked to stop, as ours would.
        var reason = CoordinatedShutdown.Get(system).ShutdownReason;
        if (!stop.Task.IsCompleted && reason is not CoordinatedShutdown.ClrExitReason)
        {
            // The ActorSystem ended without being asked to: the cluster downed or removed this node (or it never joined).
            await app.StopAsync().ConfigureAwait(false);
            stderr.WriteLine($"{command}: the node stopped without being asked to (reason: {reason?.ToString() ?? "unknown"}); it is no longer a member.");
            return 1;
        }

        await app.StopAsync().ConfigureAwait(false);
        await system.WhenTerminated.ConfigureAwait(false);
        stdout.WriteLine("STOPPED");
        stdout.Flush();
        return 0;
    }

    private static void Request(PosixSignalContext context, TaskCompletionSource stop)
    {
        context.Cancel = true;
        stop.TrySetResult();
    }
}
