using Flow.Actors.Hosting;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.TestKit;

namespace Flow.Actors.Tests.Runtime;

/// <summary>Starts Flows on the test's embedded Flow node with a per-test workspace, removed after the test.</summary>
public abstract class FlowTestBase : FlowTestKit
{
    protected FlowTestBase(string? hocon = null)
        : base(hocon)
    {
        Workspace = Path.Combine(Path.GetTempPath(), "flow-tests", Guid.NewGuid().ToString("N"));
    }

    protected string Workspace { get; }

    protected string Key { get; } = Guid.NewGuid().ToString("N");

    protected Task<FlowHost> StartAsync(FlowDefinition definition, FlowHostOptions? options = null) =>
        StartFlowAsync(definition, (options ?? new FlowHostOptions()) with { Workspace = Workspace });

    protected static DocumentArray Docs(params string[] texts)
    {
        var docs = new DocumentArray();
        for (var i = 0; i < texts.Length; i++)
        {
            docs.Add(new Document { Id = "d" + i, Text = texts[i] });
        }

        return docs;
    }

    protected static string[] Texts(DocumentArray docs) => docs.Select(d => d.Text ?? string.Empty).ToArray();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(Workspace))
        {
            Directory.Delete(Workspace, recursive: true);
        }
    }
}
