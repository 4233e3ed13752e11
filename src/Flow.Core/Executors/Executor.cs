namespace Flow.Core.Executors;

/// <summary>
/// The base class of Flow executors (Jina's <c>Executor</c>). Handler methods are marked with
/// <see cref="RequestsAttribute"/>; an executor that declares none is a valid no-op that returns the
/// documents unchanged. Construction arguments come from <c>uses_with</c> by constructor parameter name.
/// </summary>
/// <remarks>
/// The engine calls one handler at a time per instance (one instance per replica), on a thread-pool
/// thread. <see cref="Runtime"/> is already set when the derived constructor body runs.
/// <see cref="DisposeAsync"/> runs <see cref="CloseAsync"/> exactly once, however often it is called.
/// </remarks>
public abstract class Executor : IAsyncDisposable
{
    [ThreadStatic]
    private static ExecutorRuntimeInfo? t_constructing;

    private int _disposed;

    /// <summary>Initialises the executor with the runtime info the engine is constructing it for.</summary>
    protected Executor() => Runtime = t_constructing ?? new ExecutorRuntimeInfo(GetType().Name);

    /// <summary>Where and as what this instance runs (name, shard, replica, workspace).</summary>
    public ExecutorRuntimeInfo Runtime { get; }

    /// <summary>
    /// This instance's workspace directory, <c>&lt;workspace&gt;/&lt;name&gt;/&lt;shard id&gt;/</c>, created on
    /// first read; shared by the replicas of a shard and kept across restarts.
    /// </summary>
    public string Workspace => Runtime.EnsureWorkspace();

    /// <summary>Releases the executor's resources; calls <see cref="CloseAsync"/> once, later calls do nothing.</summary>
    /// <returns>A task that completes when the executor is closed.</returns>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return ValueTask.CompletedTask;
        }

        GC.SuppressFinalize(this);
        return CloseAsync();
    }

    /// <summary>Called once at shutdown (Jina's <c>close</c>); the default calls <see cref="Close"/>.</summary>
    /// <returns>A task that completes when closed.</returns>
    protected virtual ValueTask CloseAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    /// <summary>Called once at shutdown by the default <see cref="CloseAsync"/>; does nothing by default.</summary>
    protected virtual void Close()
    {
    }

    internal static ConstructionScope BeginConstruction(ExecutorRuntimeInfo runtime) => new(runtime);

    internal readonly struct ConstructionScope : IDisposable
    {
        private readonly ExecutorRuntimeInfo? _previous;

        public ConstructionScope(ExecutorRuntimeInfo runtime)
        {
            _previous = t_constructing;
            t_constructing = runtime;
        }

        public void Dispose() => t_constructing = _previous;
    }
}
