using System.Text.Json.Nodes;
using Flow.Core.Flows;

namespace Flow.Actors.Tests.Runtime;

public sealed class ParameterTests : FlowTestBase
{
    public static TheoryData<string> Forms => new() { "csharp", "yaml" };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task ScopedParameters_ReachOnlyTheirExecutor(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<ParamsSpy>("a").Add<ParamsSpy>("b").Build()
            : FlowDefinition.Parse("""
                executors:
                  - {name: a, uses: Flow.Actors.Tests.Runtime.ParamsSpy}
                  - {name: b, uses: Flow.Actors.Tests.Runtime.ParamsSpy}
                """);
        var host = await StartAsync(flow);

        var docs = await host.Client.PostAsync("/x", Docs("d"), new() { Parameters = new JsonObject { ["k"] = 0, ["a__k"] = 1, ["b__only"] = "b" } });

        // As Jina's client, every request carries the reserved (empty) __results__ object; executors see it as a plain key.
        Assert.Equal("""{"k":1,"__results__":{}}""", docs[0].Tags["params_a"]!.GetValue<string>());
        Assert.Equal("""{"k":0,"__results__":{},"only":"b"}""", docs[0].Tags["params_b"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task DictResults_UnderResultsByRuntimeName_ParameterEditsDoNotTravel(string form)
    {
        var flow = form == "csharp"
            ? new FlowBuilder().Add<Reporter>("r", shards: 2, polling: "ALL").Add<ParamsSpy>("spy").Build()
            : FlowDefinition.Parse("""
                executors:
                  - {name: r, uses: Flow.Actors.Tests.Runtime.Reporter, shards: 2, polling: ALL}
                  - {name: spy, uses: Flow.Actors.Tests.Runtime.ParamsSpy}
                """);
        var host = await StartAsync(flow);

        var responses = new List<Flow.Core.Requests.FlowResponse>();
        await foreach (var response in host.Client.StreamAsync("/x", Docs("d1", "d2"), new() { Parameters = new JsonObject { ["p"] = 1 } }))
        {
            responses.Add(response);
        }

        var only = Assert.Single(responses);
        Assert.Equal(
            """{"p":1,"__results__":{"r/shard-0/rep-0":{"count":2},"r/shard-1/rep-0":{"count":2}}}""",
            only.Parameters.ToJsonString());
        Assert.Equal(
            """{"p":1,"__results__":{"r/shard-0/rep-0":{"count":2},"r/shard-1/rep-0":{"count":2}}}""",
            only.Docs[0].Tags["params_spy"]!.GetValue<string>());
        Assert.Equal("""{"p":1,"__results__":{}}""", only.Docs[0].Tags["seen_by_r"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parameters_CallerObjectIsNotModified()
    {
        var host = await StartAsync(new FlowBuilder().Add<Reporter>("r").Build());
        var parameters = new JsonObject { ["p"] = 1 };

        var docs = await host.Client.PostAsync("/x", Docs("d"), new() { Parameters = parameters });

        Assert.Equal("""{"p":1}""", parameters.ToJsonString());
        Assert.Single(docs);
    }
}
