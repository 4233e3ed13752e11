namespace Flow.Actors.Supervision;

/// <summary>What a supervisor does with a child that failed.</summary>
public enum Directive
{
    /// <summary>Keep the instance and its state; the failed message is dropped.</summary>
    Resume,

    /// <summary>Replace the instance with a new one; the failed message is dropped, the mailbox kept.</summary>
    Restart,

    /// <summary>Stop the child.</summary>
    Stop,

    /// <summary>Fail the supervisor itself with the same cause, for its own parent to decide.</summary>
    Escalate,
}
