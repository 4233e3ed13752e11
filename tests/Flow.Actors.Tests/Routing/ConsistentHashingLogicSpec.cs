using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class ConsistentHashingLogicSpec
{
    [Fact]
    public void Select_SameKey_AlwaysSameRoutee()
    {
        var logic = new ConsistentHashingRoutingLogic();
        var routees = TestRoutee.Many(5);
        for (var key = 0; key < 50; key++)
        {
            var first = logic.Select(new Keyed("key-" + key, 0), routees);
            for (var n = 1; n < 5; n++)
            {
                Assert.Same(first, logic.Select(new Keyed("key-" + key, n), routees));
            }
        }
    }

    [Fact]
    public void Select_TwoLogicInstancesOverEqualRoutees_AgreeOnEveryKey()
    {
        var a = new ConsistentHashingRoutingLogic();
        var b = new ConsistentHashingRoutingLogic();
        var routeesA = TestRoutee.Many(4);
        var routeesB = TestRoutee.Many(4);
        for (var key = 0; key < 200; key++)
        {
            var message = new Keyed("key-" + key, 0);
            Assert.Equal(((TestRoutee)a.Select(message, routeesA)).Name, ((TestRoutee)b.Select(message, routeesB)).Name);
        }
    }

    [Fact]
    public void Select_ManyKeys_EveryRouteeGetsSome()
    {
        var logic = new ConsistentHashingRoutingLogic(virtualNodesFactor: 50);
        var routees = TestRoutee.Many(4);
        var counts = new int[4];
        for (var key = 0; key < 2000; key++)
        {
            counts[Array.IndexOf(routees, logic.Select(new Keyed("user-" + key, 0), routees))]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 200, 900));
    }

    [Fact]
    public void Select_RouteeAdded_OnlyKeysOfTheNewRouteeMove()
    {
        var logic = new ConsistentHashingRoutingLogic();
        var three = TestRoutee.Many(3);
        var four = new[] { three[0], three[1], three[2], new TestRoutee("r3") };
        for (var key = 0; key < 500; key++)
        {
            var message = new Keyed("key-" + key, 0);
            var after = logic.Select(message, four);
            if (!ReferenceEquals(after, four[3]))
            {
                Assert.Same(logic.Select(message, three), after);
            }
        }
    }

    [Fact]
    public void Select_Envelope_RoutesByItsKey()
    {
        var logic = new ConsistentHashingRoutingLogic();
        var routees = TestRoutee.Many(5);
        Assert.Same(logic.Select(new Keyed("k", 0), routees), logic.Select(new ConsistentHashableEnvelope("payload", "k"), routees));
    }

    [Fact]
    public void Select_Mapping_TakesPrecedenceOverTheMessageKey()
    {
        var routees = TestRoutee.Many(5);
        var plain = new ConsistentHashingRoutingLogic();
        var mapped = new ConsistentHashingRoutingLogic(hashMapping: m => m is Keyed ? "fixed" : null);
        var expected = plain.Select(new Keyed("fixed", 0), routees);
        for (var key = 0; key < 20; key++)
        {
            Assert.Same(expected, mapped.Select(new Keyed("key-" + key, 0), routees));
        }
    }

    [Fact]
    public void Select_NoKey_SelectsNoRoutee()
    {
        var logic = new ConsistentHashingRoutingLogic(hashMapping: _ => null);
        Assert.Same(NoRoutee.Instance, logic.Select("no key here", TestRoutee.Many(3)));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("hello", 0x248bfa47)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x2e4ff723)]
    public void StableHash_KnownMurmur3Vectors_Match(string text, uint expected)
    {
        Assert.Equal(unchecked((int)expected), StableHash.OfString(text));
    }

    [Fact]
    public void StableHash_IntKey_HashesItsLittleEndianBytes()
    {
        Assert.Equal(StableHash.Murmur3([1, 0, 0, 0]), StableHash.OfKey(1));
        Assert.Equal(StableHash.OfString("a-b"), StableHash.OfKey(new KeyObject()));
    }

    private sealed class KeyObject
    {
        public override string ToString() => "a-b";
    }
}
