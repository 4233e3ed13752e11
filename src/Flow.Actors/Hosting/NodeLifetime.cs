using System.Runtime.InteropServices;

namespace Flow.Actors.Hosting;

/// <summary>
/// Runs a node process around an actor system: prints <c>READY &lt;address&gt;</c> once the system is up, waits for
/// SIGINT or SIGTERM (or for standard input to close, when asked), runs coordinated shutdown, and prints
/// <c>STOPPED</c>. Scripts and tests wait for those two lines.
/// </summary>
public static class NodeLifetime
{
    /// <summary>Runs until a stop is requested, then terminates <paramref name="system"/>.</summary>
    /// <param name="system">The node's actor system (already started).</param>
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
        stdout.WriteLine($"READY {system.Address}");
        stdout.Flush();
        if (stopOnStdinClose)
        {
            _ = stdin.ReadToEndAsync(CancellationToken.None).ContinueWith(_ => stop.TrySetResult(), TaskScheduler.Default);
        }

        await Task.WhenAny(stop.Task, system.WhenTerminated).ConfigureAwait(false);
        await system.Terminate().ConfigureAwait(false);
        stdout.WriteLine("STOPPED");
        stdout.Flush();
    }

    private static void Request(PosixSignalContext context, TaskCompletionSource stop)
    {
        context.Cancel = true;
        stop.TrySetResult();
    }
}
