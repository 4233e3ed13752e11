using Flow.Actors.Dispatch;
using Flow.Actors.Supervision;

namespace Flow.Actors.Routing;

/// <summary>
/// A router that creates its routees as its own children from the routed Props, and supervises them: a routee that
/// fails is handled by <see cref="SupervisorStrategy"/> (restarted by default), a routee that stops is removed, and
/// when the last one is gone the router stops itself (unless it has a <see cref="Resizer"/>). A
/// <see cref="PoisonPill"/> sent to the router stops it and its routees.
/// </summary>
public abstract class Pool : RouterConfig
{
    /// <summary>Creates the pool config.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nrOfInstances"/> is negative.</exception>
    private protected Pool(int nrOfInstances)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nrOfInstances);
        NrOfInstances = nrOfInstances;
    }

    /// <summary>
    /// The default routee supervision: one-for-one, never escalating; restart on any failure, stop on
    /// <see cref="ActorInitializationException"/>, <see cref="ActorKilledException"/> and <see cref="DeathPactException"/>.
    /// </summary>
    public static SupervisorStrategy DefaultSupervisorStrategy => Supervision.SupervisorStrategy.DefaultStrategy;

    /// <summary>How many routees the pool starts with (0 is allowed only with a <see cref="Resizer"/>).</summary>
    public int NrOfInstances { get; }

    /// <summary>Grows and shrinks the pool with its load; <c>null</c> for a fixed size.</summary>
    public Resizer? Resizer { get; init; }

    /// <summary>How the router supervises its routees (<see cref="DefaultSupervisorStrategy"/> by default).</summary>
    public SupervisorStrategy SupervisorStrategy { get; init; } = DefaultSupervisorStrategy;

    /// <summary>The dispatcher of the router actor itself (routees use the routed Props' dispatcher).</summary>
    public string RouterDispatcher { get; init; } = Dispatchers.DefaultId;

    internal override IInternalActorRef CreateRouterActor(ActorSystem system, Props props, ActorPath path, IInternalActorRef parent) =>
        RouterActorFactory.CreatePool(this, system, props, path, parent);
}
