namespace Flow.Actors.Dispatch;

/// <summary>How an actor's mailbox holds user messages. System messages are never bounded.</summary>
/// <param name="Kind">Unbounded or bounded.</param>
/// <param name="Capacity">Bounded only: how many user messages may wait.</param>
/// <param name="Overflow">Bounded only: what happens to a message that finds the mailbox full.</param>
/// <param name="PushTimeout">Bounded with back-pressure only: how long a sender waits for room.</param>
public sealed record MailboxSettings(
    MailboxKind Kind = MailboxKind.Unbounded,
    int Capacity = 1000,
    OverflowStrategy Overflow = OverflowStrategy.DeadLetters,
    TimeSpan PushTimeout = default)
{
    /// <summary>The default: an unbounded mailbox.</summary>
    public static MailboxSettings Unbounded { get; } = new();

    /// <summary>A bounded mailbox.</summary>
    public static MailboxSettings Bounded(int capacity, OverflowStrategy overflow = OverflowStrategy.DeadLetters, TimeSpan pushTimeout = default)
    {
        if (capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A bounded mailbox needs a capacity of at least 1.");
        }

        return new MailboxSettings(MailboxKind.Bounded, capacity, overflow, pushTimeout == default ? TimeSpan.FromSeconds(10) : pushTimeout);
    }
}
