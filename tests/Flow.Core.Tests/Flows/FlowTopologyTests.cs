using Flow.Core.Flows;

namespace Flow.Core.Tests.Flows;

/// <summary>Every topology rule, once in C# and once in YAML (same expectations).</summary>
public sealed class FlowTopologyTests
{
    private static string[] Names(IEnumerable<FlowNode> nodes) => nodes.Select(n => n.Name).ToArray();

    private static FlowDefinition Yaml(string executors) =>
        FlowDefinition.Parse("jtype: Flow\nexecutors:\n" + executors, "flow.yml");

    public static TheoryData<string> Forms => new() { "csharp", "yaml" };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Needs_NotGiven_DefaultsToPreviousExecutorGatewayFirst(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add("a").Add("b").Add("c").Build()
            : Yaml("  - name: a\n  - name: b\n  - name: c\n");
        var t = flow.Topology;

        Assert.Equal(new[] { "gateway" }, t["a"].Predecessors);
        Assert.Equal(new[] { "a" }, t["b"].Predecessors);
        Assert.Equal(new[] { "b" }, t["c"].Predecessors);
        Assert.Equal(new[] { "a" }, Names(t.Entries));
        Assert.Equal(new[] { "b" }, Names(t["a"].Successors));
        Assert.Equal("c", t.Terminal!.Name);
        Assert.True(t.Nodes.All(n => n.OnResponsePath));
        Assert.Equal(new[] { "a", "b", "c" }, Names(t.TopologicalOrder));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Needs_ParallelBranchesJoined_JoinPredecessorsInNeedsOrder(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Add("p3", needs: ["gateway"]).Needs(["p3", "p1", "p2"], name: "r1").Build()
            : Yaml("  - name: p1\n    needs: gateway\n  - name: p2\n    needs: [gateway]\n  - name: p3\n    needs: gateway\n  - name: r1\n    needs: [p3, p1, p2]\n");
        var t = flow.Topology;

        Assert.Equal(new[] { "p3", "p1", "p2" }, t["r1"].Predecessors);
        Assert.Equal(new[] { "p3", "p1", "p2" }, Names(t["r1"].PredecessorNodes));
        Assert.True(t["r1"].IsJoin);
        Assert.False(t["p1"].IsJoin);
        Assert.Equal(new[] { "p1", "p2", "p3" }, Names(t.Entries));
        Assert.Equal(new[] { "r1" }, Names(t["p2"].Successors));
        Assert.Equal("r1", t.Terminal!.Name);
        Assert.Equal(new[] { "r1" }, Names(t.Joins));
        Assert.True(t["r1"].IsTerminal);
        Assert.False(t["p1"].IsOrphan);
    }

    [Fact]
    public void Needs_JoinHelperDefaultName_IsJoiner()
    {
        var t = new FlowBuilder().Add("p1", needs: ["gateway"]).Add("p2", needs: ["gateway"]).Needs(["p1", "p2"]).Build().Topology;
        Assert.Equal(new[] { "p1", "p2" }, t["joiner"].Predecessors);
    }

    [Fact]
    public void Needs_FewerThanTwoNames_Throws()
    {
        var e = Assert.Throws<FlowValidationException>(() => new FlowBuilder().Add("p1").Needs(["p1"], name: "r1"));
        Assert.Equal("Executor 'r1': needs() joins at least two executors, got 1; use Add(needs: ...) for one.", e.Message);
    }

    [Fact]
    public void NeedsAll_JoinsEveryNonFloatingExecutorNothingNeeds()
    {
        var t = new FlowBuilder()
            .Add("a", needs: ["gateway"])
            .Add("b", needs: ["a"])
            .Add("c", needs: ["gateway"])
            .Add("f", needs: ["gateway"], floating: true)
            .Add("d", needs: ["gateway"])
            .NeedsAll(name: "all")
            .Build().Topology;
        Assert.Equal(new[] { "b", "c", "d" }, t["all"].Predecessors);
        Assert.Equal("all", t.Terminal!.Name);
    }

    [Fact]
    public void NeedsAll_OneHanging_NeedsThatOne()
    {
        var t = new FlowBuilder().Add("a").Add("b").NeedsAll().Build().Topology;
        Assert.Equal(new[] { "b" }, t["joiner"].Predecessors);
    }

    [Fact]
    public void NeedsAll_EmptyFlow_NeedsGateway()
    {
        var t = new FlowBuilder().NeedsAll().Build().Topology;
        Assert.Equal(new[] { "gateway" }, t["joiner"].Predecessors);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Floating_NotDefaultPredecessorNotTerminalNotOnResponsePath(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add("a").Add("f", floating: true).Add("b").Add("g", floating: true).Build()
            : Yaml("  - name: a\n  - name: f\n    floating: true\n  - name: b\n  - name: g\n    floating: true\n");
        var t = flow.Topology;

        Assert.Equal(new[] { "a" }, t["f"].Predecessors);
        Assert.Equal(new[] { "a" }, t["b"].Predecessors);
        Assert.Equal(new[] { "b" }, t["g"].Predecessors);
        Assert.Equal("b", t.Terminal!.Name);
        Assert.True(t["f"].IsFloating);
        Assert.False(t["f"].OnResponsePath);
        Assert.False(t["g"].OnResponsePath);
        Assert.False(t["f"].IsOrphan);
        Assert.True(t["a"].OnResponsePath);
        Assert.Equal(new[] { "f", "g" }, Names(t.Floating));
        Assert.Empty(t.Orphans);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Orphan_NothingNeedsIt_RunsOffTheResponsePath(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add("a", needs: ["gateway"]).Add("b", needs: ["gateway"]).Add("c", needs: ["a"]).Build()
            : Yaml("  - name: a\n    needs: gateway\n  - name: b\n    needs: gateway\n  - name: c\n    needs: a\n");
        var t = flow.Topology;

        Assert.Equal("c", t.Terminal!.Name);
        Assert.True(t["b"].IsOrphan);
        Assert.Equal(new[] { "b" }, Names(t.Orphans));
        Assert.Empty(t.Joins);
        Assert.False(t["b"].OnResponsePath);
        Assert.False(t["a"].IsOrphan);
        Assert.False(t["c"].IsOrphan);
        Assert.Equal(new[] { "a", "b" }, Names(t.Entries));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Empty_NoExecutors_ValidWithoutTerminal(string form)
    {
        var flow = form == "csharp" ? new FlowBuilder().Build() : FlowDefinition.Parse("jtype: Flow\n", "flow.yml");
        Assert.True(flow.Topology.IsEmpty);
        Assert.Null(flow.Topology.Terminal);
        Assert.Empty(flow.Topology.Entries);
    }

    [Fact]
    public void Empty_YamlExecutorsEmptyList_Valid()
    {
        Assert.True(FlowDefinition.Parse("jtype: Flow\nexecutors: []\n").Topology.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Names_NotGiven_ExecutorN(string form)
    {
        var flow = form == "csharp" ? new FlowBuilder().Add().Add().Build() : Yaml("  - uses: BaseExecutor\n  - replicas: 2\n");
        Assert.Equal(new[] { "executor0", "executor1" }, flow.Executors.Select(e => e.Name));
        Assert.Equal(new[] { "executor0" }, flow.Topology["executor1"].Predecessors);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void TopologicalOrder_LaterDefinedPredecessor_PlacedFirst(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add("b", needs: ["a"]).Add("a", needs: ["gateway"]).Build()
            : Yaml("  - name: b\n    needs: a\n  - name: a\n    needs: gateway\n");
        Assert.Equal(new[] { "a", "b" }, Names(flow.Topology.TopologicalOrder));
        Assert.Equal("a", flow.Topology.Terminal!.Name);
        Assert.False(flow.Topology["b"].OnResponsePath);
    }

    [Fact]
    public void Options_CSharp_AllRecorded()
    {
        var flow = new FlowBuilder()
            .Add("idx", uses: "Indexer", replicas: 2, shards: 3, polling: "ALL", usesBefore: "Before", usesAfter: "After",
                usesWith: new() { ["dim"] = 4 }, workspace: "/ws", noReduce: true, when: new() { ["tags__k"] = new System.Text.Json.Nodes.JsonObject { ["$eq"] = 1 } })
            .Build();
        AssertOptions(flow.Executors[0]);
        Assert.Null(flow.Executors[0].Source);
    }

    [Fact]
    public void Options_Yaml_AllRecordedWithSource()
    {
        var flow = FlowDefinition.Parse("""
            jtype: Flow
            version: '1'
            with:
              protocol: grpc
              port: 12345
            executors:
              - name: idx
                uses: Indexer
                replicas: 2
                parallel: 3
                polling: all
                uses_before: Before
                uses_after: After
                uses_with:
                  dim: 4
                workspace: /ws
                no_reduce: true
                when:
                  tags__k:
                    $eq: 1
            """, "flow.yml");
        AssertOptions(flow.Executors[0]);
        Assert.Equal(new SourceLocation("flow.yml", 7), flow.Executors[0].Source);
        Assert.Equal("{\"protocol\":\"grpc\",\"port\":12345}", flow.With.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void WorkspaceFor_ExecutorElseFlowElseNull(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().With("workspace", "/flow-ws").Add("a").Add("b", workspace: "/own").Build()
            : FlowDefinition.Parse("jtype: Flow\nwith:\n  workspace: /flow-ws\nexecutors:\n  - name: a\n  - name: b\n    uses_metas:\n      workspace: /own\n");
        Assert.Equal("/flow-ws", flow.WorkspaceFor(flow.Executors[0]));
        Assert.Equal("/own", flow.WorkspaceFor(flow.Executors[1]));
        var bare = new FlowBuilder().Add("a").Build();
        Assert.Null(bare.WorkspaceFor(bare.Executors[0]));
    }

    [Fact]
    public void Yaml_InlineUses_JtypeAndWithMergedUnderUsesWith()
    {
        var flow = FlowDefinition.Parse("jtype: Flow\nexecutors:\n  - name: a\n    uses:\n      jtype: Indexer\n      with:\n        dim: 4\n        metric: l2\n    uses_with:\n      dim: 8\n");
        Assert.Equal("Indexer", flow.Executors[0].Uses);
        Assert.Equal("{\"dim\":8,\"metric\":\"l2\"}", flow.Executors[0].UsesWith!.ToJsonString());
    }

    [Fact]
    public void Yaml_ScalarTypes_FollowCoreSchema()
    {
        var flow = FlowDefinition.Parse("""
            jtype: Flow
            executors:
              - name: a
                uses_with:
                  i: 42
                  f: 2.5
                  t: true
                  n: null
                  tilde: ~
                  s: hello
                  quoted: '42'
                  list: [1, two, 3.0]
                  map: {k: v}
            """);
        Assert.Equal("{\"i\":42,\"f\":2.5,\"t\":true,\"n\":null,\"tilde\":null,\"s\":\"hello\",\"quoted\":\"42\",\"list\":[1,\"two\",3],\"map\":{\"k\":\"v\"}}", flow.Executors[0].UsesWith!.ToJsonString());
    }

    [Fact]
    public async Task CreateExecutor_EveryShardAndReplica_RuntimeInfoAndUsesWith()
    {
        var flow = FlowDefinition.Parse("jtype: Flow\nwith:\n  workspace: /tmp/flow-ws\nexecutors:\n  - name: idx\n    uses: WithArgs\n    shards: 2\n    replicas: 3\n    uses_with:\n      dim: 16\n");
        var instance = flow.CreateExecutor(flow.Executors[0], shardId: 1, replicaId: 2);
        await using var _ = instance;
        var e = Assert.IsType<Flow.Core.Tests.Executors.WithArgs>(instance.Executor);
        Assert.Equal(16, e.Dim);
        Assert.Equal(new Flow.Core.Executors.ExecutorRuntimeInfo("idx", 1, 2, 2, 3, "/tmp/flow-ws"), instance.Runtime);
        Assert.Equal("idx/shard-1/rep-2", instance.Runtime.RuntimeName);
        Assert.Throws<ArgumentOutOfRangeException>(() => flow.RuntimeInfoFor(flow.Executors[0], 2, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => flow.RuntimeInfoFor(flow.Executors[0], 0, 3));
    }

    [Fact]
    public void CreateExecutor_GenericAdd_UsesTypeWithoutRegistry()
    {
        var flow = new FlowBuilder().Add<Flow.Core.Tests.Executors.Closing>("c").Build();
        Assert.IsType<Flow.Core.Tests.Executors.Closing>(flow.CreateExecutor(flow.Executors[0], 0, 0, new Flow.Core.Executors.ExecutorRegistry()).Executor);
    }

    [Fact]
    public void Add_Generic_RecordsType()
    {
        var flow = new FlowBuilder().Add<Flow.Core.Executors.BaseExecutor>("noop").Build();
        Assert.Equal(typeof(Flow.Core.Executors.BaseExecutor), flow.Executors[0].UsesType);
        Assert.Equal("Flow.Core.Executors.BaseExecutor", flow.Executors[0].Uses);
    }

    private static void AssertOptions(ExecutorDefinition e)
    {
        Assert.Equal("idx", e.Name);
        Assert.Equal("Indexer", e.Uses);
        Assert.Equal(2, e.Replicas);
        Assert.Equal(3, e.Shards);
        Assert.Equal(PollingMode.All, e.Polling.Resolve("/custom"));
        Assert.Equal(PollingMode.Any, e.Polling.Resolve("/index"));
        Assert.Equal("Before", e.UsesBefore);
        Assert.Equal("After", e.UsesAfter);
        Assert.Equal("{\"dim\":4}", e.UsesWith!.ToJsonString());
        Assert.Equal("/ws", e.Workspace);
        Assert.True(e.NoReduce);
        Assert.False(e.Floating);
        Assert.Equal("{\"tags__k\":{\"$eq\":1}}", e.When!.ToJsonString());
    }
}
