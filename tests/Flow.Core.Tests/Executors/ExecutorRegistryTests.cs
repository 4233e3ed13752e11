using Flow.Core.Executors;

namespace Flow.Core.Tests.Executors;

public sealed class ExecutorRegistryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BaseExecutor")]
    [InlineData("Executor")]
    public void Resolve_BuiltInNames_BaseExecutor(string? uses)
    {
        Assert.Equal(typeof(BaseExecutor), new ExecutorRegistry().Resolve(uses));
    }

    [Fact]
    public void Resolve_RegisteredAliasAndNames_Type()
    {
        var registry = new ExecutorRegistry().Register<Closing>("MyCloser");
        Assert.Equal(typeof(Closing), registry.Resolve("MyCloser"));
        Assert.Equal(typeof(Closing), registry.Resolve("Closing"));
        Assert.Equal(typeof(Closing), registry.Resolve(typeof(Closing).FullName));
    }

    [Fact]
    public void Resolve_UnregisteredLoadedType_FoundBySimpleAndFullName()
    {
        Assert.Equal(typeof(WithArgs), new ExecutorRegistry().Resolve("WithArgs"));
        Assert.Equal(typeof(Shapes), new ExecutorRegistry().Resolve("Flow.Core.Tests.Executors.Shapes"));
    }

    [Fact]
    public void Resolve_Unknown_ReasonNamesUses()
    {
        var registry = new ExecutorRegistry();
        Assert.False(registry.TryResolve("NoSuchExecutor", out _, out var reason));
        Assert.Equal("uses 'NoSuchExecutor' names no registered or loaded executor type.", reason);
        Assert.False(registry.TryResolve("jinahub://MatchMerger", out _, out reason));
        Assert.Contains("not supported", reason);
    }

    [Fact]
    public void Create_UnknownUses_ConstructionErrorNamesExecutor()
    {
        var e = Assert.Throws<ExecutorConstructionException>(() => ExecutorInstance.Create("Nope", new ExecutorRegistry(), new ExecutorRuntimeInfo("enc")));
        Assert.Equal("Executor 'enc': uses 'Nope' names no registered or loaded executor type.", e.Message);
    }

    [Fact]
    public void Register_NotAnExecutor_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ExecutorRegistry().Register(typeof(string)));
    }
}
