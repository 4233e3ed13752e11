using System.Collections.Concurrent;

namespace Flow.Actors.Tests.Systems;

public sealed class CoordinatedShutdownSpec
{
    [Fact]
    public async Task RunAsync_TasksInSeveralPhases_RunInPhaseOrder()
    {
        var system = ActorSystem.Create("cs-order");
        var ran = new ConcurrentQueue<string>();
        system.CoordinatedShutdown.AddTask("cluster-shutdown", "t3", _ => Record(ran, "cluster-shutdown"));
        system.CoordinatedShutdown.AddTask("before-service-unbind", "t1", _ => Record(ran, "before-service-unbind"));
        system.CoordinatedShutdown.AddTask("service-stop", "t2", async _ =>
        {
            await Task.Yield();
            ran.Enqueue("service-stop");
        });
        system.CoordinatedShutdown.AddTask(ShutdownPhase.ActorSystemTerminate, "t4", _ => Record(ran, ShutdownPhase.ActorSystemTerminate));

        await system.Terminate();

        Assert.Equal(["before-service-unbind", "service-stop", "cluster-shutdown", ShutdownPhase.ActorSystemTerminate], ran);
        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunAsync_FailingTaskInRecoveringPhase_LaterPhasesStillRun()
    {
        var system = ActorSystem.Create("cs-recover");
        var ran = new ConcurrentQueue<string>();
        system.CoordinatedShutdown.AddTask("service-unbind", "boom", _ => throw new InvalidOperationException("boom"));
        system.CoordinatedShutdown.AddTask("service-unbind", "sibling", _ => Record(ran, "sibling"));
        system.CoordinatedShutdown.AddTask("service-stop", "later", _ => Record(ran, "later"));

        await system.CoordinatedShutdown.RunAsync("test");

        Assert.Equal(["sibling", "later"], ran);
        Assert.Equal("test", system.CoordinatedShutdown.Reason);
        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunAsync_FailingTaskInNonRecoveringPhase_SkipsLaterPhasesButTerminates()
    {
        var phases = new[]
        {
            new ShutdownPhase("first", [], TimeSpan.FromSeconds(5), Recover: false),
            new ShutdownPhase("second", ["first"], TimeSpan.FromSeconds(5)),
            new ShutdownPhase(ShutdownPhase.ActorSystemTerminate, ["second"], TimeSpan.FromSeconds(5)),
        };
        var system = ActorSystem.Create("cs-strict", new ActorSystemSetup { Settings = ActorSystemSettings.Default with { ShutdownPhases = phases } });
        var ran = new ConcurrentQueue<string>();
        system.CoordinatedShutdown.AddTask("first", "boom", _ => Task.FromException(new InvalidOperationException("boom")));
        system.CoordinatedShutdown.AddTask("second", "skipped", _ => Record(ran, "second"));

        await system.Terminate();

        Assert.Empty(ran);
        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task RunAsync_TaskOutlivesPhaseTimeout_TokenCanceledAndLaterPhasesRun()
    {
        var phases = new[]
        {
            new ShutdownPhase("slow", [], TimeSpan.FromMilliseconds(100)),
            new ShutdownPhase(ShutdownPhase.ActorSystemTerminate, ["slow"], TimeSpan.FromSeconds(5)),
        };
        var system = ActorSystem.Create("cs-timeout", new ActorSystemSetup { Settings = ActorSystemSettings.Default with { ShutdownPhases = phases } });
        var canceled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ran = new ConcurrentQueue<string>();
        system.CoordinatedShutdown.AddTask("slow", "hangs", async token =>
        {
            await using var registration = token.Register(() => canceled.TrySetResult());
            await Task.Delay(Timeout.Infinite, token);
        });
        system.CoordinatedShutdown.AddTask(ShutdownPhase.ActorSystemTerminate, "after", _ => Record(ran, "after"));

        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10));

        await canceled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["after"], ran);
        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task OrderedPhases_CustomPhasesOutOfOrder_SortedByDependencies()
    {
        var phases = new[]
        {
            new ShutdownPhase(ShutdownPhase.ActorSystemTerminate, ["b"], TimeSpan.FromSeconds(5)),
            new ShutdownPhase("b", ["a"], TimeSpan.FromSeconds(5)),
            new ShutdownPhase("a", [], TimeSpan.FromSeconds(5)),
        };
        await using var system = ActorSystem.Create("cs-custom", new ActorSystemSetup { Settings = ActorSystemSettings.Default with { ShutdownPhases = phases } });
        Assert.Equal(["a", "b", ShutdownPhase.ActorSystemTerminate], system.CoordinatedShutdown.OrderedPhases);
    }

    [Fact]
    public void Create_PhasesWithUnknownDependency_Throws()
    {
        var phases = new[] { new ShutdownPhase(ShutdownPhase.ActorSystemTerminate, ["nope"], TimeSpan.FromSeconds(5)) };
        var error = Assert.Throws<ArgumentException>(() => ActorSystem.Create("cs-bad", new ActorSystemSetup { Settings = ActorSystemSettings.Default with { ShutdownPhases = phases } }));
        Assert.Contains("'nope'", error.Message);
    }

    [Fact]
    public void Create_PhasesWithoutTerminatePhase_Throws()
    {
        var phases = new[] { new ShutdownPhase("only", [], TimeSpan.FromSeconds(5)) };
        var error = Assert.Throws<ArgumentException>(() => ActorSystem.Create("cs-noterm", new ActorSystemSetup { Settings = ActorSystemSettings.Default with { ShutdownPhases = phases } }));
        Assert.Contains(ShutdownPhase.ActorSystemTerminate, error.Message);
    }

    [Fact]
    public async Task AddTask_UnknownPhase_ThrowsNamingPhaseAndTask()
    {
        await using var system = ActorSystem.Create("cs-unknown");
        var error = Assert.Throws<ArgumentException>(() => system.CoordinatedShutdown.AddTask("no-such-phase", "my-task", _ => Task.CompletedTask));
        Assert.Contains("'no-such-phase'", error.Message);
        Assert.Contains("'my-task'", error.Message);
    }

    private static Task Record(ConcurrentQueue<string> ran, string name)
    {
        ran.Enqueue(name);
        return Task.CompletedTask;
    }
}
