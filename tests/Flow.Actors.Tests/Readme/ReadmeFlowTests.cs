using Flow.Core.Documents;
using Flow.Core.Executors;
using Flow.Core.Flows;
using Flow.Actors.Hosting;

namespace Flow.Actors.Tests.Readme;

/// <summary>The README's first Flow, in C# and in YAML, does what the README says.</summary>
public sealed class ReadmeFlowTests
{
    [Fact]
    public async Task ReadmeFlow_Builder_UppercasesAndTags()
    {
        var flow = new FlowBuilder()
            .Add<Upper>(name: "upper", replicas: 2)
            .Add<Tagger>(name: "tagger", shards: 2)
            .Build();
        await AssertReadmeResultAsync(flow);
    }

    [Fact]
    public async Task ReadmeFlow_Yaml_UppercasesAndTags()
    {
        var flow = FlowDefinition.Parse($"""
            jtype: Flow
            executors:
              - name: upper
                uses: {typeof(Upper).FullName}
                replicas: 2
              - name: tagger
                uses: {typeof(Tagger).FullName}
                shards: 2
            """);
        await AssertReadmeResultAsync(flow);
    }

    private static async Task AssertReadmeResultAsync(FlowDefinition flow)
    {
        await using var host = await FlowHost.StartAsync(flow);
        var docs = await host.Client.PostAsync("/index", [new Document { Text = "hello" }]);
        var doc = Assert.Single(docs);
        Assert.Equal("HELLO", doc.Text);
        Assert.True(doc.Tags["seen"]!.GetValue<bool>());
    }

    public sealed class Upper : Executor
    {
        [Requests("/index")]
        public void Index(DocumentArray docs)
        {
            foreach (var d in docs)
            {
                d.Text = d.Text?.ToUpperInvariant();
            }
        }
    }

    public sealed class Tagger : Executor
    {
        [Requests]
        public void Tag(DocumentArray docs)
        {
            foreach (var d in docs)
            {
                d.Tags["seen"] = true;
            }
        }
    }
}
