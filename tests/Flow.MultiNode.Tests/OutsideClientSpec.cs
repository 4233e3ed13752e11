using Akka.Actor;
using Flow.Actors.Client;
using Flow.Actors.Configuration;
using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

/// <summary>Issue 9 §5.6: an application outside the cluster (its own ActorSystem, provider remote) posts through FlowClient.ConnectAsync and gets what the same Flow embedded in one process returns.</summary>
public sealed class OutsideClientSpec() : MultiNodeSpec(new SeedAndThreeHostsConfig())
{
    private const string Flow = "outside";
    private SeedAndThreeHostsConfig C => (SeedAndThreeHostsConfig)Config;

    [Fact]
    public async Task OutsideSystem_PostsThroughConnectAsync_GetsEmbeddedRunsResults()
    {
        var definition = new FlowBuilder()
            .Add<NodeTagger>("tag")
            .Add<ShardMarker>("index", shards: 3, replicas: 2, polling: PollingSpec.All)
            .Add<NodeTagger>("last", replicas: 2)
            .Build();
        var inputs = Enumerable.Range(0, 12).Select(i => new Document { Id = "d" + i, Text = "t" + i }).ToList();
        string[] embedded;
        await using (var alone = await FlowHost.StartAsync(definition))
        {
            embedded = Render(await alone.Client.PostAsync("/x", inputs, new() { RequestSize = 5 }));
        }

        await StartClusterAsync();
        await StartFlowAsync(definition, new FlowHostOptions { Name = Flow }, C.All);
        var outside = ActorSystem.Create("app", FlowConfig.ToAkka(FlowConfig.ParseString("""
            akka.actor.provider = remote
            akka.remote.dot-netty.tcp { hostname = "127.0.0.9", port = 0 }
            """)));
        try
        {
            var client = await FlowClient.ConnectAsync(outside, [AddressOf(C.Seed).ToString(), AddressOf(C.First).ToString()], Flow, TimeSpan.FromSeconds(20));
            var remote = Render(await client.PostAsync("/x", inputs, new() { RequestSize = 5 }));

            Assert.Equal(12, embedded.Length);
            Assert.Equal("d0:t0/tag/last:shard-0,shard-1,shard-2", embedded[0]);
            Assert.Equal(embedded, remote);
        }
        finally
        {
            await outside.Terminate();
        }
    }

    private static string[] Render(DocumentArray docs) =>
        [.. docs.Select(d => d.Id + ":" + d.Text + ":" + string.Join(",", d.Matches.Select(m => m.Id)))];
}
