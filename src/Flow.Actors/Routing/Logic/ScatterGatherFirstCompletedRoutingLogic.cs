namespace Flow.Actors.Routing;

/// <summary>
/// Sends every message to all routees with a temporary sender; the first reply is forwarded to the original sender
/// and later replies are dropped. With no reply within <see cref="Within"/> the original sender receives
/// <see cref="Status.Failure"/> carrying an <see cref="AskTimeoutException"/>. Time comes from the system's
/// <see cref="ActorSystem.TimeProvider"/>. Allocates a temporary ref and a timer per message.
/// </summary>
public sealed class ScatterGatherFirstCompletedRoutingLogic : RoutingLogic
{
    private readonly ActorSystem _system;

    /// <summary>Creates the logic for routers of <paramref name="system"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is not positive.</exception>
    public ScatterGatherFirstCompletedRoutingLogic(ActorSystem system, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        _system = system;
        Within = within;
    }

    /// <summary>How long to wait for the first reply.</summary>
    public TimeSpan Within { get; }

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees) =>
        routees.Length == 0 ? NoRoutee.Instance : new ScatterGatherFirstCompletedRoutees(_system, routees, Within);
}
