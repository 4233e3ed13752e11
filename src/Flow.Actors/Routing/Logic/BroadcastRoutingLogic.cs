namespace Flow.Actors.Routing;

/// <summary>Sends every message to every routee.</summary>
public sealed class BroadcastRoutingLogic : RoutingLogic
{
    private SeveralRoutees? _last;

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees)
    {
        if (routees.Length == 0)
        {
            return NoRoutee.Instance;
        }

        // The router publishes a new array whenever its routees change, so the wrapper is reused until then.
        var last = Volatile.Read(ref _last);
        if (last is null || !ReferenceEquals(last.Routees, routees))
        {
            last = new SeveralRoutees(routees);
            Volatile.Write(ref _last, last);
        }

        return last;
    }
}
