using System.Diagnostics;
using System.Text.Json.Nodes;
using Flow.Actors;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Engine.Hosting;
using Flow.Core.Requests;
using Flow.Engine.Runtime;
using Flow.Engine.Tests.Runtime;

namespace Flow.Engine.Tests.Remote;

/// <summary>Executors hosted by a separate <c>flow host</c> process on 127.0.0.3; the gateway in this process on 127.0.0.2.</summary>
public sealed class RemoteProcessFlowTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly string _config = Path.Combine(Path.GetTempPath(), "flow-host-" + Guid.NewGuid().ToString("N") + ".conf");

    public RemoteProcessFlowTests() => File.WriteAllText(_config, FlowNodeProcess.Config("127.0.0.3"));

    [Theory]
    [InlineData("yaml")]
    [InlineData("csharp")]
    public async Task Post_ExecutorsInSecondProcess_SameDocumentsAsEmbedded(string form)
    {
        Func<FlowDefinition> flow = form == "yaml" ? () => FlowDefinition.Parse(RemoteFlows.Yaml) : RemoteFlows.CSharp;
        DocumentArray embedded;
        await using (var alone = await FlowHost.StartAsync(flow()).WaitAsync(Bound))
        {
            embedded = await alone.Client.PostAsync("/search", RemoteFlows.Input(5)).WaitAsync(Bound);
        }

        using var node = await FlowNodeProcess.StartAsync(_config, TimeSpan.FromSeconds(60));
        await using var nodes = new EngineNodes();
        var a = nodes.Start("gw", "127.0.0.2");
        var placement = new Dictionary<string, Address> { ["p2"] = node.Address, ["p3"] = node.Address };
        var host = await FlowHost.StartAsync(flow(), new FlowHostOptions { System = a, Placement = placement }).WaitAsync(Bound);
        var response = await host.Client.SendAsync(new FlowRequest("/search", RemoteFlows.Input(5))).WaitAsync(Bound);
        await host.DisposeAsync();

        Assert.Null(response.Error);
        Assert.Equal(["gateway", "p1", "p2", "p3"], response.Routes.Select(r => r.Executor));
        Assert.Equal(RemoteFlows.Bytes(embedded), RemoteFlows.Bytes(response.Docs));
        Assert.Equal("STOPPED", await node.StopAsync(Bound));
    }

    [Fact]
    public async Task KillSecondProcess_PendingRequestsFailWithinBoundNamingExecutorAndAddress_OtherRequestsServed()
    {
        using var node = await FlowNodeProcess.StartAsync(_config, TimeSpan.FromSeconds(60));
        await using var nodes = new EngineNodes();
        var a = nodes.Start("gw", "127.0.0.2");
        var flow = new FlowBuilder()
            .Add<Appender>(name: "p1")
            .Add<Gated>(name: "p2", usesWith: new JsonObject { ["key"] = "never-opened" })
            .Build();
        await using var host = await FlowHost.StartAsync(flow, new FlowHostOptions { System = a, Placement = new Dictionary<string, Address> { ["p2"] = node.Address } }).WaitAsync(Bound);
        await using var local = await FlowHost.StartAsync(new FlowBuilder().Add<Appender>(name: "solo").Build(), new FlowHostOptions { System = a }).WaitAsync(Bound);
        var served = await host.Client.SendAsync(new FlowRequest("/other", RemoteFlows.Input(1))).WaitAsync(Bound);
        Assert.Null(served.Error);
        Assert.Equal("text 0/p1/p2", Assert.Single(served.Docs).Text);

        // A stream of requests that block in p2 (its gate never opens in the other process), then the process dies.
        var pending = new List<Task<FlowResponse>>();
        for (var i = 0; i < 4; i++)
        {
            pending.Add(host.Client.SendAsync(new FlowRequest("/wait", RemoteFlows.Input(1))));
        }

        var killed = Stopwatch.StartNew();
        await node.KillAsync();
        var responses = await Task.WhenAll(pending).WaitAsync(Bound);
        killed.Stop();

        Assert.All(responses, r =>
        {
            var error = Assert.IsType<FlowError>(r.Error);
            Assert.Equal("p2", error.Executor);
            Assert.Equal(RequestRun.LostExceptionType, error.ExceptionType);
            Assert.Contains(node.Address.ToString(), error.Message, StringComparison.Ordinal);
        });
        Assert.True(killed.Elapsed < TimeSpan.FromSeconds(5), $"failed after {killed.Elapsed} (detector bound about 1.5 s)");

        var again = await host.Client.SendAsync(new FlowRequest("/other", RemoteFlows.Input(1))).WaitAsync(Bound);
        Assert.Equal("p2", again.Error?.Executor);
        Assert.Contains(node.Address.ToString(), again.Error!.Message, StringComparison.Ordinal);
        var avoided = await host.Client.SendAsync(new FlowRequest("/wait", RemoteFlows.Input(1)) { TargetExecutor = "p1" }).WaitAsync(Bound);
        Assert.Null(avoided.Error);
        Assert.Equal("text 0/p1", Assert.Single(avoided.Docs).Text);
        var solo = await local.Client.PostAsync("/x", RemoteFlows.Input(2)).WaitAsync(Bound);
        Assert.Equal(["text 0/solo", "text 1/solo"], solo.Select(d => d.Text));
    }

    public void Dispose() => File.Delete(_config);
}
