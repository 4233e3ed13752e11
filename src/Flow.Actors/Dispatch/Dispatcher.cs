namespace Flow.Actors.Dispatch;

/// <summary>
/// Runs mailboxes on the .NET thread pool: a mailbox is itself the work item, and one run processes up to
/// <see cref="Throughput"/> user messages before the thread is handed back.
/// </summary>
public sealed class Dispatcher
{
    internal Dispatcher(string id, int throughput)
    {
        if (throughput <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(throughput), throughput, $"Dispatcher '{id}' needs a throughput of at least 1.");
        }

        Id = id;
        Throughput = throughput;
    }

    /// <summary>The dispatcher's name in configuration.</summary>
    public string Id { get; }

    /// <summary>How many user messages an actor processes in one turn on a thread.</summary>
    public int Throughput { get; }

    internal void Schedule(IThreadPoolWorkItem mailbox) => ThreadPool.UnsafeQueueUserWorkItem(mailbox, preferLocal: false);
}
