namespace Flow.Actors;

/// <summary>Equality, hashing and rendering shared by every ref: by path and incarnation uid.</summary>
internal abstract class ActorRefBase : IInternalActorRef
{
    public abstract ActorPath Path { get; }

    public abstract IInternalActorRef Parent { get; }

    public virtual bool IsTerminated => false;

    public virtual bool IsLocal => true;

    public abstract void Tell(object message, IActorRef? sender);

    public virtual void SendSystemMessage(SystemMessage message)
    {
    }

    public virtual IInternalActorRef? GetChild(string name) => null;

    public virtual void Stop()
    {
    }

    public override bool Equals(object? obj) =>
        ReferenceEquals(this, obj) || (obj is IActorRef other && Path.Uid == other.Path.Uid && Path.Equals(other.Path));

    public override int GetHashCode() => HashCode.Combine(Path.Uid, Path);

    public override string ToString() => $"[{Path}#{Path.Uid}]";
}
