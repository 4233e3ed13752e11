using System.Text.Json.Nodes;
using Akka.Cluster.Sharding;
using Flow.Actors.Executors;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Runtime;

/// <summary>A shard handed off by its region (a member leaving, a Flow stopping on a member) finishes its requests, then closes its executors, then stops.</summary>
public sealed class HandOffTests : FlowTestBase
{
    [Fact]
    public async Task ShardHandedOff_RequestInFlight_FinishesThenExecutorClosesThenEntityStops()
    {
        var flow = new FlowBuilder().Add<GatedCloser>("g", usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);
        var region = ClusterSharding.Get(Sys).ShardRegion(FlowNames.Region(host.Name, "g"));
        var probe = CreateTestProbe();
        region.Tell(new ProbeShard(0), probe);
        await probe.ExpectMsgAsync<ShardProbeResult>();
        var entity = probe.LastSender;
        probe.Watch(entity);
        var held = host.Client.SendAsync(new FlowRequest("/wait", Docs("a")));
        await AwaitConditionAsync(() => Task.FromResult(Signals.Get("started:" + Key) == 1), TimeSpan.FromSeconds(10));

        region.Tell(GracefulShutdown.Instance, Akka.Actor.ActorRefs.NoSender);
        Signals.Gate(Key).SetResult();
        var response = await held.WaitAsync(TimeSpan.FromSeconds(10));
        await probe.ExpectTerminatedAsync(entity, TimeSpan.FromSeconds(10));

        Assert.Null(response.Error);
        Assert.Equal(["a/g"], Texts(response.Docs));
        Assert.Equal(1, Signals.Get("close:" + Key));
        Assert.Equal(1, Signals.Get("done-at-close:" + Key));
    }
}

/// <summary>Waits on gate "&lt;key&gt;" on /wait, counts finished requests ("done:key") and, when closed, how many had finished ("done-at-close:key").</summary>
public sealed class GatedCloser(string key) : Executor
{
    [Requests("/wait")]
    public async Task Wait(DocumentArray docs)
    {
        Signals.Increment("started:" + key);
        await Signals.Gate(key).Task;
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.Name;
        }

        Signals.Increment("done:" + key);
    }

    protected override void Close()
    {
        Signals.Increment("close:" + key);
        Signals.Counters["done-at-close:" + key] = Signals.Get("done:" + key);
    }
}
