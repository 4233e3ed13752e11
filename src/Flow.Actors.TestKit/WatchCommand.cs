namespace Flow.Actors.TestKit;

/// <summary>Asks a probe's actor to watch (or unwatch) an actor; <paramref name="Done"/> completes once it has.</summary>
internal sealed record WatchCommand(IActorRef Subject, bool Watch, TaskCompletionSource? Done = null);
