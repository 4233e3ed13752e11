namespace Flow.Actors.Serialization;

/// <summary>
/// Refs inside messages: written as full paths with their incarnation (<c>flow.tcp://sys@host:port/user/a#42</c>)
/// and resolved on the receiving node to a ref that works there (local, or remote back to the sender's node).
/// Only valid inside <see cref="IMessageSerializer"/> calls made by the transport.
/// </summary>
public static class ActorRefWire
{
    [ThreadStatic]
    private static IActorRefResolver? t_resolver;

    /// <summary>The wire form of <paramref name="actorRef"/>.</summary>
    public static string ToWire(IActorRef actorRef)
    {
        ArgumentNullException.ThrowIfNull(actorRef);
        return Format(actorRef.Path);
    }

    /// <summary>The ref a wire path stands for on this node; a dead-letter ref for a missing local actor.</summary>
    /// <exception cref="InvalidOperationException">Called outside a transport serialization call.</exception>
    public static IActorRef FromWire(string path)
    {
        var resolver = t_resolver ?? throw new InvalidOperationException("Refs can be resolved only while the remote transport reads a message.");
        return resolver.Resolve(path);
    }

    internal static string Format(ActorPath path) =>
        string.Concat(path.ToString(), "#", path.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal static IActorRefResolver? Enter(IActorRefResolver resolver)
    {
        var previous = t_resolver;
        t_resolver = resolver;
        return previous;
    }

    internal static void Exit(IActorRefResolver? previous) => t_resolver = previous;
}
