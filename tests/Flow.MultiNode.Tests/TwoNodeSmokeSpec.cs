using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.TestKit.MultiNode;

namespace Flow.MultiNode.Tests;

public sealed class TwoNodeSmokeConfig : MultiNodeConfig
{
    public TwoNodeSmokeConfig()
    {
        Seed = Role("seed");
        Host = Role("host");
        NodeConfig(Seed, "akka.cluster.roles = [seed]");
        NodeConfig(Host, "akka.cluster.roles = [index]");
        CommonConfig = "flow.executor.default-role = index";
    }

    public RoleName Seed { get; }

    public RoleName Host { get; }
}


public sealed class NodeTagger : Executor
{
    [Requests]
    public void Tag(DocumentArray docs)
    {
        foreach (var d in docs)
        {
            d.Text += "/" + Runtime.Name;
        }
    }
}

public sealed class TwoNodeSmokeSpec() : MultiNodeSpec(new TwoNodeSmokeConfig())
{
    private TwoNodeSmokeConfig C => (TwoNodeSmokeConfig)Config;

    [Fact]
    public async Task ExecutorWithRole_RunsOnTheOtherNode_ResultsComeBack()
    {
        await StartClusterAsync();
        var flow = new FlowBuilder().Add<NodeTagger>("a").Add<NodeTagger>("b", role: "index", shards: 2).Build();
        var onHost = await FlowHost.StartAsync(flow, new FlowHostOptions { System = Node(C.Host), Name = "smoke" });
        var onSeed = await FlowHost.StartAsync(flow, new FlowHostOptions { System = Node(C.Seed), Name = "smoke" });

        var docs = await onSeed.Client.PostAsync("/x", [new Document { Id = "d", Text = "t" }]);
        var status = await onSeed.DescribeAsync();

        Assert.Equal(["t/a/b"], docs.Select(d => d.Text));
        Assert.All(status.Executors.Single(e => e.Executor == "b").Shards, s => Assert.Contains("127.0.0.3", s.Node));
        await onSeed.DisposeAsync();
        await onHost.DisposeAsync();
    }
}
