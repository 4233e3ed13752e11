namespace Flow.Actors.Dispatch;

/// <summary>Whether a mailbox has a capacity.</summary>
public enum MailboxKind
{
    /// <summary>No capacity: senders never wait and nothing is refused.</summary>
    Unbounded,

    /// <summary>At most <see cref="MailboxSettings.Capacity"/> user messages wait; see <see cref="OverflowStrategy"/>.</summary>
    Bounded,
}
