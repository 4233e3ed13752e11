namespace Flow.Actors.Routing;

/// <summary>Several routees that all receive the message (what broadcast routing selects).</summary>
public sealed record SeveralRoutees : Routee
{
    private readonly Routee[] _routees;

    /// <summary>Wraps <paramref name="routees"/>; the array must not be changed afterwards.</summary>
    public SeveralRoutees(Routee[] routees)
    {
        ArgumentNullException.ThrowIfNull(routees);
        _routees = routees;
    }

    /// <summary>The routees, in send order.</summary>
    public IReadOnlyList<Routee> Routees => _routees;

    /// <summary>Sends the same message to every routee, in order, with the same sender.</summary>
    public override void Send(object message, IActorRef? sender)
    {
        foreach (var routee in _routees)
        {
            routee.Send(message, sender);
        }
    }
}
