using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class RouterSelectionSpec : TestKit.TestKit
{
    [Fact]
    public async Task Selection_WildcardBelowPool_ReachesEveryRoutee()
    {
        var pool = Sys.ActorOf(Props.Create<Actor.EchoActor>().WithRouter(new RoundRobinPool(3)), "pool");
        var routees = await pool.Ask<Routees>(GetRoutees.Instance);
        Sys.ActorSelection("/user/pool/*").Tell(new Identify("who"), TestActor);
        var identities = await ReceiveNAsync(3);
        var subjects = identities.Cast<ActorIdentity>().Select(i => i.Subject!.Path.ToString()).Order(StringComparer.Ordinal).ToList();
        var expected = routees.Members.Cast<ActorRefRoutee>().Select(r => r.Actor.Path.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, subjects);
    }
}
