using System.Text.Json.Nodes;
using Flow.Core.Flows;

namespace Flow.Actors.Tests.Runtime;

/// <summary>The DAG rules, each for a Flow built in C# and the same Flow loaded from YAML.</summary>
public sealed class TopologyTests : FlowTestBase
{
    private const string Ns = "Flow.Actors.Tests.Runtime.";

    public static TheoryData<string> Forms => new() { "csharp", "yaml" };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Join_ReducesPartsInNeedsOrder(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<NameMatcher>("p1", needs: ["gateway"])
                .Add<NameMatcher>("p2", needs: ["gateway"])
                .Add<NameMatcher>("p3", needs: ["gateway"])
                .Needs(["p3", "p1", "p2"], name: "r1")
                .Build()
            : FlowDefinition.Parse($"""
                jtype: Flow
                executors:
                  - {"{"}name: p1, uses: {Ns}NameMatcher, needs: gateway{"}"}
                  - {"{"}name: p2, uses: {Ns}NameMatcher, needs: gateway{"}"}
                  - {"{"}name: p3, uses: {Ns}NameMatcher, needs: gateway{"}"}
                  - {"{"}name: r1, needs: [p3, p1, p2]{"}"}
                """);
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new(("/index"), Docs("x", "y")));

        Assert.Equal(["d0", "d1"], response.Docs.Select(d => d.Id));
        Assert.All(response.Docs, d => Assert.Equal(["p3", "p1", "p2"], d.Matches.Select(m => m.Id)));
        Assert.Equal("gateway", response.Routes[0].Executor);
        Assert.Equal(["p1", "p2", "p3"], response.Routes.Skip(1).Take(3).Select(r => r.Executor).Order());
        Assert.Equal("r1", Assert.Single(response.Routes.Skip(4)).Executor);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Join_ParallelBranches_DoNotShareDocuments(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<Appender>("p1", needs: ["gateway"])
                .Add<Appender>("p2", needs: ["gateway"])
                .Add<MatrixSpy>("r1", needs: ["p1", "p2"], noReduce: true)
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: p1, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: p2, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: r1, uses: {Ns}MatrixSpy, needs: [p1, p2], no_reduce: true{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x"));

        Assert.Equal(["x/p1", "x/p2"], Texts(docs));
        Assert.All(docs, d => Assert.Equal("1,1", d.Tags["parts"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Join_Reduce_LeftMostPartWinsConflicts(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<Appender>("p1", needs: ["gateway"])
                .Add<Appender>("p2", needs: ["gateway"])
                .Needs(["p2", "p1"], name: "r1")
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: p1, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: p2, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: r1, needs: [p2, p1]{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x", "y"));

        Assert.Equal(["x/p2", "y/p2"], Texts(docs));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Join_UsesBefore_GetsDocsMatrixInsteadOfReduce(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<Appender>("p1", needs: ["gateway"])
                .Add<Appender>("p2", needs: ["gateway"])
                .Needs(["p1", "p2"], name: "r1", uses: Ns + "Appender", usesBefore: Ns + "MatrixSpy")
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: p1, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: p2, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: r1, uses: {Ns}Appender, uses_before: {Ns}MatrixSpy, needs: [p1, p2]{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x"));

        Assert.Equal(["x/p1/r1", "x/p2/r1"], Texts(docs));
        Assert.All(docs, d => Assert.Equal("1,1", d.Tags["parts"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task UsesBefore_SeesRequestBeforeShards(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Appender>("p", shards: 2, usesBefore: Ns + "Appender").Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: p, uses: {Ns}Appender, shards: 2, uses_before: {Ns}Appender{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x"));

        Assert.Equal(["x/p/uses-before/p"], Texts(docs));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task ShardsAny_RoundRobinOverShards(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<WorkspaceSpy>("idx", shards: 3).Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: idx, uses: {Ns}WorkspaceSpy, shards: 3{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("a", "b", "c", "d"), new() { RequestSize = 1, Prefetch = 1 });

        var expected = new[] { 0, 1, 2, 0 }.Select(s => Path.Combine(Workspace, "idx", s.ToString()) + Path.DirectorySeparatorChar);
        Assert.Equal(expected, docs.Select(d => d.Tags["workspace"]!.GetValue<string>()));
        Assert.All(expected.Take(3), p => Assert.True(Directory.Exists(p)));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task ShardsAll_ResultsReducedInShardOrder(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Matcher>("idx", shards: 3, usesWith: new JsonObject { ["matches"] = 2 }).Build()
            : FlowDefinition.Parse($"""
                executors:
                  - name: idx
                    uses: {Ns}Matcher
                    shards: 3
                    uses_with: {"{"}matches: 2{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/search", Docs("q1", "q2"));

        Assert.Equal(["q1", "q2"], Texts(docs));
        Assert.Equal(
            ["d0-s0-m0", "d0-s0-m1", "d0-s1-m0", "d0-s1-m1", "d0-s2-m0", "d0-s2-m1"],
            docs[0].Matches.Select(m => m.Id));
        Assert.Equal(6, docs[1].Matches.Count);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task ShardsAll_UsesAfter_GetsConcatenationAndDocsMatrix(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Appender>("idx", shards: 3, polling: "ALL", usesAfter: Ns + "MatrixSpy").Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: idx, uses: {Ns}Appender, shards: 3, polling: ALL, uses_after: {Ns}MatrixSpy{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/foo", Docs("x", "y"));

        Assert.Equal(["x/idx", "y/idx", "x/idx", "y/idx", "x/idx", "y/idx"], Texts(docs));
        Assert.All(docs, d => Assert.Equal("2,2,2", d.Tags["parts"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task ShardsAll_UsesAfterBaseExecutor_StartsNothing_ResultsStillReduced(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Matcher>("idx", shards: 3, usesAfter: "BaseExecutor", usesWith: new JsonObject { ["matches"] = 1 }).Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: idx, uses: {Ns}Matcher, shards: 3, uses_after: BaseExecutor, uses_with: {"{"}matches: 1{"}"}{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/search", Docs("q"));
        var report = await host.DryRunAsync();

        Assert.Equal(["d0-s0-m0", "d0-s1-m0", "d0-s2-m0"], docs[0].Matches.Select(m => m.Id));
        Assert.Equal(["idx"], report.Executors.Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Join_UsesBeforeBaseExecutor_StartsNothing_PartsStillReduced(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<NameMatcher>("p1", needs: ["gateway"])
                .Add<NameMatcher>("p2", needs: ["gateway"])
                .Needs(["p2", "p1"], name: "join", usesBefore: "BaseExecutor")
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: p1, uses: {Ns}NameMatcher, needs: gateway{"}"}
                  - {"{"}name: p2, uses: {Ns}NameMatcher, needs: gateway{"}"}
                  - {"{"}name: join, needs: [p2, p1], uses_before: BaseExecutor{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/x", Docs("q"));
        var report = await host.DryRunAsync();

        Assert.Equal(["p2", "p1"], docs[0].Matches.Select(m => m.Id));
        Assert.Equal(["p1", "p2", "join"], report.Executors.Select(e => e.Name));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Polling_PerEndpointMap_AppliesPerEndpoint(string form)
    {
        var polling = PollingSpec.PerEndpoint([new("/foo", "ALL"), new("*", "ANY")]);
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Appender>("idx", shards: 2, polling: polling, usesAfter: Ns + "MatrixSpy").Build()
            : FlowDefinition.Parse($"""
                executors:
                  - name: idx
                    uses: {Ns}Appender
                    shards: 2
                    polling: {"{"}/foo: ALL, '*': ANY{"}"}
                    uses_after: {Ns}MatrixSpy
                """);
        var host = await StartAsync(flow);

        var all = await host.Client.PostAsync("/foo", Docs("x"));
        var any = await host.Client.PostAsync("/bar", Docs("x"));
        var search = await host.Client.PostAsync("/search", Docs("x"));

        Assert.Equal(["x/idx", "x/idx"], Texts(all));
        Assert.Equal(["x/idx"], Texts(any));
        Assert.Equal(["x/idx", "x/idx"], Texts(search)); // built-in: /search is ALL unless the map names it
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task When_OnlyMatchingDocumentsReachTheExecutor(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<Appender>("small", needs: ["gateway"], when: new JsonObject { ["tags__n"] = new JsonObject { ["$lt"] = 2 } })
                .Add<Appender>("big", needs: ["gateway"], when: new JsonObject { ["tags__n"] = new JsonObject { ["$gte"] = 2 } })
                .Needs(["small", "big"], name: "join")
                .Build()
            : FlowDefinition.Parse("""
                executors:
                  - {name: small, uses: Flow.Actors.Tests.Runtime.Appender, needs: gateway, when: {tags__n: {$lt: 2}}}
                  - {name: big, uses: Flow.Actors.Tests.Runtime.Appender, needs: gateway, when: {tags__n: {$gte: 2}}}
                  - {name: join, needs: [small, big]}
                """);
        var host = await StartAsync(flow);
        var input = Docs("a", "b", "c");
        for (var i = 0; i < input.Count; i++)
        {
            input[i].Tags["n"] = i + 1;
        }

        var docs = await host.Client.PostAsync("/index", input);

        Assert.Equal(["a/small", "b/big", "c/big"], Texts(docs));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task When_InChain_DropsNonMatchingDocuments(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Appender>("a").Add<Appender>("b", when: new JsonObject { ["text"] = new JsonObject { ["$regex"] = "^k" } }).Build()
            : FlowDefinition.Parse("""
                executors:
                  - {name: a, uses: Flow.Actors.Tests.Runtime.Appender}
                  - {name: b, uses: Flow.Actors.Tests.Runtime.Appender, when: {text: {$regex: '^k'}}}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("keep", "drop"));

        Assert.Equal(["keep/a/b"], Texts(docs));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task TargetExecutor_OnlyMatchingExecutorsRun(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Appender>("enc_a").Add<Appender>("idx").Add<Appender>("enc_b").Build()
            : FlowDefinition.Parse("""
                executors:
                  - {name: enc_a, uses: Flow.Actors.Tests.Runtime.Appender}
                  - {name: idx, uses: Flow.Actors.Tests.Runtime.Appender}
                  - {name: enc_b, uses: Flow.Actors.Tests.Runtime.Appender}
                """);
        var host = await StartAsync(flow);

        var responses = new List<Flow.Core.Requests.FlowResponse>();
        await foreach (var r in host.Client.StreamAsync("/index", Docs("x"), new() { TargetExecutor = "enc" }))
        {
            responses.Add(r);
        }

        var response = Assert.Single(responses);
        Assert.Equal(["x/enc_a/enc_b"], Texts(response.Docs));
        Assert.Equal(["gateway", "enc_a", "enc_b"], response.Routes.Select(r => r.Executor));
        var dx = await host.Client.PostAsync("/index", Docs("x"), new() { TargetExecutor = "idx$" });
        Assert.Equal(["x/idx"], Texts(dx));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Floating_RunsButDoesNotDelayOrChangeResponse(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<Appender>("a")
                .Add<Gated>("f", needs: ["a"], floating: true, usesWith: new JsonObject { ["key"] = Key })
                .Add<Appender>("b", needs: ["a"])
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: a, uses: {Ns}Appender{"}"}
                  - {"{"}name: f, uses: {Ns}Gated, needs: a, floating: true, uses_with: {"{"}key: '{Key}'{"}"}{"}"}
                  - {"{"}name: b, uses: {Ns}Appender, needs: a{"}"}
                """);
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/wait", Docs("x")));

        Assert.Equal(["x/a/b"], Texts(response.Docs));
        Assert.Equal(["gateway", "a", "b"], response.Routes.Select(r => r.Executor));
        await AwaitConditionAsync(() => Signals.Get("started:" + Key) == 1);
        Signals.Gate(Key).SetResult();
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Orphan_RunsButResponseIsLastAddedNonFloating(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add<Appender>("a", needs: ["gateway"])
                .Add<Gated>("orphan", needs: ["gateway"], usesWith: new JsonObject { ["key"] = Key })
                .Add<Appender>("c", needs: ["a"])
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: a, uses: {Ns}Appender, needs: gateway{"}"}
                  - {"{"}name: orphan, uses: {Ns}Gated, needs: gateway, uses_with: {"{"}key: '{Key}'{"}"}{"}"}
                  - {"{"}name: c, uses: {Ns}Appender, needs: a{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/wait", Docs("x"));

        Assert.Equal(["x/a/c"], Texts(docs));
        await AwaitConditionAsync(() => Signals.Get("started:" + Key) == 1);
        Signals.Gate(Key).SetResult();
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task NoReduceJoin_ExecutorGetsConcatenationAndMatrix(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder()
                .Add("p1", needs: ["gateway"])
                .Add("p2", needs: ["gateway"])
                .Add("p3", needs: ["gateway"])
                .Add<MatrixSpy>("r", needs: ["p3", "p1", "p2"], noReduce: true)
                .Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: p1, needs: gateway{"}"}
                  - {"{"}name: p2, needs: gateway{"}"}
                  - {"{"}name: p3, needs: gateway{"}"}
                  - {"{"}name: r, uses: {Ns}MatrixSpy, needs: [p3, p1, p2], no_reduce: true{"}"}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x", "y"));

        Assert.Equal(["x", "y", "x", "y", "x", "y"], Texts(docs));
        Assert.All(docs, d => Assert.Equal("2,2,2", d.Tags["parts"]!.GetValue<string>()));
    }
}
