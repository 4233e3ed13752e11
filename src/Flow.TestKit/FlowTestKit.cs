using Akka.Actor;
using Akka.Actor.Setup;
using Flow.Actors.Cluster;
using Flow.Actors.Configuration;
using Flow.Actors.Hosting;
using Flow.Core.Flows;
using Xunit;
using Xunit.Abstractions;
using Flow.Hocon;

namespace Flow.TestKit;

/// <summary>
/// The base of a test that runs Flows: Akka's xunit TestKit whose <c>Sys</c> is an embedded Flow node (a one-node
/// cluster on 127.0.0.1 with Flow's configuration), joined before the first Flow starts. Flows started with
/// <see cref="StartFlowAsync"/> are stopped in order after the test, before the ActorSystem.
/// </summary>
public abstract class FlowTestKit : Akka.TestKit.Xunit2.TestKit, IAsyncLifetime
{
    private readonly List<FlowHost> _hosts = [];
    private Task? _joined;

    /// <summary>Creates the test's ActorSystem from Flow's embedded configuration, with <paramref name="hocon"/> layered over it.</summary>
    /// <param name="hocon">HOCON settings for this test (e.g. <c>flow.gateway.cache-entity-refs = off</c>), or null.</param>
    /// <param name="output">xunit's output, where Akka's log goes; null: none.</param>
    protected FlowTestKit(string? hocon = null, ITestOutputHelper? output = null)
        : base(Setup(hocon), "flow-test", output)
    {
    }

    /// <summary>Starts <paramref name="definition"/> on <c>Sys</c> (joining the one-node cluster first); it is stopped after the test.</summary>
    /// <param name="definition">The Flow.</param>
    /// <param name="options">Options; <see cref="FlowHostOptions.System"/> is set to <c>Sys</c>.</param>
    /// <returns>The running Flow.</returns>
    protected async Task<FlowHost> StartFlowAsync(FlowDefinition definition, FlowHostOptions? options = null)
    {
        await JoinAsync().ConfigureAwait(false);
        var host = await FlowHost.StartAsync(definition, (options ?? new FlowHostOptions()) with { System = Sys }).ConfigureAwait(false);
        _hosts.Add(host);
        return host;
    }

    /// <summary>Joins <c>Sys</c> to itself and waits until it is Up (once; later calls return at once).</summary>
    protected Task JoinAsync() => _joined ??= EmbeddedCluster.JoinSelfAsync(Sys, CancellationToken.None);

    /// <inheritdoc />
    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Stops the Flows this test started (in reverse order), before the TestKit terminates the ActorSystem.</summary>
    public virtual async Task DisposeAsync()
    {
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            await _hosts[i].DisposeAsync().ConfigureAwait(false);
        }
    }

    private static ActorSystemSetup Setup(string? hocon)
    {
        var config = hocon is null ? FlowConfig.Embedded : FlowConfig.LoadEmbedded([ConfigSource.FromString(hocon, "test")]);
        return ActorSystemSetup.Create(BootstrapSetup.Create().WithConfig(FlowConfig.ToAkka(config)), EmbeddedCluster.QuietStartFilter);
    }
}
