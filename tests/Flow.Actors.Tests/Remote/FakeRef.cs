using Flow.Actors.Serialization;

namespace Flow.Actors.Tests.Remote;

/// <summary>A ref that is only a path (for wire snapshots with stable addresses).</summary>
internal sealed class FakeRef(ActorPath path) : ActorRefBase
{
    public override ActorPath Path { get; } = path;

    public override IInternalActorRef Parent => this;

    public override void Tell(object message, IActorRef? sender)
    {
    }

    public static FakeRef Of(string path) => new(ActorPath.Parse(path));
}

/// <summary>Resolves every wire path to a <see cref="FakeRef"/>.</summary>
internal sealed class FakeResolver : IActorRefResolver
{
    public IActorRef Resolve(string path) => FakeRef.Of(path);

    public static T Within<T>(Func<T> read)
    {
        var previous = ActorRefWire.Enter(new FakeResolver());
        try
        {
            return read();
        }
        finally
        {
            ActorRefWire.Exit(previous);
        }
    }
}
