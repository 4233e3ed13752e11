namespace Flow.Actors;

/// <summary>Carries a <see cref="Terminated"/> (or the message given to WatchWith) through the watcher's mailbox.</summary>
internal sealed class DeathWatchDelivery(Terminated terminated, object message) : AutoReceivedMessage
{
    public Terminated Terminated { get; } = terminated;

    public object Message { get; } = message;
}
