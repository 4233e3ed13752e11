using Flow.Actors.Supervision;

namespace Flow.Actors;

/// <summary>A live child and its restart statistics, as its parent keeps them.</summary>
internal sealed class ChildEntry(IInternalActorRef actorRef)
{
    public IInternalActorRef Ref { get; } = actorRef;

    public ChildRestartStats Stats { get; } = new();

    /// <summary>True once the parent asked the child to stop.</summary>
    public bool Stopping { get; set; }
}
