using Akka.Actor;
using Flow.Actors.Client;
using Flow.Actors.Hosting;
using Flow.Actors.Serialization;
using Flow.Core.Flows;
using Flow.Samples.TextSearch.Cli;

namespace Flow.Samples.TextSearch.App;

/// <summary>
/// The Flow the sample posts to: started embedded in this process (the default), or — with <c>--contact</c> — the one
/// running on a cluster (<c>flow host ... --flow samples/TextSearch/flow.yml</c>), reached by actor messaging from this
/// process' own ActorSystem through Akka's cluster client.
/// </summary>
internal sealed class FlowConnection : IAsyncDisposable
{
    /// <summary>The Flow's name on a cluster: <c>with: name:</c> in <c>flow.yml</c>.</summary>
    public const string ClusterFlowName = "textsearch";

    /// <summary>How long the sample waits for the cluster's Flow to answer (its nodes may still be starting).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(90);

    private readonly FlowHost? _host;
    private readonly ActorSystem? _system;

    private FlowConnection(FlowClient client, FlowHost? host, ActorSystem? system)
    {
        Client = client;
        _host = host;
        _system = system;
    }

    /// <summary>The client of the Flow.</summary>
    public FlowClient Client { get; }

    /// <summary>Where the executors keep their state, for messages.</summary>
    public required string WorkspaceDescription { get; init; }

    /// <summary>Starts the Flow embedded, or connects to the cluster's.</summary>
    public static async Task<FlowConnection> OpenAsync(SearchOptions options, CancellationToken cancellationToken)
    {
        if (options.Contact is { } contact)
        {
            var system = ActorSystem.Create("textsearch-client", FlowSerialization.ClientConfig());
            try
            {
                var client = await FlowClient.ConnectAsync(system, [contact], ClusterFlowName, ConnectTimeout, cancellationToken).ConfigureAwait(false);
                return new FlowConnection(client, null, system) { WorkspaceDescription = $"the workspaces of the cluster at {contact}" };
            }
            catch
            {
                await system.Terminate().ConfigureAwait(false);
                throw;
            }
        }

        var definition = options.FlowFile is { } file ? FlowDefinition.Load(file) : TextSearchFlow.Build(options.Corpus);
        if (options.Reindex)
        {
            ForgetState(definition, options.Workspace);
        }

        var hostOptions = new FlowHostOptions
        {
            Workspace = options.Workspace,
            Registry = TextSearchFlow.CreateRegistry(),
            DefaultTimeout = TimeSpan.FromMinutes(2),
        };
        var host = await FlowHost.StartAsync(definition, hostOptions, cancellationToken).ConfigureAwait(false);
        return new FlowConnection(host.Client, host, null) { WorkspaceDescription = options.Workspace };
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }

        if (_system is not null)
        {
            await _system.Terminate().ConfigureAwait(false);
        }
    }

    /// <summary>Deletes <c>&lt;workspace&gt;/&lt;executor name&gt;/</c> of every executor of the Flow (and nothing else).</summary>
    private static void ForgetState(FlowDefinition definition, string workspace)
    {
        foreach (var executor in definition.Executors)
        {
            var dir = Path.Combine(definition.WorkspaceFor(executor) ?? workspace, executor.Name);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
