using System.Text.Json.Nodes;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Actors.Hosting;

namespace Flow.Actors.Tests.Runtime;

public sealed class LifecycleTests : FlowTestBase
{
    [Fact]
    public async Task JinaDeploymentSettings_LoggedAsWarningsWhenTheFlowStarts()
    {
        var flow = FlowDefinition.Parse("jtype: Flow\nwith:\n  name: jina-yaml\nexecutors:\n  - name: a\n    gpus: 1\n", "flow.yml");

        var log = CreateTestProbe();
        Sys.EventStream.Subscribe(log.Ref, typeof(Akka.Event.Warning));

        await StartAsync(flow);

        await log.FishForMessageAsync<Akka.Event.Warning>(
            w => w.Message.ToString() == "Flow 'jina-yaml': flow.yml:6: executor 'a': 'gpus' is a Jina deployment setting that Flow does not use; ignored.",
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ThrowingConstructor_StartFails_NamingTheExecutor_OthersClosed()
    {
        var flow = new FlowBuilder()
            .Add<Closing>("ok", replicas: 2, usesWith: new JsonObject { ["key"] = Key })
            .Add<ThrowingCtor>("broken")
            .Build();

        await JoinAsync();
        var e = await Assert.ThrowsAsync<ExecutorConstructionException>(() => FlowHost.StartAsync(flow, new FlowHostOptions { System = Sys }));

        Assert.Equal("broken", e.Executor);
        Assert.Contains("'broken'", e.Message);
        Assert.Contains("cannot start", e.ToString());
        Assert.Equal(2, Signals.Get("ctor:" + Key));
        Assert.Equal(2, Signals.Get("close:" + Key));
    }

    [Fact]
    public async Task FlowThatCannotStart_OtherFlowOnTheNodeKeepsServing()
    {
        var running = await StartAsync(new FlowBuilder().Add<Appender>("a").Build());

        var e = await Assert.ThrowsAsync<ExecutorConstructionException>(() => StartAsync(new FlowBuilder().Add<ThrowingCtor>("broken", shards: 2).Build()));
        var docs = await running.Client.PostAsync("/x", Docs("x"));

        Assert.Equal("broken", e.Executor);
        Assert.Equal(["x/a"], Texts(docs));
        Assert.True((await running.DryRunAsync()).Ready);
    }

    [Fact]
    public async Task UnknownUses_FromYaml_StartFailsNamingTheExecutor()
    {
        var flow = FlowDefinition.Parse("""
            executors:
              - {name: enc, uses: NoSuchExecutorType}
            """);

        await JoinAsync();
        var e = await Assert.ThrowsAsync<ExecutorConstructionException>(() => FlowHost.StartAsync(flow, new FlowHostOptions { System = Sys }));

        Assert.Equal("enc", e.Executor);
        Assert.Contains("NoSuchExecutorType", e.Message);
    }

    [Fact]
    public async Task Dispose_ClosesEveryInstanceExactlyOnce()
    {
        var flow = new FlowBuilder()
            .Add<Closing>("c", shards: 2, replicas: 3, usesWith: new JsonObject { ["key"] = Key })
            .Build();
        await JoinAsync();
        var host = await FlowHost.StartAsync(flow, new FlowHostOptions { System = Sys });
        Assert.Equal(6, Signals.Get("ctor:" + Key));
        await host.Client.PostAsync("/index", Docs("x", "y", "z"), new() { RequestSize = 1 });
        Assert.Equal(0, Signals.Get("close:" + Key));

        await host.DisposeAsync();
        await host.DisposeAsync();

        Assert.Equal(6, Signals.Get("close:" + Key));
    }

    [Fact]
    public async Task Dispose_OwnSystem_IsTerminated()
    {
        var flow = new FlowBuilder().Add<Closing>("c", usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await FlowHost.StartAsync(flow);

        await host.DisposeAsync();

        Assert.Equal(1, Signals.Get("close:" + Key));
    }

    [Fact]
    public async Task DryRun_ReachesEveryExecutor()
    {
        var flow = new FlowBuilder()
            .Add<Appender>("a", replicas: 2)
            .Add<Matcher>("idx", shards: 3, replicas: 2, usesAfter: "Flow.Actors.Tests.Runtime.MatrixSpy")
            .Build();
        var host = await StartAsync(flow);

        var report = await host.DryRunAsync();

        Assert.True(report.Ready);
        Assert.Equal(
            [("a", 1, 2, 2, true), ("idx", 3, 2, 6, true), ("idx/uses-after", 1, 1, 1, true)],
            report.Executors.Select(e => (e.Name, e.Shards, e.Replicas, e.AnsweredReplicas, e.Ready)));
    }

    [Fact]
    public async Task Workspace_IsPerExecutorAndShard()
    {
        var flow = new FlowBuilder().Add<WorkspaceSpy>("w", shards: 2, polling: "ALL", usesAfter: "Flow.Actors.Tests.Runtime.MatrixSpy").Build();
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/x", Docs("a"));

        Assert.Equal(
            [Path.Combine(Workspace, "w", "0") + Path.DirectorySeparatorChar, Path.Combine(Workspace, "w", "1") + Path.DirectorySeparatorChar],
            docs.Select(d => d.Tags["workspace"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("csharp")]
    [InlineData("yaml")]
    public async Task UsesMetasName_NamesTheWorkspaceFolder_RouteKeepsTheExecutorName(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<WorkspaceSpy>("w", usesMetas: new System.Text.Json.Nodes.JsonObject { ["name"] = "my-indexer" }).Build()
            : FlowDefinition.Parse("""
                executors:
                  - {name: w, uses: Flow.Actors.Tests.Runtime.WorkspaceSpy, uses_metas: {name: my-indexer}}
                """);
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/x", Docs("a")));

        Assert.Equal(Path.Combine(Workspace, "my-indexer", "0") + Path.DirectorySeparatorChar, response.Docs[0].Tags["workspace"]!.GetValue<string>());
        Assert.Equal(["gateway", "w"], response.Routes.Select(r => r.Executor));
    }
}

public sealed class ShutdownTimeoutTests : FlowTestBase
{
    [Fact]
    public async Task Dispose_ReplicaStuckInHandler_StopsAfterShutdownTimeout()
    {
        var flow = new FlowBuilder().Add<Gated>("g", usesWith: new System.Text.Json.Nodes.JsonObject { ["key"] = Key }).Build();
        await JoinAsync();
        var host = await FlowHost.StartAsync(flow, new FlowHostOptions { System = Sys, DrainTimeout = TimeSpan.FromMilliseconds(200), ShutdownTimeout = TimeSpan.FromMilliseconds(200) });
        var pending = host.Client.SendAsync(new("/wait", Docs("x")));
        await AwaitConditionAsync(() => Task.FromResult(Signals.Get("started:" + Key) == 1));

        await host.DisposeAsync();

        var response = await pending;
        Assert.Equal("FlowStoppedException", response.Error!.ExceptionType);
        Assert.Equal("The Flow '" + host.Name + "' stopped before the request finished (drain timeout).", response.Error.Message);
        Signals.Gate(Key).SetResult();
    }
}
