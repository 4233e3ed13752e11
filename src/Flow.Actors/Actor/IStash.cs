namespace Flow.Actors;

/// <summary>
/// Sets messages aside so that an actor can process them later, in order. Unstashed messages go in front of the
/// mailbox, before any message that arrived meanwhile. On restart stashed messages are put back; on stop they go
/// to dead letters.
/// </summary>
public interface IStash
{
    /// <summary>How many messages are stashed.</summary>
    int Count { get; }

    /// <summary>Stashes the message being processed.</summary>
    void Stash();

    /// <summary>Puts the oldest stashed message back in front of the mailbox.</summary>
    void Unstash();

    /// <summary>Puts every stashed message back in front of the mailbox, oldest first.</summary>
    void UnstashAll();

    /// <summary>Puts the stashed messages that match back in front of the mailbox, oldest first; keeps the others.</summary>
    void UnstashAll(Func<object, bool> predicate);

    /// <summary>Empties the stash and returns its messages, oldest first.</summary>
    IReadOnlyList<object> ClearStash();
}
