using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

/// <summary>What a <see cref="Reporter"/> or <see cref="GatedWorker"/> tells its probe: who received what.</summary>
internal sealed record Routed(IActorRef Routee, object Message);

/// <summary>A routee that fails on "fail".</summary>
internal sealed record Restarted(IActorRef Routee, string Reason);

/// <summary>Reports every message to the probe as <see cref="Routed"/>, keeping the original sender.</summary>
internal sealed class Reporter : ReceiveActor
{
    public Reporter(IActorRef probe) => ReceiveAny(m => probe.Tell(new Routed(Self, m), Sender));
}

/// <summary>Replies every message to its sender.</summary>
internal sealed class Echo : ReceiveActor
{
    public Echo() => ReceiveAny(m => Sender.Tell(m, Self));
}

/// <summary>Throws on "fail", echoes anything else, and reports its restarts.</summary>
internal sealed class Fragile : ReceiveActor
{
    private readonly IActorRef _probe;

    public Fragile(IActorRef probe)
    {
        _probe = probe;
        Receive<string>(m => m == "fail", _ => throw new InvalidOperationException("boom"));
        ReceiveAny(m => Sender.Tell(m, Self));
    }

    protected override void PostRestart(Exception reason) => _probe.Tell(new Restarted(Self, reason.Message), Self);
}

/// <summary>Reports each message when it starts processing it, then stays busy with it until the gate opens.</summary>
internal sealed class GatedWorker : ReceiveActor
{
    public GatedWorker(IActorRef probe, Task gate) =>
        ReceiveAnyAsync(async m =>
        {
            probe.Tell(new Routed(Self, m), Sender);
            await gate;
        });
}

internal static class RouterTestExtensions
{
    public static async Task<IReadOnlyList<Routee>> RouteesAsync(this IActorRef router) =>
        (await router.Ask<Routees>(GetRoutees.Instance, TimeSpan.FromSeconds(3))).Members;

    public static IActorRef ActorOf(this Routee routee) => ((ActorRefRoutee)routee).Actor;

    /// <summary>Groups the reports by routee, in the order each routee received its messages.</summary>
    public static Dictionary<IActorRef, List<object>> ByRoutee(this IEnumerable<object> reports)
    {
        var result = new Dictionary<IActorRef, List<object>>();
        foreach (Routed r in reports)
        {
            if (!result.TryGetValue(r.Routee, out var list))
            {
                result[r.Routee] = list = [];
            }

            list.Add(r.Message);
        }

        return result;
    }
}
