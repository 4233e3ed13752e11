namespace Flow.Actors.Dispatch;

/// <summary>A message and its sender as stored in a mailbox (a struct: queuing allocates nothing).</summary>
internal readonly struct Envelope(object message, IActorRef? sender)
{
    public readonly object Message = message;
    public readonly IActorRef? Sender = sender;
}
