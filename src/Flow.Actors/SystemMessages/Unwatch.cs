namespace Flow.Actors;

/// <summary>Sent to <see cref="Watchee"/>: forget <see cref="Watcher"/>.</summary>
internal sealed class Unwatch(IInternalActorRef watchee, IInternalActorRef watcher) : SystemMessage
{
    public IInternalActorRef Watchee { get; } = watchee;

    public IInternalActorRef Watcher { get; } = watcher;
}
