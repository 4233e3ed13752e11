using System.Text.Json.Nodes;
using Flow.Core.Documents;
using Flow.Core.Flows;

namespace Flow.Actors.Tests.Runtime;

/// <summary>Many requests in flight at once through joins, shards and replicas: each response is its own request's.</summary>
public sealed class ConcurrencyTests : FlowTestBase
{
    [Fact]
    public async Task ManyConcurrentRequests_ThroughJoinShardsReplicas_NoMixing()
    {
        var flow = FlowDefinition.Parse("""
            executors:
              - {name: p1, uses: Flow.Actors.Tests.Runtime.Appender, needs: gateway, replicas: 3}
              - {name: p2, uses: Flow.Actors.Tests.Runtime.Matcher, needs: gateway, shards: 2, replicas: 2, polling: ALL, uses_with: {matches: 1}}
              - {name: r, uses: Flow.Actors.Tests.Runtime.Appender, needs: [p1, p2]}
            """);
        var host = await StartAsync(flow);
        var input = new DocumentArray();
        for (var i = 0; i < 300; i++)
        {
            input.Add(new Document { Id = "q" + i, Text = "t" + i });
        }

        var docs = await host.Client.PostAsync("/search", input, new() { RequestSize = 2 });

        Assert.Equal(300, docs.Count);
        for (var i = 0; i < 300; i++)
        {
            Assert.Equal("q" + i, docs[i].Id);
            Assert.Equal($"t{i}/p1/r", docs[i].Text);
            Assert.Equal([$"q{i}-s0-m0", $"q{i}-s1-m0"], docs[i].Matches.Select(m => m.Id));
        }
    }

    [Fact]
    public async Task FlowLevelWorkspace_FromYaml_UsedByExecutors()
    {
        var root = Path.Combine(Workspace, "flow-level");
        var flow = FlowDefinition.Parse($"""
            jtype: Flow
            with:
              workspace: '{root}'
            executors:
              - {"{"}name: w, uses: Flow.Actors.Tests.Runtime.WorkspaceSpy{"}"}
            """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/x", Docs("a"));

        Assert.Equal(Path.Combine(root, "w", "0") + Path.DirectorySeparatorChar, docs[0].Tags["workspace"]!.GetValue<string>());
    }
}
