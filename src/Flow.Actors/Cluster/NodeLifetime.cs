using System.Runtime.InteropServices;
using Akka.Actor;

namespace Flow.Actors.Cluster;

/// <summary>
/// Runs a node process around its ActorSystem: prints <c>READY &lt;address&gt;</c> once the node is an Up cluster
/// member, waits for SIGINT or SIGTERM (or for standard input to close, when asked), runs the coordinated shutdown
/// (the node leaves the cluster gracefully: its shards are handed off, its Flows drained), and prints <c>STOPPED</c>.
/// Scripts and tests wait for those two lines.
/// </summary>
internal static class NodeLifetime
{
    /// <summary>Runs until a stop is requested, then shuts <paramref name="system"/> down.</summary>
    /// <param name="system">The node's ActorSystem, joining or Up; with no seed nodes configured it joins itself (the first node of a cluster).</param>
    /// <param name="stdin">Standard input, watched when <paramref name="stopOnStdinClose"/> is set.</param>
    /// <param name="stdout">Where READY and STOPPED are written.</param>
    /// <param name="stopOnStdinClose">Stop when standard input reaches its end (for a parent process that owns the node).</param>
    /// <param name="cancellationToken">Another way to request the stop.</param>
    public static async Task RunAsync(ActorSystem system, TextReader stdin, TextWriter stdout, bool stopOnStdinClose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Request(c, stop));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Request(c, stop));
        using var cancel = cancellationToken.Register(() => stop.TrySetResult());
        var cluster = Akka.Cluster.Cluster.Get(system);
        var up = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cluster.RegisterOnMemberUp(() => up.TrySetResult());
        if (cluster.Settings.SeedNodes.Count == 0)
        {
            cluster.Join(cluster.SelfAddress);
        }

        if (await Task.WhenAny(up.Task, stop.Task, system.WhenTerminated).ConfigureAwait(false) == up.Task)
        {
            stdout.WriteLine($"READY {cluster.SelfAddress}");
            stdout.Flush();
            if (stopOnStdinClose)
            {
                // Watched once the node is up: a parent that owns the node stops it by closing the pipe.
                _ = stdin.ReadToEndAsync(CancellationToken.None).ContinueWith(_ => stop.TrySetResult(), TaskScheduler.Default);
            }

            await Task.WhenAny(stop.Task, system.WhenTerminated).ConfigureAwait(false);
        }

        await CoordinatedShutdown.Get(system).Run(CoordinatedShutdown.ClrExitReason.Instance).ConfigureAwait(false);
        await system.WhenTerminated.ConfigureAwait(false);
        stdout.WriteLine("STOPPED");
        stdout.Flush();
    }

    private static void Request(PosixSignalContext context, TaskCompletionSource stop)
    {
        context.Cancel = true;
        stop.TrySetResult();
    }
}
