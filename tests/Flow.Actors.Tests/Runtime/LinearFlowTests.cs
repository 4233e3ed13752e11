using Flow.Core.Flows;
using Flow.Core.Requests;

namespace Flow.Actors.Tests.Runtime;

public sealed class LinearFlowTests : FlowTestBase
{
    [Fact]
    public async Task Chain_ThreeExecutors_RunInOrderAndRouteListsThem()
    {
        var flow = new FlowBuilder().Add<Appender>("a").Add<Appender>("b").Add<Appender>("c").Build();
        var host = await StartAsync(flow);

        var responses = new List<FlowResponse>();
        await foreach (var r in host.Client.StreamAsync("/index", Docs("x", "y")))
        {
            responses.Add(r);
        }

        var response = Assert.Single(responses);
        Assert.Equal(ResponseStatus.Ok, response.Status);
        Assert.Equal(["x/a/b/c", "y/a/b/c"], Texts(response.Docs));
        Assert.Equal(["gateway", "a", "b", "c"], response.Routes.Select(r => r.Executor));
    }

    [Fact]
    public async Task Chain_FromYaml_SameResult()
    {
        var flow = FlowDefinition.Parse("""
            jtype: Flow
            executors:
              - name: a
                uses: Flow.Actors.Tests.Runtime.Appender
              - name: b
                uses: Flow.Actors.Tests.Runtime.Appender
            """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/index", Docs("x"));

        Assert.Equal(["x/a/b"], Texts(docs));
    }

    [Fact]
    public async Task EmptyFlow_ReturnsRequestUnchanged()
    {
        var host = await StartAsync(new FlowBuilder().Build());
        var input = Docs("x", "y");

        var docs = await host.Client.PostAsync("/any", input);

        Assert.Equal(["x", "y"], Texts(docs));
        Assert.Equal(["d0", "d1"], docs.Select(d => d.Id));
    }

    [Fact]
    public async Task Post_InputDocuments_AreNotModified()
    {
        var host = await StartAsync(new FlowBuilder().Add<Appender>("a").Build());
        var input = Docs("x");

        var docs = await host.Client.PostAsync("/index", input);

        Assert.Equal(["x/a"], Texts(docs));
        Assert.Equal(["x"], Texts(input));
    }
}
