using Flow.Actors;

namespace Flow.Engine.Tests.Remote;

/// <summary>A ref with a fixed path, for wire snapshots (its path and uid never change between runs).</summary>
internal sealed class FixedRef(string path) : IActorRef
{
    public ActorPath Path { get; } = ActorPath.Parse(path);

    public void Tell(object message, IActorRef? sender)
    {
    }
}
