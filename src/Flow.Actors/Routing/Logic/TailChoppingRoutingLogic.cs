namespace Flow.Actors.Routing;

/// <summary>
/// Sends each message to one routee (in a random order per message), then to the next one every <see cref="Interval"/>
/// until one of them replies; the first reply is forwarded to the original sender, later ones are dropped. With no
/// reply within <see cref="Within"/> the original sender receives <see cref="Status.Failure"/> carrying an
/// <see cref="AskTimeoutException"/>. Time comes from the system's <see cref="ActorSystem.TimeProvider"/>.
/// Allocates a temporary ref, an order and timers per message.
/// </summary>
public sealed class TailChoppingRoutingLogic : RoutingLogic
{
    private readonly ActorSystem _system;

    /// <summary>Creates the logic for routers of <paramref name="system"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> or <paramref name="interval"/> is not positive.</exception>
    public TailChoppingRoutingLogic(ActorSystem system, TimeSpan within, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _system = system;
        Within = within;
        Interval = interval;
    }

    /// <summary>How long to wait for the first reply.</summary>
    public TimeSpan Within { get; }

    /// <summary>The pause before the message goes to the next routee.</summary>
    public TimeSpan Interval { get; }

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees) =>
        routees.Length == 0 ? NoRoutee.Instance : new TailChoppingRoutees(_system, routees, Within, Interval);
}
