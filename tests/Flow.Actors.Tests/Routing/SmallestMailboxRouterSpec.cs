using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class SmallestMailboxRouterSpec : TestKit.TestKit
{
    [Fact]
    public async Task Pool_BusyRoutees_IdleOnePreferredThenFewestWaiting()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var router = Sys.ActorOf(Props.Create(() => new GatedWorker(TestActor, gate.Task)).WithRouter(new SmallestMailboxPool(3)), "smallest");
        var routees = (await router.RouteesAsync()).Select(r => r.ActorOf()).ToArray();

        // Each message is sent once the previous one is being processed: the busy routees are known to be busy.
        var busy = new List<IActorRef>();
        for (var i = 1; i <= 3; i++)
        {
            router.Tell("m" + i, null);
            var started = await ExpectMsgAsync<Routed>(r => Equals(r.Message, "m" + i));
            Assert.DoesNotContain(started.Routee, busy);
            busy.Add(started.Routee);
        }

        Assert.Equal(routees, busy);

        // All busy with nothing waiting: tie, first routee. Then it has one waiting, so the second is smaller.
        router.Tell("m4", null);
        router.Tell("m5", null);
        router.Tell("m6", null);
        router.Tell("m7", null);
        gate.SetResult();
        var received = (await ReceiveNAsync(4)).ByRoutee();
        Assert.Equal(["m4", "m7"], received[routees[0]]);
        Assert.Equal(["m5"], received[routees[1]]);
        Assert.Equal(["m6"], received[routees[2]]);
    }
}
