using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class DeploymentSpec() : TestKit.TestKit(new ActorSystemSetup
{
    Settings = ActorSystemSettings.Default with
    {
        Deployments = new Dictionary<string, RouterConfig>(StringComparer.Ordinal)
        {
            ["/user/workers"] = new RoundRobinPool(3),
            ["/user/fan-out"] = RouterConfigFactory.Create("broadcast-group", 0, ["/user/listener1", "/user/listener2"]),
            ["/user/parent/nested"] = RouterConfigFactory.Create("random-pool", 2, []),
        },
    },
})
{
    [Fact]
    public async Task ActorOf_DeployedPath_CreatesTheDeclaredPool()
    {
        var workers = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)), "workers");
        var routees = await workers.RouteesAsync();
        Assert.Equal(3, routees.Count);
        Assert.All(routees, r => Assert.Equal("/user/workers", r.ActorOf().Path.Parent.ToStringWithoutAddress()));
        for (var i = 0; i < 3; i++)
        {
            workers.Tell(i, null);
        }

        Assert.Equal(3, (await ReceiveNAsync(3)).ByRoutee().Count);
    }

    [Fact]
    public async Task ActorOf_DeployedGroupPath_CreatesTheDeclaredGroup()
    {
        var l1 = CreateTestProbe("listener1");
        var l2 = CreateTestProbe("listener2");
        var fanOut = Sys.ActorOf(Props.Create<Echo>(), "fan-out");
        fanOut.Tell("news", TestActor);
        Assert.Equal("news", await l1.ExpectMsgAsync<string>());
        Assert.Equal("news", await l2.ExpectMsgAsync<string>());
    }

    [Fact]
    public async Task ActorOf_DeployedChildPath_CreatesTheRouterUnderItsParent()
    {
        var parent = Sys.ActorOf(Props.Create(() => new Spawner()), "parent");
        var nested = await parent.Ask<IActorRef>("nested", TimeSpan.FromSeconds(3));
        Assert.Equal(2, (await nested.RouteesAsync()).Count);
    }

    [Fact]
    public void ActorOf_UndeployedPath_PlainActor()
    {
        var single = Sys.ActorOf(Props.Create<Echo>(), "single");
        Assert.IsNotType<RoutedActorRef>(single);
    }

    [Fact]
    public void ActorOf_DeployedPathWithNoRouter_PlainActor()
    {
        var plain = Sys.ActorOf(Props.Create<Echo>().WithRouter(NoRouter.Instance), "workers");
        Assert.IsNotType<RoutedActorRef>(plain);
    }

    private sealed class Spawner : ReceiveActor
    {
        public Spawner() => Receive<string>(name => Sender.Tell(Context.ActorOf(Props.Create<Echo>(), name), Self));
    }
}
