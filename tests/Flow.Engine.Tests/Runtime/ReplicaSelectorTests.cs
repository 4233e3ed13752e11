using Flow.Engine.Runtime;

namespace Flow.Engine.Tests.Runtime;

public sealed class ReplicaSelectorTests
{
    private static ReplicaSelector AllUp(int n)
    {
        var s = new ReplicaSelector(n);
        for (var i = 0; i < n; i++)
        {
            s.MarkUp(i);
        }

        return s;
    }

    [Fact]
    public void Next_AllUp_RoundRobin()
    {
        var s = AllUp(3);

        Assert.Equal([0, 1, 2, 0, 1, 2, 0], Enumerable.Range(0, 7).Select(_ => s.Next()));
    }

    [Fact]
    public void Next_SkipsReplicasThatAreDown()
    {
        var s = AllUp(4);
        s.MarkDown(1);
        s.MarkDown(2);

        Assert.Equal([0, 3, 0, 3], Enumerable.Range(0, 4).Select(_ => s.Next()));
        Assert.Equal(2, s.UpCount);
    }

    [Fact]
    public void Next_BackUp_JoinsRotationAgain()
    {
        var s = AllUp(3);
        s.MarkDown(1);
        Assert.Equal([0, 2], new[] { s.Next(), s.Next() });

        s.MarkUp(1);

        Assert.Equal([0, 1, 2], new[] { s.Next(), s.Next(), s.Next() });
    }

    [Fact]
    public void Next_Avoid_PicksAnotherReplica()
    {
        var s = AllUp(2);

        Assert.Equal(1, s.Next(avoid: 0));
        Assert.Equal(0, s.Next(avoid: 1));
    }

    [Fact]
    public void Next_AvoidOnlyReplicaUp_ReturnsIt()
    {
        var s = AllUp(1);

        Assert.Equal(0, s.Next(avoid: 0));
    }

    [Fact]
    public void Next_NoneUp_MinusOne()
    {
        var s = new ReplicaSelector(3);

        Assert.Equal(-1, s.Next());
        Assert.Equal(-1, s.Next(avoid: 1));
    }

    [Fact]
    public void Constructor_ZeroReplicas_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicaSelector(0));
}
