using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class RoutingLogicSpec
{
    [Fact]
    public void RoundRobin_SevenMessagesOverThree_CyclesInOrder()
    {
        var logic = new RoundRobinRoutingLogic();
        var routees = TestRoutee.Many(3);
        var chosen = new List<Routee>();
        for (var i = 0; i < 7; i++)
        {
            chosen.Add(logic.Select("m", routees));
        }

        Assert.Equal([routees[0], routees[1], routees[2], routees[0], routees[1], routees[2], routees[0]], chosen);
    }

    [Fact]
    public async Task RoundRobin_ConcurrentSenders_SpreadsExactlyEvenly()
    {
        var logic = new RoundRobinRoutingLogic();
        var routees = TestRoutee.Many(4);
        var counts = new int[4];
        var senders = new Task[4];
        for (var s = 0; s < senders.Length; s++)
        {
            senders[s] = Task.Run(() =>
            {
                for (var i = 0; i < 10_000; i++)
                {
                    var index = Array.IndexOf(routees, logic.Select("m", routees));
                    Interlocked.Increment(ref counts[index]);
                }
            });
        }

        await Task.WhenAll(senders);
        Assert.Equal([10_000, 10_000, 10_000, 10_000], counts);
    }

    [Fact]
    public void AnyLogic_NoRoutees_SelectsNoRoutee()
    {
        RoutingLogic[] logics =
        [
            new RoundRobinRoutingLogic(), new RandomRoutingLogic(), new SmallestMailboxRoutingLogic(),
            new BroadcastRoutingLogic(), new ConsistentHashingRoutingLogic(),
        ];
        foreach (var logic in logics)
        {
            Assert.Same(NoRoutee.Instance, logic.Select(new Keyed("k", 1), []));
        }
    }

    [Fact]
    public void Random_FixedSeed_SameSequenceAndCoversAll()
    {
        var routees = TestRoutee.Many(5);
        var first = new RandomRoutingLogic(seed: 42);
        var second = new RandomRoutingLogic(seed: 42);
        var counts = new int[5];
        for (var i = 0; i < 1000; i++)
        {
            var chosen = first.Select("m", routees);
            Assert.Same(chosen, second.Select("m", routees));
            counts[Array.IndexOf(routees, chosen)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 100, 300));
    }

    [Fact]
    public void Broadcast_ThreeRoutees_SelectsAllOfThemAndReusesTheWrapper()
    {
        var logic = new BroadcastRoutingLogic();
        var routees = TestRoutee.Many(3);
        var selected = Assert.IsType<SeveralRoutees>(logic.Select("m", routees));
        Assert.Equal(routees, selected.Routees);
        Assert.Same(selected, logic.Select("m", routees));
        selected.Send("hello", null);
        Assert.All(routees, r => Assert.Equal(["hello"], ((TestRoutee)r).Received));
    }

    [Fact]
    public void SmallestMailbox_NoKnownMailboxes_SelectsTheFirst()
    {
        var routees = TestRoutee.Many(3);
        Assert.Same(routees[0], new SmallestMailboxRoutingLogic().Select("m", routees));
    }
}
