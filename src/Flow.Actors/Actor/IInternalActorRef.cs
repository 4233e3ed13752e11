namespace Flow.Actors;

/// <summary>The runtime's view of a ref: system messages, parent, children and liveness.</summary>
internal interface IInternalActorRef : IActorRef
{
    /// <summary>The parent's ref (the root guardian's parent is a sink).</summary>
    IInternalActorRef Parent { get; }

    /// <summary>True once the actor has stopped for good.</summary>
    bool IsTerminated { get; }

    /// <summary>True for refs to actors in this process.</summary>
    bool IsLocal { get; }

    /// <summary>Enqueues a system message; system messages are processed before user messages.</summary>
    void SendSystemMessage(SystemMessage message);

    /// <summary>The child with the given name, or <c>null</c>.</summary>
    IInternalActorRef? GetChild(string name);

    /// <summary>Asks the actor to stop (asynchronously).</summary>
    void Stop();
}
