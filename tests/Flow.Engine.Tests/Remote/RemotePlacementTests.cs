using Flow.Actors;
using Flow.Actors.TestKit;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Engine.Hosting;
using Flow.Core.Requests;
using Flow.Engine.Runtime;
using Flow.Engine.Tests.Runtime;

namespace Flow.Engine.Tests.Remote;

/// <summary>A Flow whose executors run on a second actor system (127.0.0.3) reached over loopback TCP from the gateway's (127.0.0.2).</summary>
public sealed class RemotePlacementTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Post_CSharpFlowWithRemoteExecutors_SameDocumentsAsEmbedded()
    {
        await AssertSameAsEmbeddedAsync(RemoteFlows.CSharp, matchesPerShard: 2);
    }

    [Fact]
    public async Task Post_YamlFlowWithRemoteExecutors_SameDocumentsAsEmbedded()
    {
        await AssertSameAsEmbeddedAsync(() => FlowDefinition.Parse(RemoteFlows.Yaml), matchesPerShard: 3);
    }

    [Fact]
    public async Task NodeLost_PendingRequestFailsNamingExecutorAndAddress_LocalRequestsStillServed()
    {
        await using var nodes = new EngineNodes();
        var a = nodes.Start("gw", "127.0.0.2");
        var b = nodes.Start("exec", "127.0.0.3");
        var key = Guid.NewGuid().ToString("N");
        var flow = new FlowBuilder()
            .Add<Appender>(name: "p1")
            .Add<Gated>(name: "p2", usesWith: new System.Text.Json.Nodes.JsonObject { ["key"] = key })
            .Build();
        var placement = new Dictionary<string, Address> { ["p2"] = b.Address };
        await using var host = await FlowHost.StartAsync(flow, new FlowHostOptions { System = a, Placement = placement }).WaitAsync(Bound);
        await using var local = await FlowHost.StartAsync(new FlowBuilder().Add<Appender>(name: "solo").Build(), new FlowHostOptions { System = a }).WaitAsync(Bound);
        try
        {
            var pending = host.Client.SendAsync(new FlowRequest("/wait", RemoteFlows.Input(1)));
            await TestKit.AwaitAssertAsync(() => Assert.Equal(1, Signals.Get("started:" + key)), Bound);

            var lost = System.Diagnostics.Stopwatch.StartNew();
            EngineNodes.Transport(b).Stop();
            var response = await pending.WaitAsync(Bound);
            lost.Stop();

            var error = Assert.IsType<FlowError>(response.Error);
            Assert.Equal("p2", error.Executor);
            Assert.Equal(RequestRun.LostExceptionType, error.ExceptionType);
            Assert.Contains(b.Address.ToString(), error.Message, StringComparison.Ordinal);
            Assert.True(lost.Elapsed < TimeSpan.FromSeconds(5), $"failed after {lost.Elapsed} (detector bound about 1.5 s)");

            // A later request that needs p2 fails at once; one that avoids it (target_executor) and another Flow are served.
            var again = await host.Client.SendAsync(new FlowRequest("/other", RemoteFlows.Input(1))).WaitAsync(Bound);
            Assert.Equal("p2", again.Error?.Executor);
            Assert.Contains(b.Address.ToString(), again.Error!.Message, StringComparison.Ordinal);
            var avoided = await host.Client.SendAsync(new FlowRequest("/other", RemoteFlows.Input(1)) { TargetExecutor = "p1" }).WaitAsync(Bound);
            Assert.Null(avoided.Error);
            Assert.Equal("text 0/p1", Assert.Single(avoided.Docs).Text);
            var solo = await local.Client.PostAsync("/x", RemoteFlows.Input(2)).WaitAsync(Bound);
            Assert.Equal(["text 0/solo", "text 1/solo"], solo.Select(d => d.Text));
        }
        finally
        {
            Signals.Gate(key).TrySetResult();
        }
    }

    [Fact]
    public async Task Start_RemoteExecutorCannotBeConstructed_ThrowsNamingExecutor()
    {
        await using var nodes = new EngineNodes();
        var a = nodes.Start("gw", "127.0.0.2");
        var b = nodes.Start("exec", "127.0.0.3");
        var flow = FlowDefinition.Parse("""
            jtype: Flow
            executors:
              - name: p1
                uses: Appender
              - name: p2
                uses: NoSuchExecutorType
            """);

        var e = await Assert.ThrowsAsync<ExecutorConstructionException>(() => FlowHost.StartAsync(flow, new FlowHostOptions { System = a, Placement = new Dictionary<string, Address> { ["p2"] = b.Address } }).WaitAsync(Bound));

        Assert.Equal("p2", e.Executor);
        Assert.Equal("Executor 'p2': uses 'NoSuchExecutorType' names no registered or loaded executor type.", e.Message);
    }

    private static async Task AssertSameAsEmbeddedAsync(Func<FlowDefinition> flow, int matchesPerShard)
    {
        DocumentArray embedded;
        await using (var alone = await FlowHost.StartAsync(flow()).WaitAsync(Bound))
        {
            embedded = await alone.Client.PostAsync("/search", RemoteFlows.Input(5)).WaitAsync(Bound);
        }

        await using var nodes = new EngineNodes();
        var a = nodes.Start("gw", "127.0.0.2");
        var b = nodes.Start("exec", "127.0.0.3");
        var placement = new Dictionary<string, Address> { ["p2"] = b.Address, ["p3"] = b.Address };
        await using var host = await FlowHost.StartAsync(flow(), new FlowHostOptions { System = a, Placement = placement }).WaitAsync(Bound);
        var response = await host.Client.SendAsync(new FlowRequest("/search", RemoteFlows.Input(5))).WaitAsync(Bound);

        Assert.Null(response.Error);
        Assert.Equal(["gateway", "p1", "p2", "p3"], response.Routes.Select(r => r.Executor));
        Assert.Equal(RemoteFlows.Bytes(embedded), RemoteFlows.Bytes(response.Docs));
        Assert.All(response.Docs, d => Assert.Equal(2 * matchesPerShard, d.Matches.Count));
        var ready = await host.DryRunAsync().WaitAsync(Bound);
        Assert.True(ready.Ready);
    }
}
