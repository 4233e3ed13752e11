namespace Flow.Actors.Routing;

/// <summary>Sends to each routee in turn: the n-th message (from 0, over all senders) goes to routee n mod count.</summary>
public sealed class RoundRobinRoutingLogic : RoutingLogic
{
    private long _next = -1;

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees)
    {
        if (routees.Length == 0)
        {
            return NoRoutee.Instance;
        }

        var n = unchecked((ulong)Interlocked.Increment(ref _next));
        return routees[(int)(n % (ulong)routees.Length)];
    }
}
