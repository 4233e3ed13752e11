using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Flow.Actors.Client;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Runtime;

public sealed class ClientTests : FlowTestBase
{
    private static DocumentArray Many(int count)
    {
        var docs = new DocumentArray();
        for (var i = 0; i < count; i++)
        {
            docs.Add(new Document { Id = "d" + i, Text = "t" + i });
        }

        return docs;
    }

    private FlowDefinition CountingFlow(int replicas = 1) =>
        new FlowBuilder().Add<Counting>("c", replicas: replicas, usesWith: new JsonObject { ["key"] = Key }).Build();

    [Fact]
    public async Task Post_BatchesByRequestSize_ResultsInInputOrder()
    {
        var host = await StartAsync(CountingFlow(replicas: 3));
        var sizes = new List<int>();

        var docs = await host.Client.PostAsync("/x", Many(250), new() { OnAlways = r => sizes.Add(r.Docs.Count) });

        Assert.Equal([100, 100, 50], sizes);
        Assert.Equal(3, Signals.Get("calls:" + Key));
        Assert.Equal(Enumerable.Range(0, 250).Select(i => "d" + i), docs.Select(d => d.Id));
    }

    [Fact]
    public async Task Post_DefaultRequestSizeIs100()
    {
        var host = await StartAsync(CountingFlow());

        await host.Client.PostAsync("/x", Many(201));

        Assert.Equal(3, Signals.Get("calls:" + Key));
    }

    [Fact]
    public async Task Callbacks_RunInRequestOrder_DoneOrErrorThenAlways()
    {
        var host = await StartAsync(CountingFlow());
        var events = new List<string>();
        var input = Many(4);
        input[2].Text = "bad";

        var docs = await host.Client.PostAsync("/x", input, new()
        {
            RequestSize = 1,
            ContinueOnError = true,
            OnDone = r => events.Add("done:" + r.Docs[0].Id),
            OnError = r => events.Add("error:" + r.Docs[0].Id),
            OnAlways = r => events.Add("always:" + r.Docs[0].Id),
        });

        Assert.Equal(["done:d0", "always:d0", "done:d1", "always:d1", "error:d2", "always:d2", "done:d3", "always:d3"], events);
        Assert.Equal(["d0", "d1", "d2", "d3"], docs.Select(d => d.Id));
    }

    [Fact]
    public async Task WithoutContinueOnError_FirstErrorThrows_AfterItsCallbacks()
    {
        var host = await StartAsync(CountingFlow());
        var events = new List<string>();
        var input = Many(4);
        input[1].Text = "bad";

        var e = await Assert.ThrowsAsync<FlowException>(() => host.Client.PostAsync("/x", input, new()
        {
            RequestSize = 1,
            Prefetch = 1,
            OnDone = r => events.Add("done:" + r.Docs[0].Id),
            OnAlways = r => events.Add("always:" + r.Docs[0].Id),
        }));

        Assert.Equal(["done:d0", "always:d0", "always:d1"], events);
        Assert.Equal("c", e.Error.Executor);
        Assert.Equal(nameof(ArgumentException), e.Error.ExceptionType);
        Assert.Equal("bad document d1", e.Error.Message);
    }

    [Fact]
    public async Task OnErrorGiven_ErrorDoesNotThrow_OnErrorThenOnAlways_PostGoesOn()
    {
        var host = await StartAsync(CountingFlow());
        var events = new List<string>();
        var input = Many(3);
        input[1].Text = "bad";

        var docs = await host.Client.PostAsync("/x", input, new()
        {
            RequestSize = 1,
            Prefetch = 1,
            OnError = r => events.Add("error:" + r.Docs[0].Id + ":" + r.Error!.Message),
            OnAlways = r => events.Add("always:" + r.Docs[0].Id),
        });

        Assert.Equal(["always:d0", "error:d1:bad document d1", "always:d1", "always:d2"], events);
        Assert.Equal(["d0", "d1", "d2"], docs.Select(d => d.Id));
    }

    [Fact]
    public async Task RequestSizeZeroOrLess_SendsAllDocumentsInOneRequest()
    {
        var host = await StartAsync(new FlowBuilder().Add<Appender>("a").Build());

        foreach (var size in new[] { 0, -1 })
        {
            var responses = new List<FlowResponse>();
            await foreach (var r in host.Client.StreamAsync("/x", Many(250), new() { RequestSize = size }))
            {
                responses.Add(r);
            }

            Assert.Equal(250, Assert.Single(responses).Docs.Count);
        }
    }

    [Fact]
    public async Task ContinueOnError_CallbackExceptionsAreIgnored()
    {
        var host = await StartAsync(CountingFlow());
        var calls = 0;

        var docs = await host.Client.PostAsync("/x", Many(3), new()
        {
            RequestSize = 1,
            ContinueOnError = true,
            OnDone = _ =>
            {
                calls++;
                throw new InvalidOperationException("callback");
            },
        });

        Assert.Equal(3, calls);
        Assert.Equal(3, docs.Count);
    }

    [Fact]
    public async Task WithoutContinueOnError_CallbackExceptionPropagates()
    {
        var host = await StartAsync(CountingFlow());

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.PostAsync("/x", Many(1), new() { OnDone = _ => throw new InvalidOperationException("callback") }));

        Assert.Equal("callback", e.Message);
    }

    [Fact]
    public async Task Stream_AsyncInputs_YieldsEachResponseInOrder()
    {
        var host = await StartAsync(new FlowBuilder().Add<Appender>("a").Build());

        var texts = new List<string>();
        await foreach (var response in host.Client.StreamAsync("/x", Generate(5), new() { RequestSize = 2 }))
        {
            texts.Add(string.Join(",", Texts(response.Docs)));
        }

        Assert.Equal(["g0/a,g1/a", "g2/a,g3/a", "g4/a"], texts);
    }

    [Fact]
    public async Task Progress_ReportsPerResponse()
    {
        var host = await StartAsync(CountingFlow());
        var reports = new List<FlowProgress>();

        await host.Client.PostAsync("/x", Many(250), new() { Progress = new SyncProgress(reports.Add) });

        Assert.Equal([new(1, 100, 250), new(2, 200, 250), new(3, 250, 250)], reports);
    }

    [Fact]
    public async Task Progress_StreamInputs_TotalUnknown()
    {
        var host = await StartAsync(CountingFlow());
        var reports = new List<FlowProgress>();

        await foreach (var _ in host.Client.StreamAsync("/x", Generate(3), new() { RequestSize = 2, Progress = new SyncProgress(reports.Add) }))
        {
        }

        Assert.Equal([new(1, 2, null), new(2, 3, null)], reports);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Prefetch_BoundsRequestsInFlight(int prefetch)
    {
        var flow = new FlowBuilder().Add<Gated>("g", replicas: 4, usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);

        var post = host.Client.PostAsync("/wait", Many(8), new() { RequestSize = 1, Prefetch = prefetch });
        await AwaitConditionAsync(() => Signals.Get("started:" + Key) == prefetch);
        Signals.Gate(Key).SetResult();
        var docs = await post;

        Assert.Equal(8, docs.Count);
        Assert.Equal(prefetch, Signals.Get("max:" + Key));
        Assert.Equal(8, Signals.Get("started:" + Key));
    }

    [Fact]
    public async Task Prefetch_Zero_IsUnlimited()
    {
        var flow = new FlowBuilder().Add<Gated>("g", replicas: 4, usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);

        var post = host.Client.PostAsync("/wait", Many(8), new() { RequestSize = 1 });
        await AwaitConditionAsync(() => Signals.Get("started:" + Key) == 4);
        Signals.Gate(Key).SetResult();
        await post;

        Assert.Equal(4, Signals.Get("max:" + Key));
    }

    [Fact]
    public async Task Replicas_EachRequestGoesToExactlyOneReplica_RoundRobin()
    {
        var flow = new FlowBuilder().Add<Gated>("g", replicas: 3, usesWith: new JsonObject { ["key"] = Key }).Build();
        var host = await StartAsync(flow);
        Signals.Gate(Key).SetResult();

        var docs = await host.Client.PostAsync("/wait", Many(6), new() { RequestSize = 1, Prefetch = 1 });

        Assert.Equal(["rep-0", "rep-1", "rep-2", "rep-0", "rep-1", "rep-2"], docs.Select(d => d.Text![(d.Text!.LastIndexOf('/') + 1)..]));
    }

    [Fact]
    public async Task ResponseParameters_AreOwnedPerResponse()
    {
        var host = await StartAsync(new FlowBuilder().Add<Appender>("a").Build());
        var parameters = new List<JsonObject>();

        await host.Client.PostAsync("/x", Many(2), new() { RequestSize = 1, Parameters = new JsonObject { ["k"] = 1 }, OnAlways = r => parameters.Add(r.Parameters) });

        Assert.NotSame(parameters[0], parameters[1]);
        Assert.All(parameters, p => Assert.Equal("""{"k":1,"__results__":{}}""", p.ToJsonString()));
    }

    [Fact]
    public async Task SendAsync_ReturnsErrorResponseWithoutThrowing()
    {
        var host = await StartAsync(CountingFlow());

        var response = await host.Client.SendAsync(new FlowRequest("/x", Docs("bad")));

        Assert.Equal(ResponseStatus.Error, response.Status);
    }

    private static async IAsyncEnumerable<Document> Generate(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Document { Id = "g" + i, Text = "g" + i };
        }
    }

    private sealed class SyncProgress(Action<FlowProgress> report) : IProgress<FlowProgress>
    {
        public void Report(FlowProgress value) => report(value);
    }
}
