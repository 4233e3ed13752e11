using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class RouterKindsSpec : TestKit.TestKit
{
    [Fact]
    public async Task BroadcastPool_TwoMessages_EveryRouteeGetsBothInOrder()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new BroadcastPool(3)), "broadcast");
        var routees = await router.RouteesAsync();
        router.Tell("a", null);
        router.Tell("b", null);
        var received = (await ReceiveNAsync(6)).ByRoutee();
        Assert.Equal(3, received.Count);
        Assert.All(routees, r => Assert.Equal(["a", "b"], received[r.ActorOf()]));
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task BroadcastEnvelope_ToRoundRobinPool_ReachesEveryRouteeUnwrapped()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RoundRobinPool(3)), "rr-broadcast");
        router.Tell(new Broadcast("all"), TestActor);
        var received = (await ReceiveNAsync(3)).ByRoutee();
        Assert.Equal(3, received.Count);
        Assert.All(received.Values, messages => Assert.Equal(["all"], messages));
    }

    [Fact]
    public async Task RandomPool_300Messages_EveryRouteeGetsSome()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new RandomPool(3)), "random");
        for (var i = 0; i < 300; i++)
        {
            router.Tell(i, null);
        }

        // Each routee misses all 300 with probability (2/3)^300 < 1e-52.
        var received = (await ReceiveNAsync(300)).ByRoutee();
        Assert.Equal(3, received.Count);
        Assert.Equal(300, received.Values.Sum(m => m.Count));
    }

    [Fact]
    public async Task ConsistentHashingPool_SameKey_SameRoutee()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new ConsistentHashingPool(4)), "hashing");
        string[] keys = ["a", "b", "c", "d", "e"];
        for (var n = 0; n < 4; n++)
        {
            foreach (var key in keys)
            {
                router.Tell(new Keyed(key, n), null);
            }
        }

        var byKey = new Dictionary<string, HashSet<IActorRef>>();
        foreach (Routed r in await ReceiveNAsync(20))
        {
            var keyed = Assert.IsType<Keyed>(r.Message);
            (byKey.TryGetValue(keyed.Key, out var set) ? set : byKey[keyed.Key] = []).Add(r.Routee);
        }

        Assert.Equal(5, byKey.Count);
        Assert.All(byKey.Values, set => Assert.Single(set));
    }

    [Fact]
    public async Task ConsistentHashingPool_Envelope_RouteeReceivesTheMessageOnly()
    {
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new ConsistentHashingPool(3)), "envelope");
        router.Tell(new ConsistentHashableEnvelope("payload", "key-1"), TestActor);
        router.Tell(new ConsistentHashableEnvelope("again", "key-1"), TestActor);
        var first = await ExpectMsgAsync<Routed>();
        var second = await ExpectMsgAsync<Routed>();
        Assert.Equal("payload", first.Message);
        Assert.Equal("again", second.Message);
        Assert.Equal(first.Routee, second.Routee);
    }

    [Fact]
    public async Task ConsistentHashingPool_Mapping_KeysByFirstLetter()
    {
        var pool = new ConsistentHashingPool(5) { HashMapping = m => m is string s ? s[..1] : null };
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(pool), "mapped");
        router.Tell("apple", null);
        router.Tell("avocado", null);
        router.Tell("apricot", null);
        var received = (await ReceiveNAsync(3)).ByRoutee();
        Assert.Equal(["apple", "avocado", "apricot"], Assert.Single(received.Values));
    }

    [Fact]
    public async Task ConsistentHashingPool_MessageWithoutKey_GoesToDeadLetters()
    {
        var deadLetters = CreateTestProbe();
        Sys.EventStream.Subscribe(deadLetters.Ref, typeof(DeadLetter));
        var router = Sys.ActorOf(Props.Create(() => new Reporter(TestActor)).WithRouter(new ConsistentHashingPool(2)), "keyless");
        router.Tell("no key", TestActor);
        var letter = await deadLetters.ExpectMsgAsync<DeadLetter>(d => Equals(d.Message, "no key"));
        Assert.Equal(TestActor, letter.Sender);
        await ExpectNoMsgAsync();
    }

    [Fact]
    public async Task ConsistentHashingGroups_SamePaths_AgreeOnEveryKey()
    {
        var paths = new string[4];
        for (var i = 0; i < 4; i++)
        {
            Sys.ActorOf(Props.Create(() => new Reporter(TestActor)), "w" + i);
            paths[i] = "/user/w" + i;
        }

        var first = Sys.ActorOf(Props.Create<Echo>().WithRouter(new ConsistentHashingGroup(paths)), "g1");
        var second = Sys.ActorOf(Props.Create<Echo>().WithRouter(new ConsistentHashingGroup([.. paths.Reverse()])), "g2");
        var used = new HashSet<IActorRef>();
        for (var k = 0; k < 20; k++)
        {
            first.Tell(new Keyed("key-" + k, 1), null);
            var viaFirst = await ExpectMsgAsync<Routed>();
            second.Tell(new Keyed("key-" + k, 2), null);
            var viaSecond = await ExpectMsgAsync<Routed>();
            Assert.Equal(viaFirst.Routee, viaSecond.Routee);
            used.Add(viaFirst.Routee);
        }

        Assert.True(used.Count > 1, "20 keys should not all map to one of 4 routees");
    }
}
