using Flow.Actors;
using Flow.Actors.TestKit;
using Flow.Core.Documents;
using Flow.Core.Flows;
using Flow.Engine.Hosting;

namespace Flow.Engine.Tests.Runtime;

/// <summary>Starts Flows in the test's actor system (manual clock) and disposes them after the test.</summary>
public abstract class FlowTestBase : TestKit
{
    private readonly List<FlowHost> _hosts = [];

    protected FlowTestBase()
        : base(new ActorSystemSetup { TimeProvider = new ManualTimeProvider() })
    {
        Workspace = Path.Combine(Path.GetTempPath(), "flow-tests", Guid.NewGuid().ToString("N"));
    }

    protected string Workspace { get; }

    protected string Key { get; } = Guid.NewGuid().ToString("N");

    protected async Task<FlowHost> StartAsync(FlowDefinition definition, FlowHostOptions? options = null)
    {
        var host = await FlowHost.StartAsync(definition, (options ?? new FlowHostOptions()) with { System = Sys, Workspace = Workspace });
        _hosts.Add(host);
        return host;
    }

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
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await base.DisposeAsync();
        if (Directory.Exists(Workspace))
        {
            Directory.Delete(Workspace, recursive: true);
        }
    }
}
