namespace Flow.Actors.Routing;

/// <summary>A router's logic and its routees at one moment. Immutable: the router actor publishes a new one on every change.</summary>
internal sealed class Router(RoutingLogic logic, Routee[] routees)
{
    public RoutingLogic Logic { get; } = logic;

    public Routee[] Routees { get; } = routees;

    public Router WithRoutees(Routee[] routees) => new(Logic, routees);
}
