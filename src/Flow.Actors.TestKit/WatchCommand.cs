namespace Flow.Actors.TestKit;

/// <summary>Asks a probe's actor to watch (or unwatch) an actor.</summary>
internal sealed record WatchCommand(IActorRef Subject, bool Watch);
