using System.Text.Json.Nodes;
using Flow.Actors.Client;
using Flow.Core.Flows;
using Flow.Actors.Hosting;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Runtime;

public sealed class ErrorTests : FlowTestBase
{
    public static TheoryData<string> Forms => new() { "csharp", "yaml" };

    private FlowDefinition FailingChain(string form) => form == "csharp"
        ? new FlowBuilder()
            .Add<Appender>("a")
            .Add<Failing>("f")
            .Add<Counting>("c", usesWith: new JsonObject { ["key"] = Key })
            .Build()
        : FlowDefinition.Parse($"""
            executors:
              - {"{"}name: a, uses: Flow.Actors.Tests.Runtime.Appender{"}"}
              - {"{"}name: f, uses: Flow.Actors.Tests.Runtime.Failing{"}"}
              - {"{"}name: c, uses: Flow.Actors.Tests.Runtime.Counting, uses_with: {"{"}key: '{Key}'{"}"}{"}"}
            """);

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task FailingExecutor_SkipsDownstream_ResponseCarriesError(string form)
    {
        var host = await StartAsync(FailingChain(form));

        var response = await host.Client.SendAsync(new("/fail", Docs("x")));

        Assert.Equal(ResponseStatus.Error, response.Status);
        var error = response.Error!;
        Assert.Equal("f", error.Executor);
        Assert.Equal(nameof(InvalidOperationException), error.ExceptionType);
        Assert.Equal("boom", error.Message);
        Assert.Equal(nameof(Failing), error.ExecutorClass);
        Assert.Contains(nameof(Failing.Fail), error.StackTrace);
        Assert.Equal([("gateway", ResponseStatus.Ok), ("a", ResponseStatus.Ok), ("f", ResponseStatus.Error)], response.Routes.Select(r => (r.Executor, r.Status)));
        Assert.Equal(["x/a"], Texts(response.Docs)); // the failing executor's input: its edits are discarded
        Assert.Equal(0, Signals.Get("calls:" + Key));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task FailingExecutor_FlowKeepsServing(string form)
    {
        var host = await StartAsync(FailingChain(form));

        await host.Client.SendAsync(new("/fail", Docs("x")));
        var docs = await host.Client.PostAsync("/ok", Docs("x"));

        Assert.Equal(["x/a/f"], Texts(docs));
        Assert.Equal(1, Signals.Get("calls:" + Key));
    }

    [Fact]
    public async Task Post_ErrorWithoutContinueOnError_ThrowsFlowException()
    {
        var host = await StartAsync(FailingChain("csharp"));

        var e = await Assert.ThrowsAsync<FlowException>(() => host.Client.PostAsync("/fail", Docs("x")));

        Assert.Equal("f", e.Error.Executor);
        Assert.Equal(nameof(InvalidOperationException), e.Error.ExceptionType);
        Assert.Equal("boom", e.Error.Message);
        Assert.NotNull(e.Error.StackTrace);
        Assert.Contains("executor 'f'", e.Message);
    }

    [Fact]
    public async Task ErrorInParallelBranch_SkipsJoin()
    {
        var flow = new FlowBuilder()
            .Add<Failing>("p1", needs: ["gateway"])
            .Add<Appender>("p2", needs: ["gateway"])
            .Add<Counting>("join", needs: ["p1", "p2"], usesWith: new JsonObject { ["key"] = Key })
            .Build();
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/fail", Docs("x")));

        Assert.Equal("p1", response.Error!.Executor);
        Assert.Equal(["x"], Texts(response.Docs));
        Assert.Equal(0, Signals.Get("calls:" + Key));
    }

    [Fact]
    public async Task ErrorInFloatingExecutor_DoesNotChangeResponse()
    {
        var flow = new FlowBuilder().Add<Appender>("a").Add<Failing>("f", floating: true).Add<Appender>("b", needs: ["a"]).Build();
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/fail", Docs("x")));

        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Equal(["x/a/b"], Texts(response.Docs));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task CrashingReplica_RequestRetriedOnAnotherReplica(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Crashing>("c", replicas: 2, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 1 }).Build()
            : FlowDefinition.Parse($"""
                executors:
                  - {"{"}name: c, uses: Flow.Actors.Tests.Runtime.Crashing, replicas: 2, uses_with: {"{"}key: '{Key}', crashes: 1{"}"}{"}"}
                """);
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Equal(["x/c/rep-1"], Texts(response.Docs));
        Assert.Equal(1, Signals.Get("calls:" + Key + ":0"));
        Assert.Equal(1, Signals.Get("calls:" + Key + ":1"));
    }

    [Fact]
    public async Task CrashingReplica_IsRestartedWithANewInstance_AndServesAgain()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 2 }).Build();
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x"));

        Assert.Equal(["x/c/rep-0"], Texts(docs));
        Assert.Equal(3, Signals.Get("calls:" + Key + ":0"));
        var report = await host.DryRunAsync();
        Assert.True(report.Ready);
    }

    [Fact]
    public async Task CrashingReplica_BeyondRetries_ErrorNamesExecutor()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 100 }).Build();
        var host = await StartAsync(flow, new FlowHostOptions { Retries = 2 });

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.Equal("c", response.Error!.Executor);
        Assert.Equal(nameof(Flow.Core.Executors.ExecutorCrashException), response.Error.ExceptionType);
        Assert.Equal("Every attempt failed: 3 attempts on c/rep-0, c/rep-0, c/rep-0; the last: replica lost", response.Error.Message);
        Assert.Equal(3, Signals.Get("calls:" + Key + ":0"));
    }

    [Fact]
    public async Task CrashingReplica_ExecutorRetries_WinOverTheHosts()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", retries: 1, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 100 }).Build();
        var host = await StartAsync(flow, new FlowHostOptions { Retries = 4 });

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.Equal("Every attempt failed: 2 attempts on c/rep-0, c/rep-0; the last: replica lost", response.Error!.Message);
        Assert.Equal(2, Signals.Get("calls:" + Key + ":0"));
    }

    [Fact]
    public async Task CrashingReplica_DefaultRetries_AreMaxOfThreeAndReplicas()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", replicas: 5, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 100 }).Build();
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.StartsWith("Every attempt failed: 6 attempts on c/rep-", response.Error!.Message);
        Assert.Equal(6, Signals.Get("crashes:" + Key));
    }

    [Fact]
    public async Task CrashingReplicas_EveryOneFails_ErrorNamesEachReplicaTriedInOrder()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", replicas: 3, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 100 }).Build();
        var host = await StartAsync(flow, new FlowHostOptions { Retries = 2 });

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        // Round-robin, each retry avoiding the replica it comes from.
        Assert.Equal("Every attempt failed: 3 attempts on c/rep-0, c/rep-1, c/rep-2; the last: replica lost", response.Error!.Message);
        Assert.Equal([1, 1, 1], new[] { Signals.Get("calls:" + Key + ":0"), Signals.Get("calls:" + Key + ":1"), Signals.Get("calls:" + Key + ":2") });
    }

    [Fact]
    public async Task NegativeRetries_MeanTheDefault_MaxOfThreeAndReplicas()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", replicas: 4, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 100 }).Build();
        var host = await StartAsync(flow, new FlowHostOptions { Retries = -1 });

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.StartsWith("Every attempt failed: 5 attempts on ", response.Error!.Message);
        Assert.Equal(5, Signals.Get("crashes:" + Key));
    }

    [Fact]
    public async Task Timeout_ErrorNamesTheExecutorThatDidNotAnswer()
    {
        var flow = new FlowBuilder().Add<Appender>("a").Add<Gated>("slow", usesWith: new JsonObject { ["key"] = Key }).Add<Appender>("c").Build();
        var host = await StartAsync(flow, new FlowHostOptions { DefaultTimeout = TimeSpan.FromMilliseconds(300) });

        // The gate stays closed until the response is in: only the timeout can answer.
        var response = await host.Client.SendAsync(new("/wait", Docs("x")));

        Assert.Equal(1, Signals.Get("started:" + Key));
        Assert.Equal("slow", response.Error!.Executor);
        Assert.Equal(nameof(TimeoutException), response.Error.ExceptionType);
        Assert.Equal("The request timed out after 300 ms waiting for executor 'slow'.", response.Error.Message);
        Assert.Equal(["gateway", "a"], response.Routes.Select(r => r.Executor));
        Signals.Gate(Key).SetResult();
    }

    [Fact]
    public async Task Timeout_PerRequestOverridesDefault()
    {
        var flow = new FlowBuilder().Add<Gated>("slow", usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);

        var e = await Assert.ThrowsAsync<FlowException>(() => host.Client.PostAsync("/wait", Docs("x"), new() { Timeout = TimeSpan.FromMilliseconds(200) }));

        Assert.Contains("200 ms", e.Error.Message);
        Assert.Equal("slow", e.Error.Executor);
        Assert.Equal(nameof(TimeoutException), e.Error.ExceptionType);
        Signals.Gate(Key).SetResult();
    }
}
