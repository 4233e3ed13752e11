using Flow.Actors.Dispatch;

namespace Flow.Actors.Routing;

/// <summary>
/// A router that sends to existing actors by path (<c>/user/a</c> or <c>flow://sys/user/a</c>); it neither creates nor
/// supervises them, and the routed Props are not used. Each path is resolved to the live actor when the router
/// starts (and again after that actor stops); until then it is sent to by selection, with the same ordering.
/// A <see cref="PoisonPill"/> sent to the router stops the router only.
/// </summary>
public abstract class Group : RouterConfig
{
    /// <summary>Creates the group config.</summary>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    private protected Group(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = new List<string>(paths);
        foreach (var path in list)
        {
            if (string.IsNullOrEmpty(path))
            {
                throw new ArgumentException("A group router's paths must not be null or empty.", nameof(paths));
            }
        }

        Paths = list.AsReadOnly();
    }

    /// <summary>The routees' paths, in routing order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The dispatcher of the router actor.</summary>
    public string RouterDispatcher { get; init; } = Dispatchers.DefaultId;

    internal override IInternalActorRef CreateRouterActor(ActorSystem system, Props props, ActorPath path, IInternalActorRef parent) =>
        RouterActorFactory.CreateGroup(this, system, props, path, parent);
}
