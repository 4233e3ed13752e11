namespace Flow.Actors.Routing;

/// <summary>Routes <see cref="RouterEnvelope.Message"/> by <see cref="HashKey"/>; the routee receives the message only.</summary>
/// <param name="Message">The message the routee receives.</param>
/// <param name="HashKey">The key the routee is chosen by (see <see cref="IConsistentHashable.ConsistentHashKey"/>).</param>
public sealed record ConsistentHashableEnvelope(object Message, object HashKey) : RouterEnvelope(Message), IConsistentHashable
{
    /// <summary>The same as <see cref="HashKey"/>.</summary>
    public object ConsistentHashKey => HashKey;
}
