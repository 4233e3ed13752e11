using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Flow.Actors;

/// <summary>
/// Stops an actor system in ordered phases (Akka's CoordinatedShutdown): each phase's tasks run in parallel after
/// the phases it depends on, within the phase's timeout. <see cref="RunAsync"/> runs once; later calls return the
/// same task. The last phase stops every actor and completes <see cref="ActorSystem.WhenTerminated"/>.
/// </summary>
public sealed class CoordinatedShutdown
{
    private readonly ActorSystem _system;
    private readonly List<ShutdownPhase> _ordered;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Name, Func<CancellationToken, Task> Task)>> _tasks = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private Task? _run;

    internal CoordinatedShutdown(ActorSystem system, IReadOnlyList<ShutdownPhase> phases)
    {
        _system = system;
        _ordered = PhaseOrdering.Sort(phases);
        if (!_ordered.Exists(static p => p.Name == ShutdownPhase.ActorSystemTerminate))
        {
            throw new ArgumentException($"The shutdown phases must include '{ShutdownPhase.ActorSystemTerminate}'.");
        }
    }

    /// <summary>The phase names in the order they run.</summary>
    public IReadOnlyList<string> OrderedPhases => _ordered.ConvertAll(static p => p.Name);

    /// <summary>Why shutdown started, once it has.</summary>
    public string? Reason { get; private set; }

    /// <summary>Adds a task to a phase. Tasks added after their phase started do not run.</summary>
    /// <exception cref="ArgumentException">No phase has that name.</exception>
    public void AddTask(string phase, string taskName, Func<CancellationToken, Task> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (!_ordered.Exists(p => p.Name == phase))
        {
            throw new ArgumentException($"Unknown shutdown phase '{phase}' for task '{taskName}'.", nameof(phase));
        }

        _tasks.GetOrAdd(phase, static _ => new()).Enqueue((taskName, task));
    }

    /// <summary>Runs the shutdown (once) and completes when the actor system has terminated.</summary>
    public Task RunAsync(string reason = "unknown")
    {
        lock (_gate)
        {
            if (_run is null)
            {
                Reason = reason;
                _run = Task.Run(RunPhasesAsync);
            }

            return _run;
        }
    }

    private async Task RunPhasesAsync()
    {
        foreach (var phase in _ordered)
        {
            if (!await RunPhaseAsync(phase).ConfigureAwait(false))
            {
                _system.Log.ShutdownPhaseFailed(phase.Name);
                break;
            }
        }

        await _system.FinalTerminateAsync().ConfigureAwait(false);
    }

    private async Task<bool> RunPhaseAsync(ShutdownPhase phase)
    {
        if (!_tasks.TryGetValue(phase.Name, out var queue) || queue.IsEmpty)
        {
            return true;
        }

        // Shutdown timeouts use the real clock: a test's manual clock must not hold up termination.
        using var cts = new CancellationTokenSource(phase.Timeout);
        var running = new List<Task>();
        foreach (var (name, task) in queue)
        {
            running.Add(RunTaskAsync(phase, name, task, cts.Token));
        }

        var all = Task.WhenAll(running);
        try
        {
            await all.WaitAsync(phase.Timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The token's own timer races this timeout; when this one wins, the token would be disposed uncanceled
            // (at the end of this method) and a late task would never learn that its phase gave up on it.
            await cts.CancelAsync().ConfigureAwait(false);
            _system.Log.ShutdownPhaseTimedOut(phase.Name, phase.Timeout);
            return phase.Recover;
        }
        catch (Exception)
        {
            return phase.Recover;
        }

        return !all.IsFaulted || phase.Recover;
    }

    private async Task RunTaskAsync(ShutdownPhase phase, string name, Func<CancellationToken, Task> task, CancellationToken token)
    {
        try
        {
            await task(token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _system.Log.ShutdownTaskFailed(e, name, phase.Name);
            if (!phase.Recover)
            {
                throw;
            }
        }
    }
}
