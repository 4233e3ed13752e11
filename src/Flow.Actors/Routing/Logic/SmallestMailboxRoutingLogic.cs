namespace Flow.Actors.Routing;

/// <summary>
/// Sends to the routee with the fewest waiting messages, preferring an idle one (nothing waiting and nothing being
/// processed, taken at once) and avoiding suspended ones; ties go to the earlier routee. Only local actor routees
/// have a known mailbox; the others rank after every known non-suspended routee.
/// </summary>
public sealed class SmallestMailboxRoutingLogic : RoutingLogic
{
    private const long Suspended = long.MaxValue - 1;
    private const long Unknown = long.MaxValue - 2;

    /// <inheritdoc />
    public override Routee Select(object message, Routee[] routees)
    {
        if (routees.Length == 0)
        {
            return NoRoutee.Instance;
        }

        var best = routees[0];
        var bestScore = long.MaxValue;
        foreach (var routee in routees)
        {
            var score = Score(routee);
            if (score == 0)
            {
                return routee;
            }

            if (score < bestScore)
            {
                best = routee;
                bestScore = score;
            }
        }

        return best;
    }

    // Reads another actor's mailbox without synchronization: an estimate is all routing needs.
    private static long Score(Routee routee)
    {
        if (RouteeMailbox.CellOf(routee) is not { } cell)
        {
            return Unknown;
        }

        var mailbox = cell.Mailbox;
        if (mailbox.IsSuspended)
        {
            return Suspended;
        }

        return mailbox.Count + (cell.CurrentMessage is null ? 0 : 1);
    }
}
