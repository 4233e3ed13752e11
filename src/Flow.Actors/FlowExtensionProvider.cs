using Akka.Actor;

namespace Flow.Actors;

/// <summary>Creates the <see cref="FlowExtension"/> of an ActorSystem.</summary>
public sealed class FlowExtensionProvider : ExtensionIdProvider<FlowExtension>
{
    /// <inheritdoc />
    public override FlowExtension CreateExtension(ExtendedActorSystem system) => new(system);
}
