namespace Flow.Actors.Dispatch;

/// <summary>What a full bounded mailbox does with a new message.</summary>
public enum OverflowStrategy
{
    /// <summary>The new message goes to dead letters at once (published as <see cref="DeadLetter"/>).</summary>
    DeadLetters,

    /// <summary>The sender's thread waits up to the push timeout for room; then the message goes to dead letters.</summary>
    BackPressure,
}
