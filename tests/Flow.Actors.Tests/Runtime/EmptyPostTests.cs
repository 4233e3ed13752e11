namespace Flow.Actors.Tests.Runtime;

public sealed class EmptyPostTests : FlowTestBase
{
    [Fact]
    public async Task Post_NoDocuments_SendsOneEmptyRequest()
    {
        var host = await StartAsync(new Flow.Core.Flows.FlowBuilder().Add<Counting>("c", usesWith: new System.Text.Json.Nodes.JsonObject { ["key"] = Key }).Build());
        var responses = 0;

        var docs = await host.Client.PostAsync("/dump", [], new() { OnAlways = _ => responses++ });

        Assert.Empty(docs);
        Assert.Equal(1, responses);
        Assert.Equal(1, Signals.Get("calls:" + Key));
    }
}
