namespace Flow.Actors.Tests.Systems;

public sealed class PhaseOrderingSpec
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);

    [Fact]
    public void Sort_DeclaredOutOfOrder_EachPhaseAfterItsDependencies()
    {
        var phases = new[]
        {
            Phase("c", "b"),
            Phase("a"),
            Phase("b", "a"),
            Phase("d", "a", "c"),
        };

        Assert.Equal(["a", "b", "c", "d"], PhaseOrdering.Sort(phases).ConvertAll(p => p.Name));
    }

    [Fact]
    public void Sort_IndependentPhases_KeepDeclarationOrder()
    {
        var phases = new[] { Phase("z"), Phase("y"), Phase("x") };
        Assert.Equal(["z", "y", "x"], PhaseOrdering.Sort(phases).ConvertAll(p => p.Name));
    }

    [Fact]
    public void Sort_Cycle_ThrowsNamingTheCycle()
    {
        var phases = new[] { Phase("a", "c"), Phase("b", "a"), Phase("c", "b") };
        var error = Assert.Throws<ArgumentException>(() => PhaseOrdering.Sort(phases));
        Assert.Contains("cycle", error.Message);
        Assert.Contains("a -> c -> b -> a", error.Message);
    }

    [Fact]
    public void Sort_SelfDependency_ThrowsCycle()
    {
        var error = Assert.Throws<ArgumentException>(() => PhaseOrdering.Sort([Phase("a", "a")]));
        Assert.Contains("a -> a", error.Message);
    }

    [Fact]
    public void Sort_UnknownDependency_ThrowsNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => PhaseOrdering.Sort([Phase("a"), Phase("b", "missing")]));
        Assert.Contains("'b'", error.Message);
        Assert.Contains("'missing'", error.Message);
    }

    [Fact]
    public void Sort_DuplicateName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PhaseOrdering.Sort([Phase("a"), Phase("a")]));
        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void Sort_Defaults_AkkaOrderEndingWithTerminate()
    {
        var names = PhaseOrdering.Sort(ShutdownPhase.Defaults).ConvertAll(p => p.Name);
        Assert.Equal(12, names.Count);
        Assert.Equal("before-service-unbind", names[0]);
        Assert.Equal(ShutdownPhase.ActorSystemTerminate, names[^1]);
    }

    private static ShutdownPhase Phase(string name, params string[] dependsOn) => new(name, dependsOn, s_timeout);
}
