using Flow.Actors.Routing;

namespace Flow.Actors.Tests.Routing;

public sealed class RouterConfigFactorySpec
{
    private static readonly string[] Paths = ["/user/a", "/user/b"];

    [Theory]
    [InlineData("round-robin-pool", typeof(RoundRobinPool))]
    [InlineData("random-pool", typeof(RandomPool))]
    [InlineData("smallest-mailbox-pool", typeof(SmallestMailboxPool))]
    [InlineData("broadcast-pool", typeof(BroadcastPool))]
    [InlineData("consistent-hashing-pool", typeof(ConsistentHashingPool))]
    [InlineData("scatter-gather-pool", typeof(ScatterGatherFirstCompletedPool))]
    [InlineData("tail-chopping-pool", typeof(TailChoppingPool))]
    public void Create_PoolName_PoolWithTheInstances(string name, Type expected)
    {
        var config = RouterConfigFactory.Create(name, 4, []);
        Assert.IsType(expected, config);
        Assert.Equal(4, ((Pool)config).NrOfInstances);
        Assert.Null(((Pool)config).Resizer);
    }

    [Theory]
    [InlineData("round-robin-group", typeof(RoundRobinGroup))]
    [InlineData("random-group", typeof(RandomGroup))]
    [InlineData("broadcast-group", typeof(BroadcastGroup))]
    [InlineData("consistent-hashing-group", typeof(ConsistentHashingGroup))]
    [InlineData("scatter-gather-group", typeof(ScatterGatherFirstCompletedGroup))]
    [InlineData("tail-chopping-group", typeof(TailChoppingGroup))]
    public void Create_GroupName_GroupWithThePaths(string name, Type expected)
    {
        var config = RouterConfigFactory.Create(name, 0, Paths);
        Assert.IsType(expected, config);
        Assert.Equal(Paths, ((Group)config).Paths);
    }

    [Fact]
    public void Create_AllKnownNames_AreListed()
    {
        Assert.Equal(13, RouterConfigFactory.RouterNames.Count);
        foreach (var name in RouterConfigFactory.RouterNames)
        {
            Assert.NotNull(RouterConfigFactory.Create(name, 1, Paths));
        }
    }

    [Fact]
    public void Create_ResizerAndTimings_AreApplied()
    {
        var pool = (TailChoppingPool)RouterConfigFactory.Create(
            "tail-chopping-pool", 2, [], new ResizerSettings { LowerBound = 2, UpperBound = 6 }, TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(50));
        Assert.Equal(TimeSpan.FromSeconds(2), pool.Within);
        Assert.Equal(TimeSpan.FromMilliseconds(50), pool.Interval);
        Assert.Equal(6, Assert.IsType<DefaultResizer>(pool.Resizer).Settings.UpperBound);

        var hashing = (ConsistentHashingGroup)RouterConfigFactory.Create("consistent-hashing-group", 0, Paths, virtualNodesFactor: 40);
        Assert.Equal(40, hashing.VirtualNodesFactor);

        var scatter = (ScatterGatherFirstCompletedPool)RouterConfigFactory.Create("scatter-gather-pool", 1, []);
        Assert.Equal(TimeSpan.FromSeconds(5), scatter.Within);
    }

    [Fact]
    public void Create_UnknownName_ThrowsNamingItAndTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => RouterConfigFactory.Create("round-robin-pol", 3, []));
        Assert.Contains("'round-robin-pol'", error.Message);
        Assert.Contains("round-robin-pool", error.Message);
    }

    [Fact]
    public void Create_GroupWithResizer_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RouterConfigFactory.Create("random-group", 0, Paths, new ResizerSettings()));
        Assert.Contains("only pools", error.Message);
    }
}
