namespace Flow.Actors;

/// <summary>
/// A message that every actor handles itself, before its own behaviour sees it
/// (<see cref="PoisonPill"/>, <see cref="Kill"/>, <see cref="Identify"/>, and <see cref="Terminated"/> bookkeeping).
/// </summary>
public abstract class AutoReceivedMessage
{
    private protected AutoReceivedMessage()
    {
    }
}
