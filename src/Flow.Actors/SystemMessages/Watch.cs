namespace Flow.Actors;

/// <summary>Sent to <see cref="Watchee"/>: remember <see cref="Watcher"/> and notify it when stopping.</summary>
internal sealed class Watch(IInternalActorRef watchee, IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watchee { get; } = watchee;

    public IInternalActorRef Watcher { get; } = watcher;
}
