using Akka.Actor;
using Flow.Actors.Executors;

namespace Flow.Actors.Tests.Executors;

public sealed class ReplicaSetTests : Akka.TestKit.Xunit2.TestKit
{
    private IActorRef[] Refs(int n) => Enumerable.Range(0, n).Select(_ => CreateTestProbe().Ref).ToArray();

    private ReplicaSet AllUp(params IActorRef[] refs)
    {
        var s = new ReplicaSet();
        foreach (var r in refs)
        {
            s.MarkUp(s.Join(r));
        }

        return s;
    }

    [Fact]
    public void Join_GivesIndicesInOrder_SameIndexOnRejoin_LowestFreeAfterRemove()
    {
        var r = Refs(4);
        var s = new ReplicaSet();

        Assert.Equal([0, 1, 2], new[] { s.Join(r[0]), s.Join(r[1]), s.Join(r[2]) });
        Assert.Equal(1, s.Join(r[1]));
        Assert.Equal(1, s.Remove(r[1]));
        Assert.Equal(1, s.Join(r[3]));
        Assert.Equal(3, s.Count);
        Assert.Equal(-1, s.Remove(Refs(1)[0]));
    }

    [Fact]
    public void Join_KnownUpReplica_IsDownAgain()
    {
        var r = Refs(1);
        var s = AllUp(r);

        s.Join(r[0]);

        Assert.Equal(0, s.UpCount);
        Assert.Equal(-1, s.Next());
    }

    [Fact]
    public void Next_AllUp_RoundRobin()
    {
        var s = AllUp(Refs(3));

        Assert.Equal([0, 1, 2, 0, 1, 2, 0], Enumerable.Range(0, 7).Select(_ => s.Next()));
    }

    [Fact]
    public void Next_SkipsReplicasThatAreDown()
    {
        var s = AllUp(Refs(4));
        s.MarkDown(1);
        s.MarkDown(2);

        Assert.Equal([0, 3, 0, 3], Enumerable.Range(0, 4).Select(_ => s.Next()));
        Assert.Equal(2, s.UpCount);
    }

    [Fact]
    public void Next_BackUp_JoinsRotationAgain()
    {
        var s = AllUp(Refs(3));
        s.MarkDown(1);
        Assert.Equal([0, 2], new[] { s.Next(), s.Next() });

        s.MarkUp(1);

        Assert.Equal([0, 1, 2], new[] { s.Next(), s.Next(), s.Next() });
    }

    [Fact]
    public void Next_Avoid_PicksAnotherReplica()
    {
        var s = AllUp(Refs(2));

        Assert.Equal(1, s.Next(avoid: 0));
        Assert.Equal(0, s.Next(avoid: 1));
    }

    [Fact]
    public void Next_AvoidOnlyReplicaUp_ReturnsIt() => Assert.Equal(0, AllUp(Refs(1)).Next(avoid: 0));

    [Fact]
    public void Next_NoneUp_MinusOne()
    {
        var s = new ReplicaSet();
        foreach (var r in Refs(3))
        {
            s.Join(r);
        }

        Assert.Equal(-1, s.Next());
        Assert.Equal(-1, s.Next(avoid: 1));
    }

    [Fact]
    public void MarkUpTwice_CountsOnce()
    {
        var s = AllUp(Refs(2));
        s.MarkUp(0);

        Assert.Equal(2, s.UpCount);
    }
}
