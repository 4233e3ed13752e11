using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

/// <summary>A routee with a name and no actor, for routing logic specs; records what it was sent.</summary>
internal sealed record TestRoutee(string Name) : Routee
{
    public List<object> Received { get; } = [];

    public override void Send(object message, IActorRef? sender) => Received.Add(message);

    public static Routee[] Many(int count)
    {
        var routees = new Routee[count];
        for (var i = 0; i < count; i++)
        {
            routees[i] = new TestRoutee("r" + i);
        }

        return routees;
    }
}
