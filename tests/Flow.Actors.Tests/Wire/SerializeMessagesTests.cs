using System.Text.Json.Nodes;
using Akka.Actor;
using Flow.Actors.Hosting;
using Flow.Actors.Tests.Runtime;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Wire;

/// <summary>
/// Representative Flows run with <c>akka.actor.serialize-messages = on</c> and <c>serialize-creators = on</c>: every
/// message on every path (and every actor's creation arguments) is written and read back by its serializer, exactly
/// as if it crossed the network, and nothing is logged as an error. A message type with no serializer would drop its
/// message (and the Flow would hang or answer wrongly) and log an error naming it.
/// </summary>
public sealed class SerializeMessagesTests : FlowTestBase
{
    private const string Hocon = """
        akka.actor.serialize-messages = on
        """;

    private ErrorLog? _errors;

    public SerializeMessagesTests()
        : base(Hocon)
    {
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _errors = ErrorLog.Start(Sys);
        await JoinAsync();
    }

    [Fact]
    public async Task Chain_EveryMessageRoundTrips_SameResult()
    {
        var host = await StartAsync(new FlowBuilder().Add<Appender>("a").Add<Appender>("b").Add<Appender>("c").Build());

        var response = await host.Client.SendAsync(new("/index", Docs("x", "y")));

        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Equal(["x/a/b/c", "y/a/b/c"], Texts(response.Docs));
        Assert.Equal(["gateway", "a", "b", "c"], response.Routes.Select(r => r.Executor));
        await AssertNoErrorsAsync();
    }

    [Fact]
    public async Task JoinReduce_EveryMessageRoundTrips_PartsReducedInNeedsOrder()
    {
        var flow = new FlowBuilder()
            .Add<NameMatcher>("p1", needs: ["gateway"])
            .Add<NameMatcher>("p2", needs: ["gateway"])
            .Needs(["p2", "p1"], name: "r1")
            .Build();
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.Equal(["d0"], response.Docs.Select(d => d.Id));
        Assert.Equal(["p2", "p1"], response.Docs[0].Matches.Select(m => m.Id));
        await AssertNoErrorsAsync();
    }

    [Fact]
    public async Task ShardsAnyAndAll_WithUsesAfter_EveryMessageRoundTrips()
    {
        var flow = new FlowBuilder()
            .Add<WorkspaceSpy>("any", shards: 2)
            .Add<Matcher>("all", shards: 2, polling: "ALL", usesAfter: typeof(MatrixSpy).FullName)
            .Build();
        var host = await StartAsync(flow);

        var first = await host.Client.SendAsync(new("/search", Docs("x")));
        var second = await host.Client.SendAsync(new("/search", Docs("x")));
        Assert.Equal(ResponseStatus.Ok, second.Status);

        Assert.Equal(ResponseStatus.Ok, first.Status);
        Assert.All(new[] { first, second }, r => Assert.StartsWith(Path.Combine(Workspace, "any") + Path.DirectorySeparatorChar, r.Docs[0].Tags["workspace"]!.GetValue<string>()));
        Assert.Equal(["d0", "d0"], first.Docs.Select(d => d.Id));
        Assert.Equal("1,1", first.Docs[0].Tags["parts"]!.GetValue<string>());
        Assert.Equal(["d0-s0-m0", "d0-s0-m1"], first.Docs[0].Matches.Select(m => m.Id));
        Assert.Equal(["d0-s1-m0", "d0-s1-m1"], first.Docs[1].Matches.Select(m => m.Id));
        await AssertNoErrorsAsync();
    }

    [Fact]
    public async Task CrashingReplica_RetriedOnAnotherReplica_EveryMessageRoundTrips()
    {
        var flow = new FlowBuilder().Add<Crashing>("c", replicas: 2, usesWith: new JsonObject { ["key"] = Key, ["crashes"] = 1 }).Build();
        var host = await StartAsync(flow);

        var response = await host.Client.SendAsync(new("/index", Docs("x")));

        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Equal(["x/c/rep-1"], Texts(response.Docs));
        Assert.Equal(1, Signals.Get("calls:" + Key + ":0"));
        Assert.Equal(1, Signals.Get("calls:" + Key + ":1"));
        Assert.True((await host.DryRunAsync()).Ready);
        await AssertNoErrorsAsync(expected: 1);
    }

    [Fact]
    public async Task FloatingExecutorAndError_EveryMessageRoundTrips()
    {
        var flow = new FlowBuilder()
            .Add<Appender>("a")
            .Add<Failing>("float", needs: ["gateway"], floating: true)
            .Add<Failing>("f", needs: ["a"])
            .Build();
        var host = await StartAsync(flow);

        var ok = await host.Client.SendAsync(new("/index", Docs("x")));
        var failed = await host.Client.SendAsync(new("/fail", Docs("x")));

        Assert.Equal(["x/a/f"], Texts(ok.Docs));
        Assert.Equal("f", failed.Error!.Executor);
        Assert.Equal(nameof(InvalidOperationException), failed.Error.ExceptionType);
        Assert.Equal("boom", failed.Error.Message);
        Assert.Contains("Failing.Fail", failed.Error.StackTrace);
        Assert.Equal(["x/a"], Texts(failed.Docs));
        await AssertNoErrorsAsync();
    }

    [Fact]
    public async Task Timeout_EveryMessageRoundTrips_ErrorNamesTheExecutor()
    {
        var flow = new FlowBuilder().Add<Gated>("slow", usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow, new FlowHostOptions { DefaultTimeout = TimeSpan.FromMilliseconds(200) });

        var response = await host.Client.SendAsync(new("/wait", Docs("x")));
        Signals.Gate(Key).SetResult();

        Assert.Equal("slow", response.Error!.Executor);
        Assert.Equal("The request timed out after 200 ms waiting for executor 'slow'.", response.Error.Message);
        await AssertNoErrorsAsync();
    }

    [Fact]
    public async Task ParametersWithResults_EveryMessageRoundTrips_NumbersExact()
    {
        var flow = new FlowBuilder().Add<Reporter>("r", shards: 2, polling: "ALL").Add<ParamsSpy>("spy").Build();
        var host = await StartAsync(flow);

        var parameters = new JsonObject { ["p"] = 1, ["big"] = 12345678901234567890UL };
        var responses = new List<FlowResponse>();
        await foreach (var response in host.Client.StreamAsync("/x", Docs("d1", "d2"), new() { Parameters = parameters }))
        {
            responses.Add(response);
        }

        var only = Assert.Single(responses);
        const string Expected = """{"p":1,"big":12345678901234567890,"__results__":{"r/shard-0/rep-0":{"count":2},"r/shard-1/rep-0":{"count":2}}}""";
        Assert.Equal(Expected, only.Parameters.ToJsonString());
        Assert.Equal(Expected, only.Docs[0].Tags["params_spy"]!.GetValue<string>());
        Assert.Equal("""{"p":1,"big":12345678901234567890,"__results__":{}}""", only.Docs[0].Tags["seen_by_r"]!.GetValue<string>());
        await AssertNoErrorsAsync();
    }

    /// <summary>No error was logged (a crash is logged once by supervision: <paramref name="expected"/> such entries).</summary>
    private Task AssertNoErrorsAsync(int expected = 0)
    {
        var errors = _errors!.Drain();
        var unexpected = errors.Where(e => !e.Contains("ExecutorCrashException", StringComparison.Ordinal)).ToArray();
        Assert.True(unexpected.Length == 0, string.Join(Environment.NewLine, unexpected));
        Assert.Equal(expected, errors.Length);
        return Task.CompletedTask;
    }
}
